package org.camelvzaps.consumer.realtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.test.InMemoryLogAppender;
import org.camelvzaps.test.RealtimeTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * vzaps:realtime against a WebSocket stand-in: acks only after success, failed events delivered again, resume from the
 * persisted cursor, reconnects after drops and silence, duplicates dropped but acked, clean stop.
 */
class RealtimeConsumerTest extends RealtimeTestSupport {


    private final List<String> routed = new CopyOnWriteArrayList<>();

    private String uri(String extra) {
        return "vzaps:realtime?instanceId=" + INSTANCE_ID + "&realtimeUrl=" + server.url()
               + "&reconnectDelay=10&maxReconnectDelay=50" + extra;
    }

    private void route(String extra, org.apache.camel.Processor step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(extra)).routeId("realtime").process(step)
                        .process(e -> routed.add(e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class)));
            }
        });
    }

    private static void awaitConnected(int handshakes) {
        await().atMost(Duration.ofSeconds(10)).until(() -> server.handshakes().size() >= handshakes
                                                           && server.openConnections() == 1);
    }

    @Test
    void ackOnlyAfterTheRouteSucceededWithTheHandshakeTheOfficialClientsSend() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        route("&events=Message,ReadReceipt", e -> release.await(10, TimeUnit.SECONDS));
        awaitConnected(1);

        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> context.getInflightRepository().size() == 1);
        assertEquals(List.of(), server.acks(), "no ack while the route is still running");
        release.countDown();

        await().until(() -> server.acks().equals(List.of("evt_1")));
        RealtimeTestServer.Handshake handshake = server.handshakes().get(0);
        assertEquals(INSTANCE_ID, handshake.query().get("instance_id"));
        assertEquals("Message,ReadReceipt", handshake.query().get("events"));
        assertFalse(handshake.query().containsKey("last_event_id"));
        assertFalse(handshake.query().containsKey("access_token"), "tokens travel in headers, never in the URL");
        assertEquals("Bearer " + JWT, handshake.headers().get("Authorization"));
        assertEquals(CLIENT_TOKEN, handshake.headers().get("X-Client-Token"));
    }

    @Test
    void aFailedEventIsNotAckedAndIsDeliveredAgain() throws Exception {
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        route("", e -> {
            String id = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
            if ("evt_2".equals(id) && failedOnce.add(id)) {
                throw new IllegalStateException("database down");
            }
        });
        awaitConnected(1);

        server.publish("evt_1", "Message", INSTANCE_ID);
        server.publish("evt_2", "Message", INSTANCE_ID);
        server.publish("evt_3", "Message", INSTANCE_ID);

        await().until(() -> server.acks().contains("evt_3"));
        assertEquals(List.of("evt_1", "evt_2", "evt_3"), routed);
        assertEquals(List.of("evt_1", "evt_2", "evt_3"), server.acks());
        assertEquals("evt_1", server.handshakes().get(1).query().get("last_event_id"), "resumed after the last success");
    }

    @Test
    void aThousandEventsWithEveryThirteenthFailingOnceAreAllProcessedInOrder() throws Exception {
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        route("", e -> {
            String id = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
            int n = Integer.parseInt(id.substring(4));
            if (n % 13 == 0 && failedOnce.add(id)) {
                throw new IllegalStateException("transient failure on " + id);
            }
        });
        awaitConnected(1);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            server.publish("evt_" + i, "Message", INSTANCE_ID);
            expected.add("evt_" + i);
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> server.acks().contains("evt_1000"));
        assertEquals(expected, routed, "every event processed successfully exactly once, in order");
        assertEquals(76, failedOnce.size());
    }

    @Test
    void aRestartResumesFromThePersistedCursor(@TempDir Path dir) throws Exception {
        FileStateRepository cursors = FileStateRepository.fileStateRepository(dir.resolve("cursors.dat").toFile());
        context.getRegistry().bind("cursors", cursors);
        route("&stateRepository=#cursors", e -> {
        });
        awaitConnected(1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        server.publish("evt_2", "Message", INSTANCE_ID);
        await().until(() -> server.acks().size() == 2);

        context.getRouteController().stopRoute("realtime");
        server.publish("evt_3", "Message", INSTANCE_ID);
        FileStateRepository reloaded = FileStateRepository.fileStateRepository(dir.resolve("cursors.dat").toFile());
        reloaded.start();
        assertEquals("evt_2", reloaded.getState(RealtimeCursor.key(INSTANCE_ID, null)), "the cursor is on disk");
        context.getRouteController().startRoute("realtime");

        await().until(() -> server.acks().contains("evt_3"));
        assertEquals("evt_2", server.handshakes().get(1).query().get("last_event_id"));
        assertEquals(List.of("evt_1", "evt_2", "evt_3"), routed);
    }

    @Test
    void aDroppedSocketReconnectsAndResumes() throws Exception {
        route("", e -> {
        });
        awaitConnected(1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().size() == 1);

        server.dropConnections();
        awaitConnected(2);
        server.publish("evt_2", "Message", INSTANCE_ID);

        await().until(() -> server.acks().contains("evt_2"));
        assertEquals("evt_1", server.handshakes().get(1).query().get("last_event_id"));
        assertEquals(List.of("evt_1", "evt_2"), routed);
    }

    @Test
    void aTcpResetWhileTheRouteIsBusyRoutesTheEventOnceAndTheStreamResumesAfterIt() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        route("", e -> {
            if ("evt_1".equals(e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class))) {
                busy.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
        });
        awaitConnected(1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        assertTrue(busy.await(10, TimeUnit.SECONDS), "the route received evt_1");

        server.cutConnections(); // the TCP connection ends under the busy route, without a close frame
        release.countDown();
        awaitConnected(2);
        server.publish("evt_2", "Message", INSTANCE_ID);

        await().until(() -> server.acks().contains("evt_2"));
        assertEquals(List.of("evt_1", "evt_2"), routed, "evt_1 routed once, and the stream went on after it");
        assertEquals("evt_1", server.handshakes().get(1).query().get("last_event_id"));
    }

    @Test
    void aHostnameVerifierThatCannotReachTheSocketIsNamedAtStart() throws Exception {
        InMemoryLogAppender.clear();
        context.getRegistry().bind("anyHost", (javax.net.ssl.HostnameVerifier) (host, session) -> true);
        route("&x509HostnameVerifier=#anyHost", e -> {
        });
        awaitConnected(1);
        assertTrue(InMemoryLogAppender.lines().stream().anyMatch(l -> l.startsWith("WARN")
                && l.contains("x509HostnameVerifier applies to the REST calls only")), "a WARN names the option");
    }

    @Test
    void aSilentServerIsDetectedAndReplaced() throws Exception {
        route("&idleTimeout=300", e -> {
        });
        awaitConnected(1);

        server.goSilent();

        await().atMost(Duration.ofSeconds(10)).until(() -> server.handshakes().size() >= 2);
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().contains("evt_1"));
    }

    @Test
    void aDuplicateIdIsNotRoutedButStillAcked() throws Exception {
        IdempotentRepository seen = MemoryIdempotentRepository.memoryIdempotentRepository();
        context.getRegistry().bind("seen", seen);
        route("&idempotentRepository=#seen", e -> {
        });
        awaitConnected(1);

        server.publish("evt_1", "Message", INSTANCE_ID);
        server.publish("evt_1", "Message", INSTANCE_ID);
        server.publish("evt_2", "Message", INSTANCE_ID);

        await().until(() -> server.acks().size() == 3);
        assertEquals(List.of("evt_1", "evt_2"), routed);
        assertEquals(List.of("evt_1", "evt_1", "evt_2"), server.acks());
    }

    @Test
    void stopLetsTheEventInFlightFinishAcksItAndClosesWith1000() throws Exception {
        CountDownLatch inRoute = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        route("", e -> {
            inRoute.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        awaitConnected(1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        assertTrue(inRoute.await(10, TimeUnit.SECONDS));

        Thread releaser = new Thread(() -> {
            await().pollDelay(Duration.ofMillis(200)).until(() -> true);
            release.countDown();
        });
        releaser.start();
        context.getRouteController().stopRoute("realtime");

        assertEquals(List.of("evt_1"), routed);
        await().untilAsserted(() -> assertEquals(List.of("evt_1"), server.acks()));
        await().untilAsserted(() -> assertEquals(List.of(1000), server.closeCodes()));
    }

    @Test
    void suspendClosesWith1000AndResumeContinuesAfterTheLastProcessedEvent() throws Exception {
        route("", e -> {
        });
        awaitConnected(1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().size() == 1);

        context.getRouteController().suspendRoute("realtime");
        await().until(() -> server.closeCodes().contains(1000) && server.openConnections() == 0);
        server.publish("evt_2", "Message", INSTANCE_ID);
        context.getRouteController().resumeRoute("realtime");

        await().until(() -> server.acks().contains("evt_2"));
        assertEquals("evt_1", server.handshakes().get(1).query().get("last_event_id"));
        assertEquals(List.of("evt_1", "evt_2"), routed);
    }

    @Test
    void theHealthCheckReportsTheSocketState() throws Exception {
        route("", e -> {
        });
        awaitConnected(1);
        VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("realtime").getConsumer();
        await().until(() -> consumer.getHealthCheck().call().getState() == HealthCheck.State.UP);

        server.refuseWith(503);
        server.dropConnections();

        await().until(() -> consumer.getHealthCheck().call().getState() == HealthCheck.State.DOWN);
        HealthCheck.Result down = consumer.getHealthCheck().call();
        assertTrue(String.valueOf(down.getDetails().get("vzaps.realtime")).contains("503"), down.getDetails().toString());
    }

    @Test
    void withoutUsableCredentialsTheRouteDoesNotStartAndSaysWhatToSet() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> route("&clientSecret=", ex -> {
        }));

        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof org.camelvzaps.client.VZapsConfigurationException)) {
            cause = cause.getCause();
        }
        assertEquals("vzaps:realtime needs credentials for the handshake: set clientToken and clientSecret, or "
                     + "clientToken and instanceToken", cause.getMessage());
    }

    @Test
    void theRouteSeesTheEventAndItsHeaders() throws Exception {
        List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        route("", e -> seen.add(Map.of("body", e.getMessage().getBody(),
                "type", e.getMessage().getHeader(VZapsConstants.EVENT_TYPE),
                "instance", e.getMessage().getHeader(VZapsConstants.INSTANCE_ID))));
        awaitConnected(1);

        server.sendRaw("{\"type\":\"welcome\"}");
        server.publish("evt_9", "ReadReceipt", INSTANCE_ID);

        await().until(() -> seen.size() == 1);
        assertTrue(seen.get(0).get("body") instanceof VZapsEvent);
        assertEquals("ReadReceipt", seen.get(0).get("type"));
        assertEquals(INSTANCE_ID, seen.get(0).get("instance"));
    }
}
