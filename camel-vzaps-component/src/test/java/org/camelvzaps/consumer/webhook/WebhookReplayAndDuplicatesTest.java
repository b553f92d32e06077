package org.camelvzaps.consumer.webhook;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.InMemoryLogAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import com.github.tomakehurst.wiremock.client.WireMock;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.camelvzaps.consumer.webhook.ReplayLogs.awaitReplays;
import static org.camelvzaps.consumer.webhook.ReplayLogs.log;
import static org.camelvzaps.consumer.webhook.ReplayLogs.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Replay of failed deliveries on start (exactly the failed ones since the last replay, once each), duplicates dropped
 * but answered 2xx, and a rollback-only exchange never answered 2xx.
 */
class WebhookReplayAndDuplicatesTest extends WebhookTestSupport {

    private static final String LOGS = ReplayLogs.LOGS;
    private static final String EVENT = "{\"id\":\"evt_7\",\"type\":\"Message\",\"instance_id\":\"" + INSTANCE_ID
                                        + "\",\"data\":{\"type\":\"Message\",\"event\":{}}}";

    private final List<String> routed = new CopyOnWriteArrayList<>();
    @TempDir
    Path dir;
    private FileStateRepository cursors;

    @BeforeEach
    void stubs() throws Exception {
        InMemoryLogAppender.clear();
        api.resetAll();
        stubToken();
        // a file-backed repository, as a user keeping the replay cursor across restarts would configure
        cursors = FileStateRepository.fileStateRepository(dir.resolve("replay.dat").toFile());
        cursors.start();
        context.getRegistry().bind("cursors", cursors);
        context.getRegistry().bind("seen", MemoryIdempotentRepository.memoryIdempotentRepository());
    }

    private void route(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/hook&instanceId=" + INSTANCE_ID + options).routeId("hook")
                        .process(e -> {
                            routed.add(e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class));
                            if (e.getMessage().getHeader("rollback") != null) {
                                e.setRollbackOnly(true);
                            }
                        })
                        .filter(simple("${header.CamelVZapsEventId} == 'evt_rollback'")).rollback().end();
            }
        });
    }

    @Test
    void startReplaysExactlyTheFailedDeliveriesSinceTheLastReplayOnceEach() throws Exception {
        cursors.setState("webhook-replay:" + INSTANCE_ID, "2026-11-27T10:00:00Z|wlog_older");
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/search")).withRequestBody(equalToJson("{\"status\":\"failed\",\"page\":1,\"size\":100}"))
                .willReturn(json(page(1, 2, log("wlog_old", "2026-11-27T09:00:00Z"), log("wlog_b", "2026-11-27T11:00:00Z")))));
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/search")).withRequestBody(equalToJson("{\"status\":\"failed\",\"page\":2,\"size\":100}"))
                .willReturn(json(page(2, 2, log("wlog_a", "2026-11-27T10:30:00Z")))));
        api.stubFor(WireMock.post(urlPathMatching(LOGS + "/wlog_.*/retry")).willReturn(json("{\"code\":200,\"success\":true,\"data\":{}}")));

        route("&replayFailedDeliveries=true&stateRepository=#cursors");
        awaitReplays(1);

        api.verify(1, postRequestedFor(urlEqualTo(LOGS + "/wlog_a/retry")));
        api.verify(1, postRequestedFor(urlEqualTo(LOGS + "/wlog_b/retry")));
        api.verify(0, postRequestedFor(urlEqualTo(LOGS + "/wlog_old/retry")));
        List<String> order = api.getAllServeEvents().stream().map(e -> e.getRequest().getUrl())
                .filter(u -> u.endsWith("/retry")).toList();
        assertEquals(List.of(LOGS + "/wlog_b/retry", LOGS + "/wlog_a/retry"), order, "oldest first (newest first in the journal)");
        assertEquals("2026-11-27T11:00:00Z|wlog_b", cursors.getState("webhook-replay:" + INSTANCE_ID));

        context.getRouteController().stopRoute("hook");
        context.getRouteController().startRoute("hook");
        awaitReplays(2);

        api.verify(1, postRequestedFor(urlEqualTo(LOGS + "/wlog_a/retry")));
        api.verify(1, postRequestedFor(urlEqualTo(LOGS + "/wlog_b/retry")));
    }

    @Test
    void aRetryThePlatformRefusesIsTriedAgainOnTheNextStart() throws Exception {
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/search")).willReturn(json(page(1, 1,
                log("wlog_a", "2026-11-27T10:00:00Z"), log("wlog_b", "2026-11-27T11:00:00Z")))));
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/wlog_a/retry")).willReturn(aResponse().withStatus(503)));
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/wlog_b/retry")).willReturn(json("{}")));

        route("&replayFailedDeliveries=true&stateRepository=#cursors");
        awaitReplays(1);

        assertEquals(null, cursors.getState("webhook-replay:" + INSTANCE_ID), "the cursor stays before the refused one");
        context.getRouteController().stopRoute("hook");
        context.getRouteController().startRoute("hook");
        awaitReplays(2);
        api.verify(2, postRequestedFor(urlEqualTo(LOGS + "/wlog_a/retry")));
    }

    @Test
    void aRedeliveryThatFailsAgainStaysAheadOfTheCursorAndLogsWithoutIdAreSkipped() throws Exception {
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/search")).willReturn(json(page(1, 1,
                "{\"status\":\"failed\",\"created_at\":\"2026-11-27T09:00:00Z\"}",
                log("wlog_a", "2026-11-27T10:00:00Z")))));
        api.stubFor(WireMock.post(urlEqualTo(LOGS + "/wlog_a/retry")).willReturn(json(
                "{\"code\":200,\"success\":true,\"data\":" + log("wlog_a", "2026-11-27T10:00:00Z") + "}")));

        route("&replayFailedDeliveries=true&stateRepository=#cursors");
        awaitReplays(1);

        api.verify(1, postRequestedFor(urlEqualTo(LOGS + "/wlog_a/retry")));
        assertEquals(null, cursors.getState("webhook-replay:" + INSTANCE_ID), "the delivery failed again: not past it");
        context.getRouteController().stopRoute("hook");
        context.getRouteController().startRoute("hook");
        awaitReplays(2);
        api.verify(2, postRequestedFor(urlEqualTo(LOGS + "/wlog_a/retry")));
    }

    @Test
    void aDuplicateEventIdIsAnswered200ButNotRouted() throws Exception {
        route("&idempotentRepository=#seen");

        HttpResponse<String> first = post("/hook", EVENT);
        HttpResponse<String> again = post("/hook", EVENT);

        assertEquals(200, first.statusCode());
        assertEquals(200, again.statusCode());
        assertEquals(List.of("evt_7"), routed);
    }

    @Test
    void aFailedEventIsNotRememberedAsProcessed() throws Exception {
        route("&idempotentRepository=#seen");
        String rollback = EVENT.replace("evt_7", "evt_rollback");

        HttpResponse<String> failed = post("/hook", rollback);
        HttpResponse<String> redelivered = post("/hook", rollback);

        assertEquals(500, failed.statusCode(), "a rolled back exchange is not a success");
        assertEquals(500, redelivered.statusCode());
        assertEquals(List.of("evt_rollback", "evt_rollback"), routed, "the redelivery reached the route again");
    }
}
