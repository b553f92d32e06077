package org.camelvzaps.consumer.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.InMemoryLogAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;
import static org.camelvzaps.consumer.webhook.ReplayLogs.LOGS;
import static org.camelvzaps.consumer.webhook.ReplayLogs.awaitReplays;
import static org.camelvzaps.consumer.webhook.ReplayLogs.log;
import static org.camelvzaps.consumer.webhook.ReplayLogs.page;
import static org.camelvzaps.consumer.webhook.ReplayLogs.replayEnds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What bounds the replay of failed deliveries against a misbehaving delivery-log API: each log id is retried once
 * whatever the pages say, the route starts (and answers callbacks) without waiting for slow retries, and replay ends
 * at replayTimeout, after replayMaxFailures failed retries in a row, or when the route stops.
 */
class WebhookReplayBoundsTest extends WebhookTestSupport {

    private static final String EVENT = "{\"id\":\"evt_live\",\"type\":\"Message\",\"data\":{\"type\":\"Message\",\"event\":{}}}";

    private final List<String> routed = new CopyOnWriteArrayList<>();
    private final MemoryStateRepository cursors = new MemoryStateRepository();

    @BeforeEach
    void stubs() {
        InMemoryLogAppender.clear();
        api.resetAll();
        stubToken();
        context.getRegistry().bind("cursors", cursors);
    }

    private void route(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/hook&instanceId=" + INSTANCE_ID
                     + "&replayFailedDeliveries=true&stateRepository=#cursors" + options).routeId("hook")
                        .process(e -> routed.add(e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class)));
            }
        });
    }

    /** {@code count} failed logs {@code wlog_01…}, a minute apart, oldest first. */
    private static String[] failedLogs(int count) {
        List<String> logs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            logs.add(log(String.format("wlog_%02d", i), String.format("2026-11-27T10:%02d:00Z", i)));
        }
        return logs.toArray(String[]::new);
    }

    private static int retries() {
        return api.findAll(postRequestedFor(urlPathMatching(LOGS + "/wlog_.*/retry"))).size();
    }

    @Test
    void aLogApiThatIgnoresPageGetsEachDeliveryRetriedOnce() throws Exception {
        // every search answers the same five logs and claims 50 pages
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/search")).willReturn(json(page(1, 50, failedLogs(5)))));
        api.stubFor(WireMock.post(urlPathMatching(LOGS + "/wlog_.*/retry")).willReturn(json("{}")));

        route("");
        awaitReplays(1);

        assertEquals(5, retries(), "one retry per delivery log id");
        for (int i = 1; i <= 5; i++) {
            api.verify(1, postRequestedFor(urlEqualTo(LOGS + String.format("/wlog_%02d/retry", i))));
        }
        api.verify(2, postRequestedFor(urlEqualTo(LOGS + "/search")));
        assertTrue(replayEnds().get(0).contains("Replayed 5 failed"), replayEnds().toString());
        assertEquals("2026-11-27T10:05:00Z|wlog_05", cursors.getState("webhook-replay:" + INSTANCE_ID));
    }

    @Test
    void slowRetriesDoNotHoldTheStartAndStopEndsTheReplay() throws Exception {
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/search")).willReturn(json(page(1, 1, failedLogs(20)))));
        api.stubFor(WireMock.post(urlPathMatching(LOGS + "/wlog_.*/retry")).willReturn(json("{}").withFixedDelay(1000)));

        route("");

        // the route was started while replay (20 retries of a second each) is still under way
        assertEquals(200, post("/hook", EVENT).statusCode());
        assertEquals(List.of("evt_live"), routed);
        assertTrue(retries() < 20, "replay is still running: " + retries() + " retries so far");

        context.getRouteController().stopRoute("hook");

        awaitReplays(1);
        assertTrue(replayEnds().get(0).contains("stopped early, the route stopped"), replayEnds().toString());
        int asked = retries();
        assertTrue(asked < 20, "no retry after the stop: " + asked);
        await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().contains("VZapsWebhookReplay")));
        assertEquals(asked, retries());
    }

    @Test
    void retriesThatAreRefusedOrTimeOutEndTheReplayAfterReplayMaxFailuresAndLeaveTheCursor() throws Exception {
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/search")).willReturn(json(page(1, 1, failedLogs(20)))));
        api.stubFor(WireMock.post(urlPathMatching(LOGS + "/wlog_.*/retry")).willReturn(aResponse().withStatus(503)));
        // answered after responseTimeout: VZaps may have performed it, but the consumer cannot know
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/wlog_02/retry")).willReturn(json("{}").withFixedDelay(15_000)));

        route("&responseTimeout=5000&replayMaxFailures=3");
        awaitReplays(1);

        assertEquals(3, retries(), "three failed retries in a row, then no more");
        String end = replayEnds().get(0);
        assertTrue(end.contains("Replayed 0 failed") && end.contains("3 were refused, timed out or failed again")
                   && end.contains("3 retries in a row failed (replayMaxFailures), with 17 not asked for"), end);
        assertNull(cursors.getState("webhook-replay:" + INSTANCE_ID), "a timed-out retry counts as not done");
    }

    @Test
    void replayEndsAtReplayTimeoutAndTheCursorStaysAfterTheLastAcceptedRetry() throws Exception {
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/search")).willReturn(json(page(1, 1, failedLogs(20)))));
        api.stubFor(WireMock.post(urlPathMatching(LOGS + "/wlog_.*/retry")).willReturn(json("{}").withFixedDelay(400)));

        route("&replayTimeout=1500");
        awaitReplays(1);

        String end = replayEnds().get(0);
        assertTrue(end.contains("stopped early, replayTimeout of 1500 ms passed"), end);
        int asked = retries();
        assertTrue(asked >= 1 && asked < 20, asked + " retries");
        assertEquals(String.format("2026-11-27T10:%02d:00Z|wlog_%02d", asked, asked),
                cursors.getState("webhook-replay:" + INSTANCE_ID), "the cursor is after the last accepted retry");
    }

    @Test
    void aMisconfiguredBoundIsRefusedWhenTheRouteStarts() {
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> route("&replayTimeout=0"));
        Throwable cause = refused;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertEquals("replayTimeout must be a positive number (got 0): it is the milliseconds replay may take",
                cause.getMessage());
        api.verify(0, postRequestedFor(urlEqualTo(LOGS + "/search")));
    }
}
