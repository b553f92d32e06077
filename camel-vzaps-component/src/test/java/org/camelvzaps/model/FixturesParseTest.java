package org.camelvzaps.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.Json;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.model.event.ReadReceiptEvent;
import org.camelvzaps.model.event.MessageEvent;
import org.camelvzaps.model.message.MediaDownload;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.model.user.CheckUsersResult;
import org.camelvzaps.model.webhook.WebhookConfig;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.model.session.QrResult;
import org.camelvzaps.model.session.QrCode;
import org.camelvzaps.model.session.QrAlreadyConnected;
import org.camelvzaps.model.instance.SubscriptionResult;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.InstanceAction;
import org.camelvzaps.model.session.LinkingCode;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shared fixture that is a response or an event reads into the model the component hands to routes.
 */
class FixturesParseTest {

    private static JsonNode data(String fixture) throws Exception {
        JsonNode json = Json.mapper().readTree(Fixtures.read(fixture));
        return json.has("data") && json.has("success") ? json.get("data") : json;
    }

    private static <T> T read(String fixture, Class<T> type) throws Exception {
        return Json.mapper().treeToValue(data(fixture), type);
    }

    @Test
    void instanceResponses() throws Exception {
        Instance created = read("response-instances-create.json", Instance.class);
        assertEquals("VZ9K2M4N8P1Q3R5S7T0WABCD01EF", created.id());
        assertEquals(List.of("Message", "Connected", "Disconnected"), created.eventsSubscribe());
        assertEquals(Boolean.FALSE, created.connected());
        assertEquals("2026-04-13T10:00:00Z", created.createdAt());
        assertFalse(created.toString().contains("inst_"), "the instance token stays out of toString");

        SubscriptionResult subscription = read("response-instances-subscribe.shape.json", SubscriptionResult.class);
        assertEquals("https://checkout.example/session", subscription.url());
        assertFalse(subscription.isCheckout());

        assertEquals("Instance canceled successfully", data("response-instances-cancel.json").get("message").asText());
        assertEquals("ok", data("response-instances-resume-subscription.json").get("status").asText());
        assertEquals("ok", read("response-instance-action.shape.json", InstanceAction.class).status());
        assertEquals("ok", data("response-status-ok.json").get("status").asText());
    }

    @Test
    void sessionResponses() throws Exception {
        assertInstanceOf(QrCode.class, read("response-session-qr.QRCode.json", QrResult.class));
        assertInstanceOf(QrCode.class, read("response-session-qr.qr_code.json", QrResult.class));
        QrAlreadyConnected connected = assertInstanceOf(QrAlreadyConnected.class,
                read("response-session-qr.already-connected.shape.json", QrResult.class));
        assertEquals("5511999999999", connected.phone());
        assertEquals("9H3J-H3J8", read("response-session-paircode.json", LinkingCode.class).code());

        SessionStatus status = read("response-session-status-connected.json", SessionStatus.class);
        assertTrue(status.connected());
        assertEquals("551151968302@s.whatsapp.net", status.whatsappJid());
        assertEquals("Aprova Mesa Prop", status.pushName());
        assertEquals("Aprova Mesa Prop", status.businessName());
        assertEquals("America/Sao_Paulo", status.businessProfile().businessHoursTimezone());
        assertEquals(List.of(new SessionStatus.Category("1022050661163852", "Finance")), status.businessProfile().categories());
        assertEquals("true", status.businessProfile().profileOptions().get("cart_enabled"));
        assertEquals("1242225976", status.profilePictureId());
        assertEquals("https://pps.whatsapp.net/v/t61.24694-24/example.jpg", status.profilePictureUrl());
        assertEquals("https://wa.me/551151968302", status.profileUrl());
        assertNull(status.verifiedName());

        SessionStatus disconnected = read("response-session-status-disconnected.json", SessionStatus.class);
        assertFalse(disconnected.connected());
        assertNull(disconnected.phone());
    }

