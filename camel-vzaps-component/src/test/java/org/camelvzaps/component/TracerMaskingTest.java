package org.camelvzaps.component;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.InMemoryLogAppender;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With Camel's tracer and log masking on, a token set as the CamelVZapsInstanceToken header before a vzaps: step
 * shows masked in the trace lines of every step it passes, and in a log of the headers.
 */
class TracerMaskingTest extends VZapsTestSupport {

    private static final String HEADER_TOKEN = "inst_TRACED_header_token_6b2f";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setTracing(true);
        context.setLogMask(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:status").routeId("traced")
                        .setHeader(VZapsConstants.INSTANCE_TOKEN, constant(HEADER_TOKEN))
                        .log("headers ${headers}")
                        .to("vzaps:getStatus?instanceId=" + INSTANCE_ID + "&clientSecret=");
            }
        };
    }

    @Test
    void theHeaderTokenIsMaskedInTracerAndLogLines() {
        api.stubFor(get(urlEqualTo("/instances/" + INSTANCE_ID + "/session/status"))
                .willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));
        InMemoryLogAppender.clear();

        template.requestBody("direct:status", "");

        api.verify(getRequestedFor(urlEqualTo("/instances/" + INSTANCE_ID + "/session/status"))
                .withHeader("X-Instance-Token", com.github.tomakehurst.wiremock.client.WireMock.equalTo(HEADER_TOKEN)));
        String log = InMemoryLogAppender.all();
        assertTrue(log.contains("CamelVZapsInstanceToken=xxxxxx"), "the tracer printed the header, masked:\n" + log);
        assertFalse(log.contains(HEADER_TOKEN), "the token value appears nowhere in the log:\n" + log);
    }
}
