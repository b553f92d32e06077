package org.camelvzaps.consumer.webhook;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.event.ConnectionEvent;
import org.camelvzaps.model.event.MessageEvent;
import org.camelvzaps.model.event.ReadReceiptEvent;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the route gets for each body VZaps sends: a {@link VZapsEvent} with its headers and typed views, for the
 * bare webhook body and the realtime envelope, for known and unknown event types.
 */
class WebhookEventBodiesTest extends WebhookTestSupport {

    private static final String PATH = "/hooks/vz";
    private static final String OTHER_INSTANCE = "VZ0000000000000000000000OTHER";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=" + PATH + "&webhookSecret=" + SECRET_OPTION).to("mock:events");
            }
        };
    }

    @Test
    void bareTextMessage() throws Exception {
        Message in = deliver(Fixtures.read("webhook-Message-text.inferred.json"), Map.of());

        assertEquals("Message", in.getHeader(VZapsConstants.EVENT_TYPE));
        assertNull(in.getHeader(VZapsConstants.EVENT_ID), "the bare body carries no event id");
        VZapsEvent event = in.getBody(VZapsEvent.class);
        assertTrue(event.isMessage());
        MessageEvent message = event.asMessage();
        assertEquals("Hello", message.text());
        assertEquals("3EB0C0FFEE000000000000", message.id());
        assertEquals("5511999999999@s.whatsapp.net", message.chat());
        assertEquals("5511999999999@s.whatsapp.net", message.sender());
        assertEquals("Contact Name", message.pushName());
        assertFalse(message.fromMe());
        assertFalse(message.group());
        assertNull(message.mediaKind());
        assertNull(message.mediaUrl());
    }

    @Test
    void bareImageMessage() throws Exception {
        Message in = deliver(Fixtures.read("webhook-Message-image.inferred.json"), Map.of());

        MessageEvent message = in.getBody(VZapsEvent.class).asMessage();
        assertEquals("image", message.mediaKind());
        assertEquals("photo", message.caption());
        assertEquals("photo", message.text(), "a media caption is the message text");
        assertEquals("image/jpeg", message.mimetype());
        assertEquals("https://media.example/file.jpg", message.mediaUrl());
        assertEquals("3EB0C0FFEE000000000001", message.id());
    }

    @Test
    void realtimeEnvelope() throws Exception {
        Message in = deliver(Fixtures.read("realtime-envelope-Message.json"), Map.of());

        assertEquals("Message", in.getHeader(VZapsConstants.EVENT_TYPE));
        assertEquals("evt_0001", in.getHeader(VZapsConstants.EVENT_ID));
        assertEquals(INSTANCE_ID, in.getHeader(VZapsConstants.INSTANCE_ID));
        VZapsEvent event = in.getBody(VZapsEvent.class);
        assertEquals("evt_0001", event.id());
        assertEquals(INSTANCE_ID, event.instanceId());
        assertEquals("2026-06-23T22:57:17.000Z", event.createdAt());
        assertEquals("https://media.example/file.jpg", event.asMessage().mediaUrl());
    }

    @Test
    void instanceIdInTheBodyBeatsTheRequestHeader() throws Exception {
        Message in = deliver(Fixtures.read("realtime-envelope-Message.json"), Map.of("X-Instance-ID", OTHER_INSTANCE));

        assertEquals(INSTANCE_ID, in.getHeader(VZapsConstants.INSTANCE_ID));
    }

    @Test
    void instanceIdFallsBackToTheXInstanceIdHeader() throws Exception {
        Message in = deliver(Fixtures.read("webhook-Message-text.inferred.json"), Map.of("X-Instance-ID", OTHER_INSTANCE));

        assertEquals(OTHER_INSTANCE, in.getHeader(VZapsConstants.INSTANCE_ID));
        assertEquals(OTHER_INSTANCE, in.getBody(VZapsEvent.class).instanceId());
    }

    @Test
    void readReceipt() throws Exception {
        Message in = deliver(Fixtures.read("webhook-ReadReceipt.inferred.json"), Map.of());

        assertEquals("ReadReceipt", in.getHeader(VZapsConstants.EVENT_TYPE));
        ReadReceiptEvent receipt = in.getBody(VZapsEvent.class).asReadReceipt();
        assertEquals("Read", receipt.state());
        assertEquals(List.of("3EB0C0FFEE000000000000"), receipt.messageIds());
        assertEquals("5511999999999@s.whatsapp.net", receipt.chat());
    }

    @Test
    void connected() throws Exception {
        Message in = deliver(Fixtures.read("webhook-Connected.inferred.json"), Map.of());

        assertEquals("Connected", in.getHeader(VZapsConstants.EVENT_TYPE));
        ConnectionEvent connection = in.getBody(VZapsEvent.class).asConnection();
        assertTrue(connection.connected());
    }

    @Test
    void disconnected() throws Exception {
        Message in = deliver(Fixtures.read("webhook-Disconnected.inferred.json"), Map.of());

        assertEquals("Disconnected", in.getHeader(VZapsConstants.EVENT_TYPE));
        assertFalse(in.getBody(VZapsEvent.class).asConnection().connected());
    }

    @Test
    void unknownTypeIsRoutedAsGenericEventWithItsRawEvent() throws Exception {
        Message in = deliver("{\"type\":\"LabelAssociation\",\"event\":{\"label_id\":\"7\",\"action\":\"add\"}}", Map.of());

        assertEquals("LabelAssociation", in.getHeader(VZapsConstants.EVENT_TYPE));
        VZapsEvent event = in.getBody(VZapsEvent.class);
        assertEquals("LabelAssociation", event.type());
        assertFalse(event.isMessage());
        assertEquals("7", event.event().get("label_id").asText());
        assertEquals("add", event.event().get("action").asText());
    }

    private Message deliver(String body, Map<String, String> headers) throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        HttpResponse<String> response = send("POST", withSecret(PATH), JSON, body, headers);

        assertEquals(200, response.statusCode(), response.body());
        events.assertIsSatisfied();
        Exchange exchange = events.getReceivedExchanges().get(0);
        return exchange.getMessage();
    }
}
