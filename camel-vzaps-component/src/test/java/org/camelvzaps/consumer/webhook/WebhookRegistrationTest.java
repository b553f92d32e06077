package org.camelvzaps.consumer.webhook;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code registerWebhook=true}: on route start the consumer reads the instance's webhook configuration and points it
 * at itself (secret in the URL); on route stop it puts the previous configuration back. A failed registration stops
 * the route from starting with a message that says why, without the secret.
 */
class WebhookRegistrationTest extends WebhookTestSupport {

    private static final String ROUTE = "registered";
    private static final String PATH = "/hooks/vz";
    private static final String WEBHOOK_URL = "/instances/" + INSTANCE_ID + "/webhook";
    private static final String EXTERNAL = "https://public.example.com";

    @BeforeEach
    void stubApi() {
        stubToken();
        api.stubFor(get(urlEqualTo(WEBHOOK_URL)).willReturn(json(Fixtures.read("response-webhook-get.json"))));
        api.stubFor(WireMock.post(urlEqualTo(WEBHOOK_URL)).willReturn(json(Fixtures.read("response-webhook-set.json"))));
    }

    private static String uri(String extra) {
        return "vzaps:webhook?webhookPath=" + PATH + "&webhookSecret=" + SECRET_OPTION + "&instanceId=" + INSTANCE_ID
                + "&events=Message,ReadReceipt&registerWebhook=true" + extra;
    }

    private void addRoute(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE).to("mock:events");
            }
        });
    }

    @Test
    void registersOnStartAndRestoresThePreviousConfigurationOnStop() throws Exception {
        addRoute(uri("&webhookExternalUrl=" + EXTERNAL));

        api.verify(1, getRequestedFor(urlEqualTo(WEBHOOK_URL)).withHeader("Authorization", equalTo("Bearer " + JWT)));
        api.verify(1, postRequestedFor(urlEqualTo(WEBHOOK_URL))
                .withHeader("Authorization", equalTo("Bearer " + JWT))
                .withRequestBody(equalToJson("{\"webhookURL\":\"" + EXTERNAL + PATH + "?secret=" + ENCODED_SECRET
                        + "\",\"events\":\"Message,ReadReceipt\"}")));

        context.getRouteController().stopRoute(ROUTE);

        api.verify(2, postRequestedFor(urlEqualTo(WEBHOOK_URL)));
        api.verify(1, postRequestedFor(urlEqualTo(WEBHOOK_URL))
                .withRequestBody(equalToJson("{\"webhookURL\":\"https://cliente.exemplo.com/webhooks/vzaps\","
                        + "\"events\":\"Message,ReadReceipt,Connected,Disconnected\"}")));
    }

    @Test
    void restartedRouteRegistersAgainAndReceivesCallbacks() throws Exception {
        addRoute(uri("&webhookExternalUrl=" + EXTERNAL));
        context.getRouteController().stopRoute(ROUTE);
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(0);
        assertEquals(404, post(withSecret(PATH), Fixtures.read("webhook-Message-text.inferred.json")).statusCode(),
                "a stopped route must not listen");
        events.assertIsSatisfied();

        context.getRouteController().startRoute(ROUTE);

        api.verify(2, getRequestedFor(urlEqualTo(WEBHOOK_URL)));
        api.verify(2, postRequestedFor(urlEqualTo(WEBHOOK_URL))
                .withRequestBody(equalToJson("{\"webhookURL\":\"" + EXTERNAL + PATH + "?secret=" + ENCODED_SECRET
                        + "\",\"events\":\"Message,ReadReceipt\"}")));
        events.reset();
        events.expectedMessageCount(1);
        assertEquals(200, post(withSecret(PATH), Fixtures.read("webhook-Message-text.inferred.json")).statusCode());
        events.assertIsSatisfied();
    }

    @Test
    void trailingSlashOfTheExternalUrlIsNotDoubled() throws Exception {
        addRoute(uri("&webhookExternalUrl=" + EXTERNAL + "/"));

        api.verify(1, postRequestedFor(urlEqualTo(WEBHOOK_URL))
                .withRequestBody(equalToJson("{\"webhookURL\":\"" + EXTERNAL + PATH + "?secret=" + ENCODED_SECRET
                        + "\",\"events\":\"Message,ReadReceipt\"}")));
    }

    @Test
    void failedRegistrationStopsTheRouteFromStartingAndSaysWhy() throws Exception {
        api.stubFor(WireMock.post(urlEqualTo(WEBHOOK_URL)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":403,\"success\":false,\"error\":\"forbidden\"}")));

        Exception e = assertThrows(Exception.class, () -> addRoute(uri("&webhookExternalUrl=" + EXTERNAL)));

        String messages = messages(e);
        assertTrue(e.getMessage().contains("Could not register"), e.getMessage());
        assertTrue(e.getMessage().contains("403"), e.getMessage());
        assertFalse(messages.contains(SECRET), messages);
        assertFalse(messages.contains(ENCODED_SECRET), messages);
        assertFalse(context.getRouteController().getRouteStatus(ROUTE).isStarted());
        // nothing listens: a callback finds no endpoint and is not routed
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(0);
        assertEquals(404, post(withSecret(PATH), Fixtures.read("webhook-Message-text.inferred.json")).statusCode());
        events.assertIsSatisfied();
    }

    @Test
    void missingExternalUrlIsNamed() {
        Exception e = assertThrows(Exception.class, () -> addRoute(uri("")));

        assertTrue(e.getMessage().contains("webhookExternalUrl"), messages(e));
        api.verify(0, postRequestedFor(urlEqualTo(WEBHOOK_URL)));
    }

    private static String messages(Throwable e) {
        List<String> all = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.add(t.getClass().getName() + ": " + t.getMessage());
        }
        return String.join("\n caused by ", all);
    }
}
