package org.camelvzaps.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The one local server every producer contender calls: a fixed WireMock stub answering getStatus with a real
 * response body. No request journal, so the server's memory stays flat however many calls it answers.
 */
public final class ApiStub implements AutoCloseable {

    /** System property the runner sets so JMH forks call the server it started. */
    public static final String BASE_URL_PROPERTY = "vzaps.bench.baseUrl";
    public static final String CLIENT_TOKEN = "ct_bench_7f3a9c21d4e8b6";
    public static final String INSTANCE_ID = "VZ9K2M4N8P1Q3R5S7T0WABCD01EF";
    public static final String INSTANCE_TOKEN = "inst_bench_4c8e1f0a9b7d62";
    public static final String STATUS_PATH = "/instances/" + INSTANCE_ID + "/session/status";
    public static final String STATUS_BODY = resource("/status.json");

    private final WireMockServer server;

    public ApiStub() {
        server = new WireMockServer(wireMockConfig().dynamicPort().disableRequestJournal()
                .containerThreads(80).jettyAcceptors(1));
        server.stubFor(get(urlEqualTo(STATUS_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(STATUS_BODY)));
        server.start();
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
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.stop();
    }

    static String resource(String name) {
        try (InputStream in = ApiStub.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
