package org.camelvzaps.consumer.webhook;

import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camel's dev console {@code vzaps}, found the way Camel finds consoles (its service file), after real sends and
 * callbacks: calls by operation and outcome, the token's expiry (never the token), the webhook's last accepted
 * delivery and refusals, in text and JSON; and each endpoint's service location.
 */
class VZapsDevConsoleTest extends WebhookTestSupport {

    private static final String PATH = "/hooks/console";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=" + PATH + "&webhookSecret=" + SECRET_OPTION).routeId("hook")
                        .log("${header.CamelVZapsEventType}");
                from("direct:send").routeId("send").to("vzaps:sendText?instanceId=" + INSTANCE_ID + "&phone=5511999999999");
            }
        };
    }

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
        api.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/instances/" + INSTANCE_ID + "/chat/send/text"))
                .willReturn(json(Fixtures.read("response-chat-send.shape.json"))));
    }

    @Test
    void theConsoleShowsCallsTokenExpiryAndTheWebhookWithoutSecrets() throws Exception {
        template.sendBody("direct:send", "hi");
        template.sendBody("direct:send", "again");
        assertEquals(200, post(withSecret(PATH), Fixtures.read("webhook-Message-text.inferred.json")).statusCode());
        assertEquals(401, post(PATH + "?secret=nope", Fixtures.read("webhook-Message-text.inferred.json")).statusCode());

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("vzaps");
        assertNotNull(console, "the vzaps console is found through its service file");
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);

        assertTrue(text.contains("sendText success=2"), text);
        assertTrue(text.contains("token expires 20"), text);
        assertTrue(text.contains("Webhook route hook last accepted 20"), text);
        assertTrue(text.contains("unauthorized=1"), text);
        JsonObject component = ((List<JsonObject>) json.get("components")).get(0);
        assertEquals(2L, ((Map<?, ?>) component.get("calls")).get("sendText success"));
        assertNotNull(((List<JsonObject>) component.get("clients")).get(0).get("tokenExpiresAt"));
        JsonObject hook = ((List<JsonObject>) json.get("routes")).stream()
                .filter(r -> "hook".equals(r.get("routeId"))).findFirst().orElseThrow();
        assertEquals(1L, ((Map<?, ?>) hook.get("refused")).get("unauthorized"));
        String everything = text + json.toJson();
        for (String secret : new String[] { JWT, CLIENT_SECRET, CLIENT_TOKEN, SECRET, INSTANCE_TOKEN }) {
            assertFalse(everything.contains(secret), "the console shows a secret: " + everything);
        }
    }

    @Test
    void endpointsSayWhichServiceTheyTalkTo() {
        Endpoint send = context.getEndpoint("vzaps:sendText?instanceId=" + INSTANCE_ID);
        Endpoint realtime = context.getEndpoint("vzaps:realtime?instanceId=" + INSTANCE_ID
                                                + "&realtimeUrl=wss://rt.example.test");

        assertEquals(api.baseUrl(), assertInstanceOf(EndpointServiceLocation.class, send).getServiceUrl());
        assertEquals("http", ((EndpointServiceLocation) send).getServiceProtocol());
        assertEquals("wss://rt.example.test", ((EndpointServiceLocation) realtime).getServiceUrl());
        assertEquals("websocket", ((EndpointServiceLocation) realtime).getServiceProtocol());
    }
}
