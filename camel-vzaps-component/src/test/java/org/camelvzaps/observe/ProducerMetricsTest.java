package org.camelvzaps.observe;


import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * With a {@code MeterRegistry} in the Camel registry, real calls against the API stand-in show up as
 * {@code vzaps.calls} (by operation, outcome and status), {@code vzaps.retries} and {@code vzaps.token.fetches};
 * no instance id and no secret becomes a tag unless {@code metricsInstanceTag=true}.
 */
class ProducerMetricsTest extends VZapsTestSupport {

    private static final String INSTANCE = "/instances/" + INSTANCE_ID;
    /** The same on every endpoint, so they share one client and one JWT. */
    private static final String RETRIES = "&maxRetries=1&retryDelay=1";
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", MeterRegistry.class, registry);
        return context;
    }

    @BeforeEach
    void reset() {
        api.resetAll();
        stubToken();
    }

    @Test
    void callsRetriesAndTokenFetchesAreMeasuredByOperationAndOutcome() {
        api.stubFor(post(urlEqualTo(INSTANCE + "/chat/send/text")).willReturn(json(Fixtures.read("response-chat-send.shape.json"))));
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/status")).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0").withBody("{\"message\":\"slow\"}"))
                .willSetStateTo("2"));
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/status")).inScenario("s").whenScenarioStateIs("2")
                .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"boom\"}")));

        for (int i = 0; i < 3; i++) {
            assertNull(template.send("vzaps:sendText?instanceId=" + INSTANCE_ID + "&phone=5511999999999" + RETRIES,
                    e -> e.getMessage().setBody("hi")).getException());
        }
        Exchange failed = template.send("vzaps:getStatus?instanceId=" + INSTANCE_ID + RETRIES,
                e -> { });
        assertNotNull(failed.getException());

        Timer sends = registry.find("vzaps.calls").tags("operation", "sendText", "outcome", "success", "status", "200")
                .timer();
        assertNotNull(sends, meters());
        assertEquals(3, sends.count());
        Timer errors = registry.find("vzaps.calls").tags("operation", "getStatus", "outcome", "api_error", "status", "500")
                .timer();
        assertNotNull(errors, meters());
        assertEquals(1, errors.count());
        assertEquals(1.0, registry.find("vzaps.retries").tags("operation", "getStatus", "reason", "rate_limited")
                .counter().count());
        assertEquals(1.0, registry.find("vzaps.token.fetches").tags("outcome", "success").counter().count(),
                "one JWT serves every call");
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertFalse(tag.getKey().equals("instance_id") || tag.getValue().contains(INSTANCE_ID)
                            || tag.getValue().contains(CLIENT_SECRET) || tag.getValue().contains(JWT), meter.getId().toString());
            }
        }
        // the console's statistics count the same calls
        VZapsStats stats = context.getComponent("vzaps", VZapsComponent.class).stats();
        assertEquals(3L, stats.calls().get("sendText success"));
        assertEquals(1L, stats.calls().get("getStatus api_error"));
    }

    @Test
    void metricsInstanceTagAddsTheInstanceId() {
        api.stubFor(post(urlEqualTo(INSTANCE + "/chat/send/text")).willReturn(json(Fixtures.read("response-chat-send.shape.json"))));
        VZapsComponent tagged = new VZapsComponent();
        tagged.getConfiguration().setBaseUrl(api.baseUrl());
        tagged.getConfiguration().setClientToken(CLIENT_TOKEN);
        tagged.getConfiguration().setClientSecret(CLIENT_SECRET);
        tagged.setMetricsInstanceTag(true);
        context.addComponent("vzapsTagged", tagged);

        assertNull(template.send("vzapsTagged:sendText?instanceId=" + INSTANCE_ID + "&phone=5511999999999",
                e -> e.getMessage().setBody("hi")).getException());

        java.util.Collection<Meter> calls = registry.find("vzaps.calls").tag("instance_id", INSTANCE_ID).meters();
        assertEquals(1, calls.size(), meters());
    }

    private String meters() {
        return registry.getMeters().stream().map(m -> m.getId().toString()).toList().toString();
    }
}
