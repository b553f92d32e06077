package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** chats: created by messages, changed by the verbs, shown by listChats and getChat. */
class ChatsTest extends PairedInstanceTest {

    static final String ANA = "5511988887777";
    static final String BIA = "5511977776666";

    @BeforeEach
    void twoChats() {
        api.on(id, "POST", "chat/send/text", Map.of("phone", ANA, "message", "hi Ana"));
        sandbox.injectInboundMessage(id, BIA, "Bia", "hi there");
    }

    @Test
    void chatsExistOnceAMessageWentOrCame() {
        JsonNode list = api.on(id, "GET", "chats", null).data();
        assertEquals(List.of(BIA, ANA), list.findValuesAsText("phone"));
        JsonNode bia = api.on(id, "GET", "chats/" + BIA, null).data();
        assertEquals(List.of("jid", "phone", "name", "archived", "pinned", "muted", "mute_until", "marked_unread",
                "unread_count", "expiration", "last_message_at"), Shapes.names(bia));
        assertEquals(BIA + "@s.whatsapp.net", bia.get("jid").asText());
        assertEquals("Bia", bia.get("name").asText());
        assertEquals(1, bia.get("unread_count").asInt());
        assertEquals("OFF", bia.get("expiration").asText());
        assertTrue(bia.get("mute_until").isNull());
        Instant.parse(bia.get("last_message_at").asText());
        assertEquals(BIA, api.on(id, "GET", "chats/" + BIA + "@s.whatsapp.net", null).data().get("phone").asText());
        AuthTest.assertError(api.on(id, "GET", "chats/5511900000000", null), 404);
        AuthTest.assertError(api.on(id, "POST", "chats/5511900000000/archive", null), 404);
        AuthTest.assertError(api.on(id, "GET", "chats/abc", null), 400);
    }

    @Test
    void verbsPersistAndShowInListAndGet() {
        ok("POST", "chats/" + ANA + "/archive", null);
        ok("POST", "chats/" + ANA + "/pin", null);
        ok("POST", "chats/" + ANA + "/mute", Map.of("duration_seconds", 3600));
        ok("POST", "chats/" + BIA + "/mute", null);
        ok("POST", "chats/" + ANA + "/unread", null);
        ok("PUT", "chats/" + ANA + "/expiration", Map.of("expiration", "7_DAYS"));
        JsonNode ana = api.on(id, "GET", "chats", null).data().get(0); // pinned first
        assertEquals(ANA, ana.get("phone").asText());
        assertTrue(ana.get("archived").asBoolean());
        assertTrue(ana.get("pinned").asBoolean());
        assertTrue(ana.get("muted").asBoolean());
        assertTrue(Instant.parse(ana.get("mute_until").asText()).isAfter(Instant.now().plusSeconds(3500)));
        assertTrue(ana.get("marked_unread").asBoolean());
        assertEquals("7_DAYS", ana.get("expiration").asText());
        JsonNode bia = api.on(id, "GET", "chats/" + BIA, null).data();
        assertTrue(bia.get("muted").asBoolean());
        assertTrue(bia.get("mute_until").isNull());

        ok("POST", "chats/" + ANA + "/unarchive", null);
        ok("POST", "chats/" + ANA + "/unpin", null);
        ok("POST", "chats/" + ANA + "/unmute", null);
        ok("POST", "chats/" + ANA + "/read", null);
        ok("POST", "chats/" + BIA + "/clear", Api.fixture("request-chats-clear.json"));
        ana = api.on(id, "GET", "chats/" + ANA, null).data();
        assertFalse(ana.get("archived").asBoolean());
        assertFalse(ana.get("pinned").asBoolean());
        assertFalse(ana.get("muted").asBoolean());
        assertFalse(ana.get("marked_unread").asBoolean());
        assertEquals(0, api.on(id, "GET", "chats/" + BIA, null).data().get("unread_count").asInt());

        AuthTest.assertError(api.on(id, "PUT", "chats/" + ANA + "/expiration", Map.of("expiration", "1_YEAR")), 400);
        AuthTest.assertError(api.on(id, "POST", "chats/" + ANA + "/mute", Map.of("duration_seconds", -5)), 400);
    }

    @Test
    void deleteRemovesTheChatAndPagingSlicesTheList() {
        assertEquals(1, api.on(id, "GET", "chats?page=2&page_size=1", null).data().size());
        assertEquals(0, api.on(id, "GET", "chats?page=3&page_size=1", null).data().size());
        ok("DELETE", "chats/" + ANA, null);
        AuthTest.assertError(api.on(id, "GET", "chats/" + ANA, null), 404);
        assertEquals(List.of(BIA), api.on(id, "GET", "chats", null).data().findValuesAsText("phone"));
        api.on(id, "POST", "chat/send/text", Map.of("phone", ANA, "message", "back"));
        assertEquals(200, api.on(id, "GET", "chats/" + ANA, null).status());
    }

    @Test
    void chatsNeedAPairedInstance() {
        sandbox.disconnect(id);
        AuthTest.assertError(api.on(id, "GET", "chats", null), 409);
        AuthTest.assertError(api.on(id, "POST", "chats/" + ANA + "/archive", null), 409);
    }
}
