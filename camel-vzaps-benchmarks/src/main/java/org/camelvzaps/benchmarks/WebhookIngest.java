package org.camelvzaps.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.camelvzaps.component.VZapsComponent;

/**
 * Webhook ingest: one platform-http server (Vert.x, as Camel Main runs it) with three routes on it — {@code vzaps:webhook}
 * to a no-op route, a bare {@code platform-http} route, and {@code platform-http} + JSON unmarshal — and a JDK HttpClient
 * load generator keeping a fixed number of requests in flight (64 by default). Rounds alternate the contenders so drift
 * on a shared machine hits each alike.
 */
public final class WebhookIngest implements AutoCloseable {

    public static final String VZAPS = "vzaps:webhook";
    public static final String BARE = "platform-http";
    public static final String BARE_JSON = "platform-http+json";
    public static final Map<String, String> PATHS = Map.of(VZAPS, "/vzaps", BARE, "/bare", BARE_JSON, "/json");

    /** What one round of load produced. */
    public record Round(String contender, int requests, long failed, double seconds) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    private final CamelContext camel;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final AtomicLong routed = new AtomicLong();

    public WebhookIngest() throws Exception {
        port = freePort();
        camel = new DefaultCamelContext();
        MainHttpServer server = new MainHttpServer();
        server.setPort(port);
        camel.addService(server);
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setClientToken(ApiStub.CLIENT_TOKEN);
        camel.addComponent("vzaps", vzaps);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=" + PATHS.get(VZAPS)).process(e -> routed.incrementAndGet());
                from("platform-http:" + PATHS.get(BARE) + "?httpMethodRestrict=POST")
                        .process(e -> routed.incrementAndGet()).setBody(constant(""));
                from("platform-http:" + PATHS.get(BARE_JSON) + "?httpMethodRestrict=POST")
                        .unmarshal().json(JsonLibrary.Jackson, JsonNode.class)
                        .process(e -> routed.incrementAndGet()).setBody(constant(""));
            }
        });
        camel.start();
    }

    /** Sends {@code requests} events to the contender's path with {@code connections} in flight. */
    public Round run(String contender, int requests, int connections) throws InterruptedException {
        URI uri = URI.create("http://localhost:" + port + PATHS.get(contender));
        Semaphore inFlight = new Semaphore(connections);
        AtomicLong failed = new AtomicLong();
        List<CompletableFuture<?>> calls = new ArrayList<>(requests);
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(event(i))).build();
            calls.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, error) -> {
                if (error != null || answer.statusCode() / 100 != 2) {
                    failed.incrementAndGet();
                }
                inFlight.release();
            }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return new Round(contender, requests, failed.get(), (System.nanoTime() - start) / 1e9);
    }

    static String event(int i) {
        return "{\"id\":\"evt_" + i + "\",\"type\":\"Message\",\"instance_id\":\"" + ApiStub.INSTANCE_ID
               + "\",\"data\":{\"type\":\"Message\",\"event\":{\"Info\":{\"ID\":\"3EB0" + i
               + "\",\"Chat\":\"5511999999999@s.whatsapp.net\",\"IsFromMe\":false},\"Message\":{\"conversation\":\"hello\"}}}}";
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        camel.close();
    }
}
