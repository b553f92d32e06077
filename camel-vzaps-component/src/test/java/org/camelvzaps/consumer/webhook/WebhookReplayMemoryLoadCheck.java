package org.camelvzaps.consumer.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelvzaps.consumer.webhook.ReplayLogs.replayEnds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replay's memory is bounded by {@code replayLimit}, not by the delivery log: run in the 256 MB JVM of the load checks,
 * it pages through 100 pages of 200 failed deliveries carrying a 20 KB payload each (400 MB of payloads, the oldest on
 * the last page) and retries exactly the oldest {@code replayLimit}, oldest first. Holding every page would run this
 * JVM out of memory.
 */
class WebhookReplayMemoryLoadCheck extends WebhookTestSupport {

    private static final int PAGES = 100;
    private static final int PER_PAGE = 200;
    private static final int LIMIT = 50;
    private static final Instant NEWEST = Instant.parse("2026-11-27T12:00:00Z");
    private static final String PAYLOAD = "{\"type\":\"Message\",\"event\":{\"text\":\"" + "x".repeat(20 * 1024) + "\"}}";

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> retried = new CopyOnWriteArrayList<>();
    private HttpServer logApi;

    @AfterEach
    void stopLogApi() {
        if (logApi != null) {
            logApi.stop(0);
        }
    }

    /** Log k (0 = newest) was created k seconds before NEWEST: the oldest deliveries are on the last page. */
    private static String logId(int k) {
        return String.format("wlog_%05d", k);
    }

    private void startLogApi() throws IOException {
        logApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        logApi.createContext("/", this::answer);
        logApi.start();
    }

    private void answer(HttpExchange call) throws IOException {
        String path = call.getRequestURI().getPath();
        byte[] request = call.getRequestBody().readAllBytes();
        call.getResponseHeaders().add("Content-Type", "application/json");
        if (path.equals("/token")) {
            reply(call, "{\"access_token\":\"" + JWT + "\",\"expires_in\":3600}");
        } else if (path.endsWith("/webhook/logs/search")) {
            int page = json.readTree(request).path("page").asInt(1);
            call.sendResponseHeaders(200, 0); // streamed: the server holds no page
            try (Writer out = new OutputStreamWriter(call.getResponseBody(), StandardCharsets.UTF_8)) {
                out.write("{\"success\":true,\"data\":{\"page\":" + page + ",\"size\":" + PER_PAGE + ",\"total\":"
                          + PAGES * PER_PAGE + ",\"total_pages\":" + PAGES + ",\"content\":[");
                for (int i = 0; i < PER_PAGE; i++) {
                    int k = (page - 1) * PER_PAGE + i;
                    out.write((i == 0 ? "" : ",") + "{\"id\":\"" + logId(k) + "\",\"status\":\"failed\","
                              + "\"event_type\":\"Message\",\"created_at\":\"" + NEWEST.minusSeconds(k) + "\","
                              + "\"payload\":" + PAYLOAD + "}");
                }
                out.write("]}}");
            }
        } else if (path.endsWith("/retry")) {
            String id = path.split("/")[path.split("/").length - 2];
            retried.add(id);
            reply(call, "{\"success\":true,\"data\":{\"id\":\"" + id + "\",\"status\":\"success\"}}");
        } else {
            call.sendResponseHeaders(404, -1);
        }
        call.close();
    }

    private static void reply(HttpExchange call, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        call.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = call.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void replayKeepsOnlyTheOldestReplayLimitOfFourHundredMegabytesOfFailedDeliveries() throws Exception {
        startLogApi();
        context.getRegistry().bind("cursors", new MemoryStateRepository());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/hook&instanceId=" + INSTANCE_ID + "&baseUrl=http://127.0.0.1:"
                     + logApi.getAddress().getPort() + "&replayFailedDeliveries=true&stateRepository=#cursors"
                     + "&replayLimit=" + LIMIT + "&replayTimeout=120000").routeId("hook")
                        .to("mock:events");
            }
        });

        // 400 MB cross loopback and are parsed page by page: a generous bound
        await().atMost(Duration.ofMinutes(3)).until(() -> !replayEnds().isEmpty());

        assertTrue(replayEnds().get(0).contains("Replayed " + LIMIT + " "), replayEnds().toString());
        int oldest = PAGES * PER_PAGE - 1;
        assertEquals(IntStream.range(0, LIMIT).map(i -> oldest - i).mapToObj(WebhookReplayMemoryLoadCheck::logId).toList(),
                retried, "the oldest " + LIMIT + ", oldest first");
    }
}
