package org.camelvzaps.consumer.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_SECRET;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_TOKEN;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_ID;
import static org.camelvzaps.test.VZapsTestSupport.JWT;
import static org.camelvzaps.consumer.webhook.WebhookTestSupport.ENCODED_SECRET;
import static org.camelvzaps.consumer.webhook.WebhookTestSupport.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Plain Camel Main configured only by properties (as an application.properties would): the webhook consumer listens
 * on the Main HTTP server with the secret from the properties, and the producer calls the API with the configured
 * credentials.
 */
class WebhookCamelMainTest {

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private Main main;

    @AfterEach
    void stopMain() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void webhookAndProducerConfiguredByPropertiesOnly() throws Exception {
        api.stubFor(WireMock.post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + JWT + "\",\"expires_in\":3600}")));
        api.stubFor(get(urlEqualTo("/instances/" + INSTANCE_ID + "/session/status")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(Fixtures.read("response-session-status-connected.json"))));
        int port = AvailablePortFinder.getNextAvailable();

        main = new Main();
        main.addInitialProperty("camel.component.vzaps.base-url", api.baseUrl());
        main.addInitialProperty("camel.component.vzaps.client-token", CLIENT_TOKEN);
        main.addInitialProperty("camel.component.vzaps.client-secret", CLIENT_SECRET);
        main.addInitialProperty("camel.component.vzaps.instance-id", INSTANCE_ID);
        main.addInitialProperty("camel.component.vzaps.webhook-secret", SECRET);
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.port", String.valueOf(port));
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook").to("mock:events");
                from("direct:status").to("vzaps:getStatus");
            }
        });
        main.start();
        CamelContext context = main.getCamelContext();

        MockEndpoint events = context.getEndpoint("mock:events", MockEndpoint.class);
        events.expectedMessageCount(1);
        String webhook = "http://localhost:" + port + VZapsConfiguration.DEFAULT_WEBHOOK_PATH;
        String message = Fixtures.read("webhook-Message-text.inferred.json");
        assertEquals(401, post(webhook, message).statusCode(), "a call without the secret must be refused");
        assertEquals(200, post(webhook + "?secret=" + ENCODED_SECRET, message).statusCode());
        events.assertIsSatisfied();
        assertEquals(INSTANCE_ID, events.getReceivedExchanges().get(0).getMessage()
                .getHeader("CamelVZapsInstanceId"), "the instance id option is the fallback for the event's instance");

        ProducerTemplate template = context.createProducerTemplate();
        Object status = template.requestBody("direct:status", (Object) null);
        assertInstanceOf(SessionStatus.class, status);

        api.verify(1, postRequestedFor(urlEqualTo("/token")).withRequestBody(equalToJson(
                "{\"client_token\":\"" + CLIENT_TOKEN + "\",\"client_secret\":\"" + CLIENT_SECRET + "\"}")));
        api.verify(1, getRequestedFor(urlEqualTo("/instances/" + INSTANCE_ID + "/session/status"))
                .withHeader("Authorization", equalTo("Bearer " + JWT)));
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
