package org.camelvzaps.consumer.webhook;

import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an operator sees of a webhook route: every callback counted once in {@code vzaps.events} by type and outcome
 * (processed, failed, duplicate, filtered) with its lag, refusals in {@code vzaps.webhook.refused} by reason, and a
 * health check that details the last accepted delivery and the refusals, and turns DOWN ("silent since …") when the
 * instance's session is connected but sent nothing for {@code silenceTimeout}.
 */
class WebhookObservabilityTest extends WebhookTestSupport {

    private static final String PATH = "/hooks/observed";
    private static final String QUIET_PATH = "/hooks/quiet";
    private static final String QUIET_INSTANCE = "VZQUIET000000000000000000001";
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", MeterRegistry.class, meters);
        context.getRegistry().bind("seen", MemoryIdempotentRepository.memoryIdempotentRepository(100));
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=" + PATH + "&webhookSecret=" + SECRET_OPTION
                     + "&events=Message&idempotentRepository=#seen&instanceId=" + INSTANCE_ID).routeId("observed")
                        .filter(simple("${header.CamelVZapsEventId} == 'E-FAIL'"))
                            .throwException(new IllegalStateException("the route failed"))
                        .end();
                from("vzaps:webhook?webhookPath=" + QUIET_PATH + "&webhookSecret=" + SECRET_OPTION
                     + "&silenceTimeout=500&instanceId=" + QUIET_INSTANCE).routeId("quiet")
                        .log("${header.CamelVZapsEventType}");
            }
        };
    }

    @BeforeEach
    void reset() {
        api.resetAll();
        stubToken();
    }

    private static String event(String type, String id) {
        return "{\"type\":\"" + type + "\",\"id\":\"" + id + "\",\"instance_id\":\"" + INSTANCE_ID
               + "\",\"created_at\":\"" + Instant.now().minusSeconds(2) + "\",\"event\":{\"info\":{\"id\":\"M1\"}}}";
    }

    @Test
    void eachCallbackIsCountedOnceByTypeAndOutcomeAndRefusalsByReason() throws Exception {
        assertEquals(200, post(withSecret(PATH), event("Message", "E1")).statusCode());
        assertEquals(200, post(withSecret(PATH), event("Message", "E1")).statusCode());
        assertEquals(200, post(withSecret(PATH), event("ReadReceipt", "E2")).statusCode());
        assertEquals(500, post(withSecret(PATH), event("Message", "E-FAIL")).statusCode());
        assertEquals(401, post(PATH + "?secret=wrong", event("Message", "E3")).statusCode());
        assertEquals(415, send("POST", withSecret(PATH), "text/plain", "hi", Map.of()).statusCode());
        assertEquals(400, post(withSecret(PATH), "{\"no\":\"type\"}").statusCode());

        assertEquals(1.0, events("Message", "processed"));
        assertEquals(1.0, events("Message", "duplicate"));
        assertEquals(1.0, events("ReadReceipt", "filtered"));
        assertEquals(1.0, events("Message", "failed"));
        assertEquals(2, meters.find("vzaps.events.lag").tag("consumer", "webhook").timer().count(),
                "the routed events (processed and failed) have a lag");
        assertTrue(meters.find("vzaps.events.lag").timer().totalTime(java.util.concurrent.TimeUnit.MILLISECONDS) >= 2 * 2000,
                "created two seconds before it arrived");
        assertEquals(1.0, meters.find("vzaps.webhook.refused").tag("reason", "unauthorized").counter().count());
        assertEquals(1.0, meters.find("vzaps.webhook.refused").tag("reason", "unsupported_media_type").counter().count());
        assertEquals(1.0, meters.find("vzaps.webhook.refused").tag("reason", "bad_request").counter().count());

        HealthCheck.Result health = check("observed").call();
        assertEquals(HealthCheck.State.UP, health.getState());
        assertEquals(1L, health.getDetails().get("vzaps.refused.unauthorized"));
        assertNotNull(health.getDetails().get("vzaps.sinceLastAcceptedMillis"));
        assertFalse(health.getDetails().toString().contains(SECRET), "no secret in the details");
    }

    @Test
    void aConnectedSessionThatSendsNothingForSilenceTimeoutIsDown() throws Exception {
        api.stubFor(get(urlEqualTo("/instances/" + QUIET_INSTANCE + "/session/status"))
                .willReturn(json(Fixtures.read("response-session-status-connected.json"))));
        HealthCheck check = check("quiet");

        await().until(() -> check.call().getState() == HealthCheck.State.DOWN);
        HealthCheck.Result down = check.call();
        assertTrue(down.getMessage().orElse("").contains("instance " + QUIET_INSTANCE + " silent since "),
                down.getMessage().toString());
        int asked = api.findAll(getRequestedFor(urlEqualTo("/instances/" + QUIET_INSTANCE + "/session/status"))).size();
        for (int i = 0; i < 5; i++) {
            check.call();
        }
        int askedAfter = api.findAll(getRequestedFor(urlEqualTo("/instances/" + QUIET_INSTANCE + "/session/status"))).size();
        assertTrue(askedAfter - asked <= 1, "getStatus is asked at most once per silenceTimeout, not per check: "
                                            + asked + " then " + askedAfter);

        String quietEvent = event("Message", "Q1").replace(INSTANCE_ID, QUIET_INSTANCE);
        assertEquals(200, post(withSecret(QUIET_PATH), quietEvent).statusCode());
        HealthCheck.Result after = check.call();
        assertEquals(HealthCheck.State.UP, after.getState(), "an event ends the silence: " + after.getMessage() + after.getDetails());
    }

    @Test
    void aDisconnectedSessionIsNotSilentButDisconnected() throws Exception {
        api.stubFor(get(urlEqualTo("/instances/" + QUIET_INSTANCE + "/session/status"))
                .willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));
        HealthCheck check = check("quiet");

        await().until(() -> !api.findAll(getRequestedFor(urlEqualTo("/instances/" + QUIET_INSTANCE
                                                                    + "/session/status"))).isEmpty()
                            || check.call().getState() == HealthCheck.State.DOWN);
        assertEquals(HealthCheck.State.UP, check.call().getState());
    }

    private double events(String type, String outcome) {
        var counter = meters.find("vzaps.events").tags("consumer", "webhook", "type", type, "outcome", outcome).counter();
        assertNotNull(counter, meters.getMeters().stream().map(m -> m.getId().toString()).toList().toString());
        return counter.count();
    }

    private HealthCheck check(String routeId) {
        return ((org.apache.camel.health.HealthCheckAware) context.getRoute(routeId).getConsumer()).getHealthCheck();
    }
}
