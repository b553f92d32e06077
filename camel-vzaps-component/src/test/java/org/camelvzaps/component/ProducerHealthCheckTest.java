package org.camelvzaps.component;

import java.util.Collection;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camel's producer readiness checks ({@code healthCheckProducerEnabled}, producers repository on): the vzaps producer
 * is UP when the account's credentials give a JWT, asking {@code POST /token} once per token lifetime however often
 * the check runs, and DOWN with the reason, never a secret, when they are refused.
 */
class ProducerHealthCheckTest extends VZapsTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("vzaps", VZapsComponent.class).setHealthCheckProducerEnabled(true);
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("vzaps:sendText?instanceId=" + INSTANCE_ID);
            }
        };
    }

    @BeforeEach
    void reset() {
        api.resetAll();
    }

    private HealthCheck.Result producerCheck() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context);
        Optional<HealthCheck.Result> vzaps = results.stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:vzaps:")).findFirst();
        assertTrue(vzaps.isPresent(), "no vzaps producer check among " + results.stream().map(r -> r.getCheck().getId())
                .toList());
        return vzaps.get();
    }

    @Test
    void upWhenATokenCanBeObtainedAskingOncePerTokenLifetime() {
        stubToken();

        for (int i = 0; i < 5; i++) {
            HealthCheck.Result result = producerCheck();
            assertEquals(HealthCheck.State.UP, result.getState(), result.getMessage().toString());
            assertEquals("jwt", result.getDetails().get("vzaps.auth"));
            assertTrue(result.getDetails().containsKey("vzaps.tokenExpiresAt"));
        }
        assertEquals(1, api.findAll(postRequestedFor(urlEqualTo("/token"))).size());
    }

    @Test
    void downWithTheReasonAndNoSecretWhenTheCredentialsAreRefused() {
        api.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"invalid client_secret " + CLIENT_SECRET + "\"}")));

        HealthCheck.Result first = producerCheck();
        HealthCheck.Result second = producerCheck();

        assertEquals(HealthCheck.State.DOWN, first.getState());
        assertEquals("VZaps refused the account's credentials (HTTP 401): check clientToken and clientSecret",
                first.getMessage().orElse(null));
        assertEquals(HealthCheck.State.DOWN, second.getState());
        String everything = first.getMessage() + " " + first.getDetails() + " " + first.getError();
        assertFalse(everything.contains(CLIENT_SECRET) || everything.contains(CLIENT_TOKEN), everything);
        assertEquals(1, api.findAll(postRequestedFor(urlEqualTo("/token"))).size(),
                "a failure is not asked again on every check");
    }

    @Test
    void downWhenTheHostIsUnreachable() throws Exception {
        context.getComponent("vzaps", VZapsComponent.class).getConfiguration().setBaseUrl("http://127.0.0.1:1");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:nowhere").to("vzaps:getStatus?instanceId=" + INSTANCE_ID + "&baseUrl=http://127.0.0.1:1");
            }
        });

        String message = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().contains("127.0.0.1")).findFirst().orElseThrow()
                .getMessage().orElse("");

        assertTrue(message.startsWith("VZaps API unreachable at http://127.0.0.1:1"), message);
    }
}
