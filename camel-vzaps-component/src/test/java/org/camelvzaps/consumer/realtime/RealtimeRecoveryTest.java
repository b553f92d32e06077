package org.camelvzaps.consumer.realtime;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.InMemoryLogAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realtime consumer recovers by itself, and without a reconnect storm, from what a server, a repository or the
 * route may do: auth closes, connections closed at once, a throwing idempotent or state repository, a cut in the
 * middle of a replay, a suspend that gave up waiting for the event in flight. Each test ends with events flowing again.
 */
class RealtimeRecoveryTest extends RealtimeTestSupport {

    private static final Pattern DELAY = Pattern.compile("reconnecting in (\\d+) ms");


    private final List<String> routed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void reset() {
        InMemoryLogAppender.clear();
    }

    private void route(String extra, org.apache.camel.Processor step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?instanceId=" + INSTANCE_ID + "&realtimeUrl=" + server.url() + extra)
                        .routeId("realtime").process(step)
                        .process(e -> routed.add(e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class)));
            }
        });
    }

    /** The waits the consumer announced in its reconnect WARN lines, in order. */
    private static List<Long> announcedDelays() {
        return InMemoryLogAppender.lines().stream().filter(l -> l.startsWith("WARN") && l.contains("VZaps realtime"))
                .map(DELAY::matcher).filter(Matcher::find).map(m -> Long.parseLong(m.group(1))).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = { 1008, 4001 })
    void aCloseThatSignalsAnAuthProblemFetchesAFreshJwt(int code) throws Exception {
        api.stubFor(post(urlEqualTo("/token")).inScenario("jwt").whenScenarioStateIs(STARTED).willSetStateTo("renewed")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"jwt-expired\",\"expires_in\":3600}")));
        api.stubFor(post(urlEqualTo("/token")).inScenario("jwt").whenScenarioStateIs("renewed")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"jwt-fresh\",\"expires_in\":3600}")));
        server.closeNewConnections(1, code);
        route("&reconnectDelay=10&maxReconnectDelay=50", e -> {
        });

        await().until(() -> server.handshakes().size() >= 2 && server.openConnections() == 1);
        assertEquals("Bearer jwt-expired", server.handshakes().get(0).headers().get("Authorization"));
        assertEquals("Bearer jwt-fresh", server.handshakes().get(1).headers().get("Authorization"));
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().contains("evt_1"));
    }

    @Test
    void connectionsClosedAtOnceKeepBackingOffUntilOneProvesHealthy() throws Exception {
        server.closeNewConnections(6, 1011);
        route("&reconnectDelay=20&maxReconnectDelay=5000", e -> {
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> server.handshakes().size() >= 7 && server.openConnections() == 1);
        List<Long> delays = announcedDelays();
        assertEquals(6, delays.size(), delays.toString());
        // attempt n waits between half and all of 20 ms × 2^n: the sixth at least 320 ms, not 10–20 ms again
        assertTrue(delays.get(5) >= 320, "the back-off grew: " + delays);
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().contains("evt_1"));
    }

    @Test
    void anIdempotentRepositoryThatThrowsOnAddBacksOffAndRecovers() throws Exception {
        AtomicInteger failures = new AtomicInteger(5);
        context.getRegistry().bind("seen", new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("idempotent store unreachable");
                }
                return super.add(key);
            }
        });
        route("&reconnectDelay=20&maxReconnectDelay=5000&idempotentRepository=#seen", e -> {
        });
        await().until(() -> server.openConnections() == 1);
        server.publish("evt_1", "Message", INSTANCE_ID);

        await().atMost(Duration.ofSeconds(20)).until(() -> server.acks().contains("evt_1"));
        List<Long> delays = announcedDelays();
        assertEquals(5, delays.size(), delays.toString());
        assertTrue(delays.get(4) >= 160, "the back-off grew: " + delays);
        assertTrue(InMemoryLogAppender.all().contains("idempotent store unreachable"));
        assertEquals(List.of("evt_1"), routed);
    }

    @Test
    void aStateRepositoryThatThrowsIsReportedAtOnceAndTheStreamResumesFromTheStoredCursor() throws Exception {
        AtomicInteger failures = new AtomicInteger(2);
        MemoryStateRepository stored = new MemoryStateRepository();
        StateRepository<String, String> flaky = new StateRepository<>() {
            @Override
            public void setState(String key, String value) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("cursor table is read-only");
                }
                stored.setState(key, value);
            }

            @Override
            public String getState(String key) {
                return stored.getState(key);
            }

            @Override
            public void start() {
            }

            @Override
            public void stop() {
            }
        };
        context.getRegistry().bind("cursors", flaky);
        route("&reconnectDelay=10&maxReconnectDelay=200&stateRepository=#cursors", e -> {
        });
        await().until(() -> server.openConnections() == 1);
        server.publish("evt_1", "Message", INSTANCE_ID);

        // idleTimeout is 60 s by default: the reconnect comes from the failure itself, not from the watchdog
        await().atMost(Duration.ofSeconds(10)).until(() -> server.acks().contains("evt_1"));
        assertTrue(InMemoryLogAppender.all().contains("cursor table is read-only"), "the real cause is logged");
        assertTrue(server.handshakes().size() >= 3);
        server.handshakes().forEach(h -> assertEquals(null, h.query().get("last_event_id"), "nothing was stored yet"));
        server.publish("evt_2", "Message", INSTANCE_ID);
        await().until(() -> server.acks().contains("evt_2"));
        assertEquals(List.of("evt_1", "evt_2"), server.acks());
        assertEquals("evt_2", stored.getState(RealtimeCursor.key(INSTANCE_ID, null)));
    }

    @Test
    void aCutInTheMiddleOfAReplayIsNoticedAtOnceAndTheReplayResumes() throws Exception {
        route("&reconnectDelay=10&maxReconnectDelay=50", e -> Thread.sleep(20));
        await().until(() -> server.openConnections() == 1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().size() == 1);
        context.getRouteController().suspendRoute("realtime");
        await().until(() -> server.openConnections() == 0);
        for (int i = 2; i <= 30; i++) {
            server.publish("evt_" + i, "Message", INSTANCE_ID);
        }
        server.cutNextResumeAfter(5);

        context.getRouteController().resumeRoute("realtime");

        // idleTimeout is 60 s by default: only noticing the cut itself gets the stream going within the bound
        await().atMost(Duration.ofSeconds(10)).until(() -> server.acks().contains("evt_30"));
        assertEquals(30, routed.stream().distinct().count());
        assertTrue(server.handshakes().size() >= 3, "the cut connection was replaced");
    }

    @Test
    void aResumeWaitsForTheEventSuspendGaveUpOnSoItIsNotRoutedTwice() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        route("&reconnectDelay=10&maxReconnectDelay=50", e -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            release.await(20, TimeUnit.SECONDS);
            running.decrementAndGet();
        });
        await().until(() -> server.openConnections() == 1);
        VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("realtime").getConsumer();
        consumer.stopWaitMillis(100);
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> running.get() == 1);

        // as a route policy does (throttling, clustering): straight on the consumer, no graceful-shutdown wait around it
        consumer.suspend(); // gives up waiting after 100 ms: evt_1 still runs, unacked
        consumer.resume();
        release.countDown();

        server.publish("evt_2", "Message", INSTANCE_ID);
        await().until(() -> routed.contains("evt_2"));
        assertEquals(1, mostAtOnce.get(), "evt_1 was never handed to the route while it still ran");
        assertEquals(List.of("evt_1", "evt_2"), routed);
        assertEquals("evt_1", server.handshakes().get(1).query().get("last_event_id"));
    }
}
