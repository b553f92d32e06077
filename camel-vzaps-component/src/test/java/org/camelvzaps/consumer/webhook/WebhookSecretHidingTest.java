package org.camelvzaps.consumer.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.InMemoryLogAppender;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook secret rides in the callback's query string; it must not reach the route (headers, properties) nor
 * any log line, whatever happens to the call.
 */
class WebhookSecretHidingTest extends WebhookTestSupport {

    private static final String PATH = "/hooks/vz";
    private static final String FAIL_PATH = "/hooks/fail";

    private final List<String> routedValues = new ArrayList<>();

    @Override
    protected void doPreSetup() throws Exception {
        super.doPreSetup();
        // from here on every line counts, route start-up included
        InMemoryLogAppender.clear();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=" + PATH + "&webhookSecret=" + SECRET_OPTION)
                        .process(WebhookSecretHidingTest.this::collect)
                        .to("log:events?showAll=true&multiline=true")
                        .to("mock:events");
                // secret first: the error handler's message history prints the start of the from URI
                from("vzaps:webhook?webhookSecret=" + SECRET_OPTION + "&webhookPath=" + FAIL_PATH)
                        .process(WebhookSecretHidingTest.this::collect)
                        .throwException(new IllegalStateException("route failed on purpose"));
            }
        };
    }

    private void collect(Exchange exchange) {
        exchange.getMessage().getHeaders().forEach((k, v) -> routedValues.add("header " + k + "=" + v));
        exchange.getAllProperties().forEach((k, v) -> routedValues.add("property " + k + "=" + v));
        exchange.getVariables().forEach((k, v) -> routedValues.add("variable " + k + "=" + v));
    }

    @Test
    void secretReachesNeitherTheRouteNorTheLog() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);
        String message = Fixtures.read("webhook-Message-text.inferred.json");

        assertEquals(200, post(withSecret(PATH) + "&other=1", message).statusCode());
        assertEquals(500, post(withSecret(FAIL_PATH), message).statusCode());
        assertEquals(400, post(withSecret(PATH), "{not json").statusCode());
        assertEquals(401, post(PATH + "?secret=wrong", message).statusCode());
        assertEquals(415, send("POST", withSecret(PATH), "text/plain", message, Map.of()).statusCode());
        events.assertIsSatisfied();

        assertFalse(routedValues.isEmpty(), "the routes saw nothing");
        for (String value : routedValues) {
            assertNoSecret(value, "routed exchange");
        }
        List<String> lines = InMemoryLogAppender.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("route failed on purpose")), "the route failure was not logged");
        for (String line : lines) {
            assertNoSecret(line, "log line");
        }
    }

    private static void assertNoSecret(String text, String where) {
        assertFalse(text.contains(SECRET), "secret in " + where + ": " + text);
        assertFalse(text.contains(ENCODED_SECRET), "URL-encoded secret in " + where + ": " + text);
    }
}
