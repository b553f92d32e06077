package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** typebots: configurations and sessions opened → paused → closed; no pairing needed. */
class TypebotTest extends PairedInstanceTest {

    @Test
    void createListUpdateDelete() {
        Api.Res created = api.on(id, "POST", "typebots", Map.of("typebot_url", "https://typebot.example",
                "public_id", "dev", "trigger_type", "keyword", "trigger_value", "hi", "priority", 5));
        assertEquals(200, created.status(), () -> created.raw().body());
        JsonNode config = created.data();
        String typebot = config.get("typebot_id").asText();
        assertTrue(typebot.startsWith("tb_"), typebot);
        assertEquals("keyword", config.get("trigger_type").asText());
        assertEquals(5, config.get("priority").asInt());
        assertTrue(config.get("enabled").asBoolean());
        assertTrue(config.has("created_at"));
        assertTrue(config.has("ignore_groups"));
        assertEquals(List.of(typebot), api.on(id, "GET", "typebots", null).data().findValuesAsText("typebot_id"));

        assertEquals(Api.fixture("response-status-ok.json"),
                api.on(id, "PATCH", "typebots/" + typebot, Map.of("enabled", false, "priority", 9)).data());
        JsonNode updated = api.on(id, "GET", "typebots", null).data().get(0);
        assertFalse(updated.get("enabled").asBoolean());
        assertEquals(9, updated.get("priority").asInt());
        AuthTest.assertError(api.on(id, "PATCH", "typebots/" + typebot, Map.of("trigger_type", "sometimes")), 400);
        AuthTest.assertError(api.on(id, "PATCH", "typebots/" + typebot, Map.of("priority", "high")), 400);
        assertEquals(9, api.on(id, "GET", "typebots", null).data().get(0).get("priority").asInt());

        assertEquals(200, api.on(id, "DELETE", "typebots/" + typebot, null).status());
        AuthTest.assertError(api.on(id, "DELETE", "typebots/" + typebot, null), 404);
        AuthTest.assertError(api.on(id, "PATCH", "typebots/tb_nope", Map.of("enabled", true)), 404);
        assertEquals(0, api.on(id, "GET", "typebots", null).data().size());
        AuthTest.assertError(api.on(id, "POST", "typebots", Map.of("public_id", "dev")), 400);
    }

    @Test
    void sessionsStartByIdOrPublicIdThenPauseAndClose() {
        String typebot = api.on(id, "POST", "typebots", Map.of("typebot_url", "https://typebot.example", "public_id", "dev"))
                .data().get("typebot_id").asText();
        Api.Res byPublicId = api.on(id, "POST", "typebots/sessions/start", Api.fixture("request-typebot-session-start.json"));
        assertEquals(Api.fixture("response-status-ok.json"), byPublicId.data());
        assertEquals(200, api.on(id, "POST", "typebots/" + typebot + "/sessions/start",
                Map.of("phone", "5511988887777", "message", "hi")).status());
        JsonNode sessions = api.on(id, "GET", "typebots/sessions", null).data();
        assertEquals(2, sessions.size());
        JsonNode first = sessions.get(0);
        assertEquals(List.of("session_id", "typebot_id", "phone", "push_name", "status", "created_at", "updated_at"),
                Shapes.names(first));
        assertEquals("Gustavo Almeida", first.get("push_name").asText());
        assertEquals(typebot, first.get("typebot_id").asText());
        String session = first.get("session_id").asText();
        assertTrue(session.startsWith("tbs_"), session);
        assertEquals("opened", first.get("status").asText());

        assertEquals(200, api.on(id, "POST", "typebots/sessions/" + session + "/pause", null).status());
        assertEquals("paused", status(session));
        assertEquals(200, api.on(id, "POST", "typebots/sessions/" + session + "/close", null).status());
        assertEquals("closed", status(session));
        AuthTest.assertError(api.on(id, "POST", "typebots/sessions/" + session + "/pause", null), 409);
        AuthTest.assertError(api.on(id, "POST", "typebots/sessions/tbs_nope/close", null), 404);

        AuthTest.assertError(api.on(id, "POST", "typebots/sessions/start",
                Map.of("public_id", "unknown", "phone", "5511988887777", "message", "hi")), 404);
        AuthTest.assertError(api.on(id, "POST", "typebots/tb_nope/sessions/start",
                Map.of("phone", "5511988887777", "message", "hi")), 404);
        AuthTest.assertError(api.on(id, "POST", "typebots/" + typebot + "/sessions/start", Map.of("phone", "5511988887777")), 400);
    }

    private String status(String session) {
        for (JsonNode s : api.on(id, "GET", "typebots/sessions", null).data()) {
            if (s.get("session_id").asText().equals(session)) {
                return s.get("status").asText();
            }
        }
        throw new AssertionError("no session " + session);
    }
}
