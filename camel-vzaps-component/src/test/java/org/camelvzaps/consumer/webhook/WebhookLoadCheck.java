package org.camelvzaps.consumer.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.component.VZapsConstants;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Load and flood checks, run by their own Surefire execution in a JVM with a 256 MB heap (see the component pom):
 * unauthenticated floods of large bodies cost no memory and valid events keep being answered; under 64 concurrent
 * callers every event reaches the route once and is answered by the route's outcome alone.
 */
class WebhookLoadCheck extends WebhookTestSupport {

    private static final int BIG_BODY = 9_500_000;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger routed = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/load&maxBodySize=10485760&webhookSecret=" + SECRET_OPTION)
                        .process(e -> {
                            routed.incrementAndGet();
                            String id = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
                            if (!seen.add(id)) {
                                throw new IllegalStateException("event " + id + " reached the route twice");
                            }
                            if (Integer.parseInt(id.substring(4)) % 10 == 0) {
                                throw new IllegalStateException("every tenth event fails");
                            }
                        });
                // default maxBodySize (1 MB): bodies without a length are cut off there while being read
                from("vzaps:webhook?webhookPath=/chunked&webhookSecret=" + SECRET_OPTION)
                        .process(e -> routed.incrementAndGet());
            }
        };
    }

    @Test
    void aFloodOfUnauthenticatedLargeBodiesDoesNotStopValidEvents() throws Exception {
        ExecutorService attackers = Executors.newFixedThreadPool(32);
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> flood = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            flood.add(attackers.submit(() -> refused.addAndGet(postLargeBodyWithWrongSecret() ? 1 : 0)));
        }
        int ok = 0;
        for (int i = 1; i <= 50; i++) {
            HttpResponse<String> answer = post(withSecret("/load"), event("evt_" + (i * 10 + 1)));
            ok += answer.statusCode() == 200 ? 1 : 0;
        }
        for (Future<?> attack : flood) {
            attack.get(60, TimeUnit.SECONDS);
        }
        attackers.shutdown();

        assertEquals(50, ok, "every valid event answered 200 during the flood");
        assertEquals(96, refused.get(), "every flood request answered 401");
        assertEquals(50, routed.get(), "no flood request reached the route");
    }

    @Test
    void aFloodOfLargeChunkedBodiesWithTheRightSecretIsCutOffAtMaxBodySize() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(32);
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> flood = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            flood.add(senders.submit(() -> refused.addAndGet(postLargeChunkedBody() ? 1 : 0)));
        }
        int ok = 0;
        for (int i = 1; i <= 50; i++) {
            ok += post(withSecret("/chunked"), event("evt_" + i)).statusCode() == 200 ? 1 : 0;
        }
        for (Future<?> sender : flood) {
            sender.get(120, TimeUnit.SECONDS);
        }
        senders.shutdown();

        assertEquals(50, ok, "every valid event answered 200 during the flood");
        assertEquals(96, refused.get(), "every oversized chunked body answered 413");
        assertEquals(50, routed.get(), "no oversized body reached the route");
    }

    /** Streams a 9.5 MB body without a length (chunked) with the right secret; true when the answer was 413. */
    private boolean postLargeChunkedBody() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try {
                out.write(chunkedPostHead(withSecret("/chunked")));
                for (int sent = 0; sent < BIG_BODY; sent += chunk.length) {
                    writeChunk(out, chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // expected: the server answered 413 and closed while the body was still coming
            }
            byte[] status = socket.getInputStream().readNBytes(12);
            return new String(status, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 413");
        }
    }

    /** Streams a 9.5 MB body with a wrong secret from a small buffer; true when the answer was 401. */
    private boolean postLargeBodyWithWrongSecret() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            byte[] chunk = new byte[64 * 1024];
            try {
                out.write(("POST /load?secret=wrong HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                           + "Content-Length: " + BIG_BODY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                for (int sent = 0; sent < BIG_BODY; sent += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, BIG_BODY - sent));
                }
                out.flush();
            } catch (IOException closedByTheServer) {
                // expected: the server answered and closed without reading the body
            }
            byte[] status = socket.getInputStream().readNBytes(12);
            return new String(status, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 401");
        }
    }

    @Test
    void twentyThousandEventsFrom64ClientsAreEachRoutedOnceAndAnsweredByTheirOutcome() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore inFlight = new Semaphore(64);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            inFlight.acquire();
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + withSecret("/load")))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(event("evt_" + i))).build(),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((answer, error) -> {
                        int status = error == null ? answer.statusCode() : -1;
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        inFlight.release();
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();

        assertEquals(18_000, statuses.getOrDefault(200, new AtomicInteger()).get(), statuses.toString());
        assertEquals(2_000, statuses.getOrDefault(500, new AtomicInteger()).get(), statuses.toString());
        assertEquals(20_000, routed.get());
        assertEquals(20_000, seen.size());
    }

    private static String event(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"Message\",\"data\":{\"type\":\"Message\",\"event\":{}}}";
    }
}
