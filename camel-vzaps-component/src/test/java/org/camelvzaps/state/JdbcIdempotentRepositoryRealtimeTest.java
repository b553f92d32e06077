package org.camelvzaps.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.RealtimeTestServer;
import org.camelvzaps.test.InMemoryLogAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_TOKEN;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_ID;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas (two CamelContexts, each with its own {@link JdbcIdempotentRepository} on one PostgreSQL table) receive
 * the same realtime event. While it is in replica a's route, replica b does not ack it and reconnects (the event comes
 * again); when a finishes, b's next delivery is a duplicate; when a dies mid-route instead (its keep-alive stops), b
 * routes the event once a's lease has run out. Either way the event is routed to the end once, and never lost.
 */
class JdbcIdempotentRepositoryRealtimeTest {

    private EmbeddedPostgres postgres;
    private DataSource dataSource;
    private RealtimeTestServer server;
    private final List<CamelContext> replicas = new ArrayList<>();
    private final List<String> completed = new CopyOnWriteArrayList<>();
    private final CountDownLatch inRouteOnA = new CountDownLatch(1);
    private final CountDownLatch releaseA = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        InMemoryLogAppender.clear();
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        server = new RealtimeTestServer();
    }

    @AfterEach
    void stop() throws Exception {
        releaseA.countDown();
        replicas.forEach(CamelContext::stop);
        server.close();
        postgres.close();
    }

    private JdbcIdempotentRepository replica(String name, long leaseTime) throws Exception {
        JdbcIdempotentRepository repository = new JdbcIdempotentRepository(dataSource, "vzaps-realtime");
        repository.setLeaseTime(leaseTime);
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setClientToken(CLIENT_TOKEN);
        vzaps.getConfiguration().setInstanceToken(INSTANCE_TOKEN);
        vzaps.getConfiguration().setRealtimeUrl(server.url());
        vzaps.getConfiguration().setIdempotentRepository(repository);
        context.addComponent("vzaps", vzaps);
        boolean holds = name.equals("replica-a");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?instanceId=" + INSTANCE_ID + "&reconnectDelay=50&maxReconnectDelay=200")
                        .routeId("events")
                        .process(e -> {
                            if (holds) {
                                inRouteOnA.countDown();
                                assertTrue(releaseA.await(60, TimeUnit.SECONDS), "released by the test");
                            }
                            completed.add(name + ":" + e.getMessage().getHeader(VZapsConstants.EVENT_ID));
                        });
            }
        });
        context.start();
        replicas.add(context);
        return repository;
    }

    @Test
    void whileTheEventIsInARouteTheOtherReplicaDoesNotAckItAndOnceDoneItIsADuplicate() throws Exception {
        replica("replica-a", 30_000);
        await().atMost(Duration.ofSeconds(30)).until(() -> server.openConnections() == 1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        assertTrue(inRouteOnA.await(30, TimeUnit.SECONDS), "replica a routes evt_1");

        replica("replica-b", 30_000); // connects, gets evt_1 replayed, is refused: in progress on a
        await().atMost(Duration.ofSeconds(30)).until(() -> server.handshakes().size() >= 4);
        assertEquals(List.of(), server.acks(), "nobody acks evt_1 while a routes it; b keeps asking again");
        assertEquals(List.of(), completed);
        String log = InMemoryLogAppender.all();
        assertTrue(log.contains("event evt_1 is in progress on another replica, not routed here"),
                "b says why it did not ack: " + log);
        assertFalse(log.contains("the route failed on event evt_1"), "no route failed");

        releaseA.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> server.acks().size() >= 2);
        assertEquals(List.of("evt_1", "evt_1"), server.acks(), "a acks it processed, b acks it as a duplicate");
        assertEquals(List.of("replica-a:evt_1"), completed, "routed once");
    }

    @Test
    void whenTheReplicaRoutingTheEventDiesTheOtherRoutesItOnceTheLeaseRanOut() throws Exception {
        JdbcIdempotentRepository a = replica("replica-a", 1000);
        await().atMost(Duration.ofSeconds(30)).until(() -> server.openConnections() == 1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        assertTrue(inRouteOnA.await(30, TimeUnit.SECONDS), "replica a routes evt_1");
        a.stopKeepAlive(); // replica a hangs for good, as a killed one: nothing refreshes its lease any more

        replica("replica-b", 1000);
        await().atMost(Duration.ofSeconds(30)).until(() -> completed.contains("replica-b:evt_1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> server.acks().contains("evt_1"));
        assertEquals(List.of("replica-b:evt_1"), completed, "routed to the end by b, once");
        assertEquals(List.of("evt_1"), server.acks(), "acked by b; a never finished it");
    }
}
