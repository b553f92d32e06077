package org.camelvzaps.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The one local server every producer contender calls, answering getStatus with a real response body. Two kinds:
 * {@link Kind#FAST}, a Vert.x server writing a pre-serialised answer (tens of microseconds a call, so the clients' own
 * cost shows), and {@link Kind#WIREMOCK}, the WireMock stub the correctness tests use (about 200 µs a call, which
 * hides much of the clients' cost; reported beside the fast one for comparison). Neither keeps a request journal, so
 * the server's memory stays flat however many calls it answers.
 */
public final class ApiStub implements AutoCloseable {

    /** System property the runner sets so JMH forks call the server it started. */
    public static final String BASE_URL_PROPERTY = "vzaps.bench.baseUrl";
    public static final String CLIENT_TOKEN = "ct_bench_7f3a9c21d4e8b6";
    public static final String INSTANCE_ID = "VZ9K2M4N8P1Q3R5S7T0WABCD01EF";
    public static final String INSTANCE_TOKEN = "inst_bench_4c8e1f0a9b7d62";
    public static final String STATUS_PATH = "/instances/" + INSTANCE_ID + "/session/status";
    public static final String STATUS_BODY = resource("/status.json");

    /** Which server answers. */
    public enum Kind {
        FAST, WIREMOCK;

        String label() {
            return this == FAST ? "fast stub" : "WireMock stub";
        }
    }

    private final Kind kind;
    private final WireMockServer wireMock;
    private final Vertx vertx;
    private final HttpServer fast;

    public ApiStub() {
        this(Kind.WIREMOCK);
    }

    public ApiStub(Kind kind) {
        this.kind = kind;
        if (kind == Kind.WIREMOCK) {
            wireMock = new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal()
                    .containerThreads(80).jettyAcceptors(1));
            wireMock.stubFor(get(urlEqualTo(STATUS_PATH)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(STATUS_BODY)));
            wireMock.start();
            vertx = null;
            fast = null;
        } else {
            wireMock = null;
            vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
            Buffer body = Buffer.buffer(STATUS_BODY);
            String length = Integer.toString(body.length());
            fast = vertx.createHttpServer().requestHandler(request -> {
                if (STATUS_PATH.equals(request.path())) {
                    request.response().putHeader("Content-Type", "application/json")
                            .putHeader("Content-Length", length).end(body);
                } else {
                    request.response().setStatusCode(404).end();
                }
            });
            await(fast.listen(0, "127.0.0.1"));
        }
    }

    public Kind kind() {
        return kind;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the benchmark stub did not start or stop: " + e, e);
        }
    }

    /**
     * Calls the stub from 16 threads for {@code millis}, so the server (in the runner's JVM, shared by every contender)
     * is already compiled by the JIT when the first contender is measured instead of warming up during it.
     */
    public void warmUp(long millis) throws InterruptedException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + STATUS_PATH)).build();
        long end = System.currentTimeMillis() + millis;
        Thread[] threads = new Thread[16];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                while (System.currentTimeMillis() < end) {
                    try {
                        client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    public String baseUrl() {
        return wireMock != null ? wireMock.baseUrl() : "http://127.0.0.1:" + fast.actualPort();
    }

    @Override
    public void close() {
        if (wireMock != null) {
            wireMock.stop();
        } else {
            await(fast.close());
            await(vertx.close());
        }
    }

    static String resource(String name) {
        try (InputStream in = ApiStub.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
