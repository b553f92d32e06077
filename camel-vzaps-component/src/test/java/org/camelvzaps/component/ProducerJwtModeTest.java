package org.camelvzaps.component;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.session.QrCode;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.model.instance.SubscriptionResult;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With clientToken + clientSecret every call carries the JWT and the client token; instance calls also carry the
 * instance token when one is known (what the official SDKs send on every call).
 */
class ProducerJwtModeTest extends VZapsTestSupport {

    private static final String INSTANCE = "/instances/" + INSTANCE_ID;

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
    }

    @Test
    void createInstanceSendsTheDocumentedFieldsAndSetsTheInstanceIdHeader() {
        api.stubFor(put(urlEqualTo("/instances/create")).willReturn(json(Fixtures.read("response-instances-create.json"))));

        CreateInstanceRequest request = CreateInstanceRequest.named("My instance")
                .webhook("https://customer.example.com/webhooks/vzaps")
                .eventsSubscribe(List.of("Message", "Connected", "Disconnected"))
                .rejectCalls(false).autoReadMessages(false)
                .labels(Map.of("team", "sales"));
        Exchange result = template.request("vzaps:createInstance", e -> e.getMessage().setBody(request));

        api.verify(putRequestedFor(urlEqualTo("/instances/create"))
                .withHeader("Authorization", equalTo("Bearer " + JWT))
                .withHeader("X-Client-Token", equalTo(CLIENT_TOKEN))
                .withHeader("X-Instance-Token", absent())
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("{\"name\":\"My instance\",\"webhook\":\"https://customer.example.com/webhooks/vzaps\","
                        + "\"events_subscribe\":[\"Message\",\"Connected\",\"Disconnected\"],\"reject_calls\":false,"
                        + "\"auto_read_messages\":false,\"labels\":{\"team\":\"sales\"}}")));
        Instance instance = result.getMessage().getBody(Instance.class);
        assertEquals(INSTANCE_ID, instance.id());
        assertEquals("inst_xxxxxxxxxxxxx", instance.token());
        assertEquals(List.of("Message", "Connected", "Disconnected"), instance.eventsSubscribe());
        assertEquals("TRIALING", instance.billingStatus());
        assertEquals(INSTANCE_ID, result.getMessage().getHeader(VZapsConstants.INSTANCE_ID));
        assertEquals(200, result.getMessage().getHeader(VZapsConstants.HTTP_STATUS));
    }

    @Test
    void createInstanceTakesAPlainStringAsTheName() {
        api.stubFor(put(urlEqualTo("/instances/create")).willReturn(json(Fixtures.read("response-instances-create.json"))));

        template.requestBody("vzaps:createInstance", "Store front");

        api.verify(putRequestedFor(urlEqualTo("/instances/create")).withRequestBody(equalToJson("{\"name\":\"Store front\"}")));
    }

    @Test
    void createInstanceTakesAMapOrJsonText() {
        api.stubFor(put(urlEqualTo("/instances/create")).willReturn(json(Fixtures.read("response-instances-create.json"))));

        template.requestBody("vzaps:createInstance", Map.of("name", "From map", "reject_calls", true));
        template.requestBody("vzaps:createInstance", "{\"name\":\"From JSON\",\"auto_read_messages\":true}");

        api.verify(putRequestedFor(urlEqualTo("/instances/create"))
                .withRequestBody(equalToJson("{\"name\":\"From map\",\"reject_calls\":true}")));
        api.verify(putRequestedFor(urlEqualTo("/instances/create"))
                .withRequestBody(equalToJson("{\"name\":\"From JSON\",\"auto_read_messages\":true}")));
    }

    @Test
    void subscribeSendsAnEmptyObjectByDefaultEvenAfterCreateLeftAnInstanceInTheBody() {
        api.stubFor(put(urlEqualTo("/instances/create")).willReturn(json(Fixtures.read("response-instances-create.json"))));
        api.stubFor(post(urlEqualTo(INSTANCE + "/subscribe"))
                .willReturn(json(Fixtures.read("response-instances-subscribe.shape.json"))));

        // the route users write: create, then subscribe the instance just created
        Exchange result = template.request("vzaps:createInstance", e -> e.getMessage().setBody("Store"));
        result = template.send("vzaps:subscribe", result);

        api.verify(postRequestedFor(urlEqualTo(INSTANCE + "/subscribe"))
                .withHeader("Authorization", equalTo("Bearer " + JWT))
                .withHeader("X-Client-Token", equalTo(CLIENT_TOKEN))
                .withHeader("X-Instance-Token", absent())
                .withRequestBody(equalToJson("{}")));
        SubscriptionResult subscription = result.getMessage().getBody(SubscriptionResult.class);
        assertEquals("direct", subscription.mode());
        assertEquals("cs_example", subscription.sessionId());
        assertEquals("sub_example", subscription.subscriptionId());
        assertFalse(subscription.isCheckout());
        assertEquals(null, result.getMessage().getHeader(VZapsConstants.CHECKOUT_URL));
    }

    @Test
    void subscribeSendsTheGivenBody() {
        api.stubFor(post(urlEqualTo(INSTANCE + "/subscribe"))
                .willReturn(json(Fixtures.read("response-instances-subscribe.shape.json"))));

        template.requestBodyAndHeader("vzaps:subscribe", "{\"billing\":\"direct\"}", VZapsConstants.INSTANCE_ID, INSTANCE_ID);

        api.verify(postRequestedFor(urlEqualTo(INSTANCE + "/subscribe")).withRequestBody(equalToJson("{\"billing\":\"direct\"}")));
    }

    @Test
    void instanceOperationsCarryJwtClientTokenAndInstanceToken() {
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/status"))
                .willReturn(json(Fixtures.read("response-session-status-connected.json"))));
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr")).willReturn(json(Fixtures.read("response-session-qr.qr_code.json"))));

        String options = "?instanceId=" + INSTANCE_ID + "&instanceToken=RAW(" + INSTANCE_TOKEN + ")";
        SessionStatus status = template.requestBody("vzaps:getStatus" + options, null, SessionStatus.class);
        Object qr = template.requestBody("vzaps:getQr" + options, (Object) null);

        for (String path : List.of("/session/status", "/session/qr")) {
            api.verify(getRequestedFor(urlEqualTo(INSTANCE + path))
                    .withHeader("Authorization", equalTo("Bearer " + JWT))
                    .withHeader("X-Client-Token", equalTo(CLIENT_TOKEN))
                    .withHeader("X-Instance-Token", equalTo(INSTANCE_TOKEN))
                    .withHeader("Content-Type", absent())
                    .withRequestBody(absent()));
        }
        assertTrue(status.connected());
        assertEquals("551151968302", status.phone());
        assertInstanceOf(QrCode.class, qr);
    }

    @Test
    void sendTextTakesTheTextAsBodyAndThePhoneFromTheHeader() {
        api.stubFor(post(urlEqualTo(INSTANCE + "/chat/send/text")).willReturn(json(Fixtures.read("response-chat-send.shape.json"))));

        SendResult sent = template.requestBodyAndHeaders("vzaps:sendText?instanceId=" + INSTANCE_ID, "Hello from Java",
                Map.of(VZapsConstants.PHONE, "5511999999999"), SendResult.class);

        api.verify(postRequestedFor(urlEqualTo(INSTANCE + "/chat/send/text"))
                .withHeader("Authorization", equalTo("Bearer " + JWT))
                .withRequestBody(equalToJson(Fixtures.read("request-chat-send-text.json"))));
        assertEquals("3EB0EXAMPLE", sent.messageId());
    }

    @Test
    void setWebhookSendsWebhookUrlAndCsvEvents() {
        api.stubFor(post(urlEqualTo(INSTANCE + "/webhook")).willReturn(json(Fixtures.read("response-webhook-set.json"))));

        template.requestBodyAndHeader("vzaps:setWebhook",
                org.camelvzaps.model.webhook.SetWebhookRequest.of("https://cliente.exemplo.com/webhooks/whatsapp",
                        List.of("Message", "ReadReceipt", "Connected", "Disconnected")),
                VZapsConstants.INSTANCE_ID, INSTANCE_ID);

        api.verify(postRequestedFor(urlEqualTo(INSTANCE + "/webhook"))
                .withRequestBody(equalToJson(Fixtures.read("request-webhook-set.json"))));
    }
}
