package org.camelvzaps.consumer.realtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.FlakyIdempotentRepository;
import org.camelvzaps.test.FlakyIdempotentRepository.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An idempotentRepository that throws for a while: the realtime consumer does not ack the event it could not record,
 * keeps reconnecting meanwhile, and once the store works again it routes and acks events again, losing none.
 */
class RealtimeStoreFaultTest extends RealtimeTestSupport {


    private final FlakyIdempotentRepository store = new FlakyIdempotentRepository();
    private final List<String> routed = new CopyOnWriteArrayList<>();
    /** Ids whose first attempt the route fails. */
    private final Map<String, Boolean> failedOnce = new ConcurrentHashMap<>();

    @BeforeEach
    void reset() throws Exception {
        context.getRegistry().bind("store", store);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?instanceId=" + INSTANCE_ID + "&realtimeUrl=" + server.url()
                     + "&reconnectDelay=10&maxReconnectDelay=50&idempotentRepository=#store").routeId("realtime")
                        .process(e -> {
                            String id = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
                            routed.add(id);
                            if (id.startsWith("evt_flaky") && failedOnce.putIfAbsent(id, true) == null) {
                                throw new IllegalStateException("the route fails the first attempt of " + id);
                            }
                        });
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openConnections() == 1);
    }

    @Test
    void aFailingConfirmIsNotAckedAndEventsFlowAgainOnceTheStoreWorks() throws Exception {
        store.failOn(Operation.CONFIRM);
        server.publish("evt_1", "Message", INSTANCE_ID);

        // not acked: the connection is replaced and the event comes again, now a duplicate (acked, not routed again)
        await().atMost(Duration.ofSeconds(10)).until(() -> server.acks().contains("evt_1"));
        assertEquals(1, store.thrown());
        assertNull(server.handshakes().get(1).query().get("last_event_id"), "the failed confirm did not move the cursor");

        store.heal();
        server.publish("evt_2", "Message", INSTANCE_ID);

        await().atMost(Duration.ofSeconds(10)).until(() -> server.acks().contains("evt_2"));
        assertEquals(List.of("evt_1", "evt_2"), server.acks());
        assertEquals(List.of("evt_1", "evt_2"), routed, "evt_1 was processed once: its redelivery was a duplicate");
    }

    @Test
    void aFailingAddIsNotAckedAndTheEventIsRoutedOnceTheStoreWorks() throws Exception {
        store.failOn(Operation.ADD);
        server.publish("evt_1", "Message", INSTANCE_ID);

        await().atMost(Duration.ofSeconds(10)).until(() -> store.thrown() >= 2 && server.handshakes().size() >= 2);
        assertEquals(List.of(), server.acks());
        assertEquals(List.of(), routed, "not routed while its id cannot be recorded");

        store.heal();
        server.publish("evt_2", "Message", INSTANCE_ID);

        await().atMost(Duration.ofSeconds(10)).until(() -> server.acks().contains("evt_2"));
        assertEquals(List.of("evt_1", "evt_2"), server.acks());
        assertEquals(List.of("evt_1", "evt_2"), routed);
    }

    @Test
    void aFailingRemoveAfterAFailedRouteStillGetsTheEventRoutedAgain() throws Exception {
        store.failOn(Operation.REMOVE);
        server.publish("evt_flaky_1", "Message", INSTANCE_ID);

        await().atMost(Duration.ofSeconds(10)).until(() -> store.thrown() >= 1);
        store.heal();
        server.publish("evt_2", "Message", INSTANCE_ID);

        await().atMost(Duration.ofSeconds(10)).until(() -> server.acks().contains("evt_2"));
        assertEquals(List.of("evt_flaky_1", "evt_2"), server.acks());
        assertEquals(List.of("evt_flaky_1", "evt_flaky_1", "evt_2"), routed,
                "the redelivery of the failed event reached the route, not dropped as a duplicate");
    }
}
