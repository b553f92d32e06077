package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** chat/send/*, the message actions and media (events, downloads, the media URL). */
class MessagesTest extends PairedInstanceTest {

    static final String PHONE = "5511999999999";
    static final String CHAT = PHONE + "@s.whatsapp.net";

    Receiver receiver;

    @BeforeEach
    void receiver() {
        receiver = new Receiver();
        api.on(id, "POST", "webhook", Map.of("webhookURL", receiver.url(), "events", "All"));
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void everySendEmitsMessageThenDeliveredAndReadWithItsNode() {
        byte[] png = Api.png();
        Map<String, Map<String, Object>> sends = new java.util.LinkedHashMap<>();
        sends.put("text", Map.of("message", "hi"));
        sends.put("image", Map.of("image", Api.dataUrl("image/png", png), "caption", "look"));
        sends.put("audio", Map.of("audio", Api.dataUrl("audio/ogg", png), "ptt", true));
        sends.put("document", Map.of("document", Api.dataUrl("application/pdf", png), "file_name", "offer.pdf"));
        sends.put("video", Map.of("video", Api.dataUrl("video/mp4", png), "caption", "clip"));
        sends.put("sticker", Map.of("sticker", Api.dataUrl("image/webp", png)));
        sends.put("gif", Map.of("gif", Api.dataUrl("video/mp4", png)));
        sends.put("location", Map.of("latitude", -23.56, "longitude", -46.65, "name", "Office"));
        sends.put("contact", Map.of("contact_name", "Ana", "contact_phone", "5511988887777"));
        sends.put("buttons", Map.of("message", "Pick", "buttons", List.of(Map.of("id", "y", "text", "Yes"))));
        sends.put("list", Map.of("button_text", "Menu", "sections",
                List.of(Map.of("title", "S", "rows", List.of(Map.of("id", "r1", "title", "Row"))))));
        sends.put("link", Map.of("message", "see", "link_url", "https://camel.apache.org"));
        sends.put("poll", Map.of("name", "Lunch?", "options", List.of("Pizza", "Sushi")));
        Map<String, String> expectedNode = Map.ofEntries(Map.entry("text", "conversation"),
                Map.entry("image", "image_message"), Map.entry("audio", "audio_message"),
                Map.entry("document", "document_message"), Map.entry("video", "video_message"),
                Map.entry("sticker", "sticker_message"), Map.entry("gif", "video_message"),
                Map.entry("location", "location_message"), Map.entry("contact", "contact_message"),
                Map.entry("buttons", "buttons_message"), Map.entry("list", "list_message"),
                Map.entry("link", "extended_text_message"), Map.entry("poll", "poll_creation_message"));
        Map<String, String> ids = new HashMap<>();
        sends.forEach((kind, fields) -> {
            Map<String, Object> body = new HashMap<>(fields);
            body.put("phone", PHONE);
            Api.Res r = api.on(id, "POST", "chat/send/" + kind, body);
            assertEquals(200, r.status(), () -> kind + ": " + r.raw().body());
            Shapes.assertSameShape(Api.fixture("response-chat-send.shape.json"), r.json());
            ids.put(kind, r.data().get("message_id").asText());
            assertTrue(ids.get(kind).matches("3EB0[0-9A-F]{16}"), ids.get(kind));
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 3 * sends.size());
        List<Receiver.Hit> hits = receiver.hits();
        int i = 0;
        for (String kind : sends.keySet()) {
            JsonNode message = hits.get(i).body();
            assertEquals("Message", message.get("type").asText(), kind);
            JsonNode info = message.get("event").get("info");
            assertEquals(ids.get(kind), info.get("id").asText());
            assertTrue(info.get("is_from_me").asBoolean());
            assertEquals(CHAT, info.get("chat").asText());
            assertTrue(message.get("event").get("message").has(expectedNode.get(kind)), kind + ": " + message);
            assertEquals("Delivered", hits.get(i + 1).body().get("state").asText());
            assertEquals("Read", hits.get(i + 2).body().get("state").asText());
            assertEquals(ids.get(kind), hits.get(i + 2).body().get("event").get("message_i_ds").get(0).asText());
            i += 3;
        }
        JsonNode image = hits.get(3).body();
        Shapes.assertSameShape(Api.fixture("webhook-Message-image.inferred.json"), image);
        assertEquals("image", image.get("event").get("info").get("media_type").asText());
        assertEquals("look", image.get("event").get("message").get("image_message").get("caption").asText());
        assertEquals("ptt", hits.get(6).body().get("event").get("info").get("media_type").asText());
        JsonNode document = hits.get(9).body().get("event").get("message").get("document_message");
        assertEquals("offer.pdf", document.get("file_name").asText());
        assertEquals("application/pdf", document.get("mimetype").asText());
        assertEquals(png.length, document.get("file_length").asInt());
        assertTrue(hits.get(18).body().get("event").get("message").get("video_message").get("gif_playback").asBoolean());
        assertEquals(-23.56, hits.get(21).body().get("event").get("message").get("location_message")
                .get("degrees_latitude").asDouble());
    }

    @Test
    void sendsValidateTheirRequiredFieldsNamingThem() {
        List<Map.Entry<String, Map<String, Object>>> bad = new java.util.ArrayList<>();
        bad.add(Map.entry("text:message", Map.of("phone", PHONE)));
        bad.add(Map.entry("image:image", Map.of("phone", PHONE, "caption", "no file")));
        bad.add(Map.entry("image:image", Map.of("phone", PHONE, "image", "not a url")));
        bad.add(Map.entry("audio:audio", Map.of("phone", PHONE)));
        bad.add(Map.entry("document:document", Map.of("phone", PHONE, "file_name", "x.pdf")));
        bad.add(Map.entry("video:video", Map.of("phone", PHONE)));
        bad.add(Map.entry("sticker:sticker", Map.of("phone", PHONE)));
        bad.add(Map.entry("gif:gif", Map.of("phone", PHONE)));
        bad.add(Map.entry("location:latitude", Map.of("phone", PHONE, "longitude", 1.0)));
        bad.add(Map.entry("location:longitude", Map.of("phone", PHONE, "latitude", 1.0, "longitude", 200.0)));
        bad.add(Map.entry("contact:contact_name", Map.of("phone", PHONE, "contact_phone", "5511988887777")));
        bad.add(Map.entry("buttons:buttons", Map.of("phone", PHONE, "message", "Pick")));
        bad.add(Map.entry("list:sections", Map.of("phone", PHONE, "button_text", "Menu")));
        bad.add(Map.entry("link:link_url", Map.of("phone", PHONE, "message", "no link")));
        bad.add(Map.entry("poll:options", Map.of("phone", PHONE, "name", "Q", "options", List.of("only one"))));
        bad.add(Map.entry("poll:name", Map.of("phone", PHONE, "options", List.of("A", "B"))));
        bad.add(Map.entry("text:phone", Map.of("phone", "+5511999999999", "message", "hi")));
        bad.forEach(entry -> {
            String key = entry.getKey();
            Map<String, Object> body = entry.getValue();
            String[] k = key.split(":");
            Api.Res r = api.on(id, "POST", "chat/send/" + k[0], body);
            AuthTest.assertError(r, 400);
            assertTrue(r.json().get("message").asText().startsWith(k[1]), key + ": " + r.json());
        });
    }

    @Test
    void sendsNeedAPairedInstance() {
        String unpaired = api.createInstance(api.jwt());
        AuthTest.assertError(api.on(unpaired, "POST", "chat/send/image",
                Map.of("phone", PHONE, "image", Api.dataUrl("image/png", Api.png()))), 409);
        AuthTest.assertError(api.on(unpaired, "POST", "chat/react",
                Map.of("phone", PHONE, "message_id", "3EB0000000000000000", "reaction", "x")), 409);
    }

    @Test
    void imageSentAsDataUrlIsServedAtTheMediaUrlAndDownloadable() throws Exception {
        byte[] png = Api.png();
        api.on(id, "POST", "chat/send/image", Map.of("phone", PHONE, "image", Api.dataUrl("image/png", png)));
        JsonNode message = awaitMessage();
        String mediaUrl = message.get("media_url").asText();
        assertTrue(mediaUrl.startsWith(sandbox.baseUrl() + "/__sandbox/media/"), mediaUrl);
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(mediaUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals("image/png", file.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(png, file.body());

        JsonNode node = message.get("event").get("message").get("image_message");
        for (String key : List.of("url", "direct_path", "media_key")) {
            Api.Res d = api.on(id, "POST", "chat/downloadimage", Map.of(key, node.get(key).asText()));
            assertEquals(200, d.status(), () -> d.raw().body());
            assertEquals("image/png", d.data().get("mimetype").asText());
            assertArrayEquals(png, decode(d.data().get("data").asText(), "image/png"));
        }
        assertEquals(200, api.on(id, "POST", "chat/downloadimage", node).status());
        AuthTest.assertError(api.on(id, "POST", "chat/downloadimage", Map.of("media_key", "bm9wZQ==")), 404);
        AuthTest.assertError(api.on(id, "POST", "chat/downloaddocument", node), 400);
        assertEquals(404, api.call("GET", "/__sandbox/media/med_nope", null).status());
    }

    @Test
    void mediaGivenAsUrlIsAcceptedWithoutFetchingIt() {
        Api.Res r = api.on(id, "POST", "chat/send/document", Map.of("phone", PHONE,
                "document", "https://files.example/offer.pdf", "file_name", "offer.pdf"));
        assertEquals(200, r.status(), () -> r.raw().body());
        JsonNode message = awaitMessage();
        assertEquals("https://files.example/offer.pdf", message.get("media_url").asText());
        JsonNode node = message.get("event").get("message").get("document_message");
        assertEquals("application/pdf", node.get("mimetype").asText());
        AuthTest.assertError(api.on(id, "POST", "chat/downloaddocument", node), 404);
    }

    @Test
    void inboundImageCanBeDownloaded() throws Exception {
        byte[] png = Api.png();
        String messageId = sandbox.injectInboundMedia(id, "5511988887777", "Ana", "image", png, "image/png", "hello", null);
        JsonNode message = awaitMessage();
        assertEquals(messageId, message.get("event").get("info").get("id").asText());
        assertFalse(message.get("event").get("info").get("is_from_me").asBoolean());
        Shapes.assertSameShape(Api.fixture("webhook-Message-image.inferred.json"), message);
        Api.Res d = api.on(id, "POST", "chat/downloadimage", message.get("event").get("message").get("image_message"));
        assertArrayEquals(png, decode(d.data().get("data").asText(), "image/png"));
    }

    @Test
    void reactEditDeleteAndVoteNeedAKnownMessage() {
        String text = api.on(id, "POST", "chat/send/text", Map.of("phone", PHONE, "message", "hi")).data().get("message_id").asText();
        String poll = api.on(id, "POST", "chat/send/poll", Map.of("phone", PHONE, "name", "Q", "options", List.of("A", "B")))
                .data().get("message_id").asText();
        String unknown = "3EB0FFFFFFFFFFFFFFFF";
        AuthTest.assertError(api.on(id, "POST", "chat/react", Map.of("phone", PHONE, "message_id", unknown, "reaction", "👍")), 404);
        AuthTest.assertError(api.on(id, "DELETE", "chat/react", Map.of("phone", PHONE, "message_id", unknown)), 404);
        AuthTest.assertError(api.on(id, "PATCH", "chat/messages/" + unknown, Map.of("message", "x")), 404);
        AuthTest.assertError(api.on(id, "DELETE", "chat/messages/" + unknown, null), 404);
        AuthTest.assertError(api.on(id, "POST", "chat/poll/vote", Map.of("phone", PHONE, "message_id", unknown, "vote", "A")), 404);
        AuthTest.assertError(api.on(id, "POST", "chat/react", Map.of("phone", "5511900000000", "message_id", text, "reaction", "👍")), 404);
        AuthTest.assertError(api.on(id, "POST", "chat/react", Map.of("phone", PHONE, "message_id", text)), 400);

        Api.Res react = api.on(id, "POST", "chat/react", Map.of("phone", PHONE, "message_id", text, "reaction", "👍"));
        assertEquals(Map.of("status", "ok", "message_id", text), Api.MAPPER.convertValue(react.data(), Map.class));
        assertEquals(200, api.on(id, "DELETE", "chat/react", Map.of("phone", PHONE, "message_id", text)).status());
        AuthTest.assertError(api.on(id, "POST", "chat/poll/vote", Map.of("phone", PHONE, "message_id", text, "vote", "A")), 400);
        AuthTest.assertError(api.on(id, "POST", "chat/poll/vote", Map.of("phone", PHONE, "message_id", poll, "vote", "C")), 400);
        assertEquals(200, api.on(id, "POST", "chat/poll/vote", Map.of("phone", PHONE, "message_id", poll,
                "selected_options", List.of("B"))).status());
        assertEquals(200, api.on(id, "PATCH", "chat/messages/" + text, Map.of("message", "hello")).status());
        AuthTest.assertError(api.on(id, "PATCH", "chat/messages/" + text, Map.of()), 400);
        assertEquals(200, api.on(id, "DELETE", "chat/messages/" + text, null).status());
        AuthTest.assertError(api.on(id, "PATCH", "chat/messages/" + text, Map.of("message", "again")), 404);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 6 + 5);
        List<String> nodes = receiver.hits().stream().skip(6).map(h -> h.body().get("event").get("message")
                .fieldNames().next()).toList();
        assertEquals(List.of("reaction_message", "reaction_message", "poll_update_message", "protocol_message",
                "protocol_message"), nodes);
        JsonNode edit = receiver.hits().get(9).body().get("event").get("message").get("protocol_message");
        assertEquals("MESSAGE_EDIT", edit.get("type").asText());
        assertEquals(text, edit.get("key").get("id").asText());
        assertEquals("hello", edit.get("edited_message").get("conversation").asText());
    }

    @Test
    void presenceAndMarkReadValidate() {
        assertEquals(Api.fixture("response-status-ok.json"),
                api.on(id, "POST", "chat/presence", Map.of("phone", PHONE, "state", "composing")).data());
        AuthTest.assertError(api.on(id, "POST", "chat/presence", Map.of("phone", PHONE, "state", "dancing")), 400);
        String inbound = sandbox.injectInboundMessage(id, PHONE, "Ana", "hi");
        assertEquals(1, api.on(id, "GET", "chats/" + PHONE, null).data().get("unread_count").asInt());
        AuthTest.assertError(api.on(id, "POST", "chat/markread", Map.of("chat", CHAT)), 400);
        AuthTest.assertError(api.on(id, "POST", "chat/markread", Map.of("id", List.of("3EB0FFFFFFFFFFFFFFFF"), "chat", CHAT)), 404);
        assertEquals(200, api.on(id, "POST", "chat/markread", Map.of("id", List.of(inbound), "chat", CHAT)).status());
        assertEquals(0, api.on(id, "GET", "chats/" + PHONE, null).data().get("unread_count").asInt());
    }

    private JsonNode awaitMessage() {
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.types().contains("Message"));
        return receiver.hits().stream().filter(h -> h.type().equals("Message")).findFirst().orElseThrow().body();
    }

    static byte[] decode(String dataUrl, String mimetype) {
        String prefix = "data:" + mimetype + ";base64,";
        assertTrue(dataUrl.startsWith(prefix), dataUrl);
        return Base64.getDecoder().decode(dataUrl.substring(prefix.length()));
    }
}