    @Test
    void webhookAndMessageResponses() throws Exception {
        WebhookConfig got = read("response-webhook-get.json", WebhookConfig.class);
        WebhookConfig set = read("response-webhook-set.json", WebhookConfig.class);
        List<String> events = List.of("Message", "ReadReceipt", "Connected", "Disconnected");
        assertEquals(events, got.events());
        assertEquals(events, set.events());
        assertEquals("https://cliente.exemplo.com/webhooks/vzaps", got.webhook());

        assertEquals("3EB0EXAMPLE", read("response-chat-send.shape.json", SendResult.class).messageId());
        assertTrue(read("response-user-check.json", CheckUsersResult.class).user("5511999999999").orElseThrow().isOnWhatsApp());
        MediaDownload avatar = read("response-user-avatar.json", MediaDownload.class);
        assertEquals("image/jpeg", avatar.mimeType());
        assertEquals("PNG", new String(avatar.bytes(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("jwt", data("response-token.json").get("access_token").asText());
    }

    @Test
    void events() throws Exception {
        MessageEvent text = event("webhook-Message-text.inferred.json").asMessage();
        assertEquals("Hello", text.text());
        assertEquals("3EB0C0FFEE000000000000", text.id());
        assertEquals("5511999999999@s.whatsapp.net", text.chat());
        assertEquals("Contact Name", text.pushName());
        assertFalse(text.fromMe());
        assertNull(text.mediaKind());

        VZapsEvent imageEvent = event("webhook-Message-image.inferred.json");
        MessageEvent image = imageEvent.asMessage();
        assertEquals("image", image.mediaKind());
        assertEquals("photo", image.caption());
        assertEquals("image/jpeg", image.mimetype());
        assertEquals("https://media.example/file.jpg", image.mediaUrl());
        assertEquals("BASE64KEY=", imageEvent.event().at("/message/image_message/media_key").asText(), "raw event kept");

        ReadReceiptEvent receipt = event("webhook-ReadReceipt.inferred.json").asReadReceipt();
        assertEquals("Read", receipt.state());
        assertEquals(List.of("3EB0C0FFEE000000000000"), receipt.messageIds());

        assertTrue(event("webhook-Connected.inferred.json").asConnection().connected());
        assertFalse(event("webhook-Disconnected.inferred.json").asConnection().connected());

        VZapsEvent documented = event("webhook-payload-documented.json");
        assertEquals("Message", documented.type());
        assertEquals("https://media.example/file.jpg", documented.mediaUrl());

        VZapsEvent envelope = event("realtime-envelope-Message.json");
        assertEquals("evt_0001", envelope.id());
        assertEquals("VZ9K2M4N8P1Q3R5S7T0WABCD01EF", envelope.instanceId());
        assertEquals("2026-06-23T22:57:17.000Z", envelope.createdAt());
        assertEquals("https://media.example/file.jpg", envelope.mediaUrl());

        VZapsEvent minimal = event("realtime-envelope-minimal.sdk-test.json");
        assertEquals("Message", minimal.type());
        assertEquals("evt_1", minimal.id());
        assertEquals("VZ1", minimal.instanceId());
    }

    @Test
    void pascalCaseEventsFromOlderDeploymentsAreReadToo() throws Exception {
        VZapsEvent event = VZapsEvent.parse(Json.mapper().valueToTree(Map.of("type", "ReadReceipt", "state", "Delivered",
                "event", Map.of("Chat", "551100@s.whatsapp.net", "MessageIDs", List.of("A", "B")))));
        ReadReceiptEvent receipt = event.asReadReceipt();
        assertEquals(List.of("A", "B"), receipt.messageIds());
        assertEquals("551100@s.whatsapp.net", receipt.chat());
    }

    @Test
    void everyResponseAndEventFixtureIsCovered() throws Exception {
        // a new fixture dropped into src/test/resources/fixtures must be added above, not silently skipped
        List<String> covered = List.of("response-instances-create.json", "response-instances-subscribe.shape.json",
                "response-instances-cancel.json", "response-instances-resume-subscription.json",
                "response-instance-action.shape.json", "response-status-ok.json", "response-session-qr.QRCode.json",
                "response-session-qr.qr_code.json", "response-session-qr.already-connected.shape.json",
                "response-session-paircode.json", "response-session-status-connected.json",
                "response-session-status-disconnected.json", "response-webhook-get.json", "response-webhook-set.json",
                "response-chat-send.shape.json", "response-user-check.json", "response-user-avatar.json",
                "response-token.json", "response-token-camelcase.sdk-test.json", "webhook-Message-text.inferred.json",
                "webhook-Message-image.inferred.json", "webhook-ReadReceipt.inferred.json", "webhook-Connected.inferred.json",
                "webhook-Disconnected.inferred.json", "webhook-payload-documented.json", "realtime-envelope-Message.json",
                "realtime-envelope-minimal.sdk-test.json");
        java.nio.file.Path dir = java.nio.file.Path.of(Fixtures.class.getResource("/fixtures").toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            List<String> present = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("response-") || n.startsWith("webhook-") || n.startsWith("realtime-envelope"))
                    .sorted().toList();
            assertEquals(present, covered.stream().sorted().toList());
        }
    }

    private static VZapsEvent event(String fixture) throws Exception {
        return VZapsEvent.parse(Json.mapper().readTree(Fixtures.read(fixture)));
    }
}
