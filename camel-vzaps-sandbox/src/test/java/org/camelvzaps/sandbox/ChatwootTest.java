package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** chatwoot: absent until set, token only masked, import scopes. No pairing needed. */
class ChatwootTest extends PairedInstanceTest {

    @Test
    void setGetDeleteWithTheTokenOnlyMasked() {
        AuthTest.assertError(api.on(id, "GET", "chatwoot", null), 404);
        AuthTest.assertError(api.on(id, "POST", "chatwoot", Map.of("url", "https://chatwoot.example")), 400);
        Api.Res set = api.on(id, "POST", "chatwoot", Map.of("url", "https://chatwoot.example", "account_id", "7",
                "token", "cw_secret_token_1234", "name_inbox", "WhatsApp", "ignore_jids", List.of("123@g.us")));
        assertEquals(200, set.status(), () -> set.raw().body());
        JsonNode config = api.on(id, "GET", "chatwoot", null).data();
        assertEquals(set.data(), config);
        assertFalse(config.has("token"));
        assertFalse(config.toString().contains("cw_secret_token_1234"));
        assertEquals("cw_s****1234", config.get("token_masked").asText());
        assertEquals(sandbox.baseUrl() + "/chatwoot/webhook/" + id, config.get("webhook_url").asText());
        assertEquals("WhatsApp", config.get("name_inbox").asText());

        api.on(id, "POST", "chatwoot", Map.of("name_inbox", "Support"));
        config = api.on(id, "GET", "chatwoot", null).data();
        assertEquals("Support", config.get("name_inbox").asText());
        assertEquals("cw_s****1234", config.get("token_masked").asText());

        assertEquals(Api.fixture("response-status-ok.json"), api.on(id, "DELETE", "chatwoot", null).data());
        AuthTest.assertError(api.on(id, "GET", "chatwoot", null), 404);
    }

    @Test
    void importTakesContactsMessagesOrAll() {
        AuthTest.assertError(api.on(id, "POST", "chatwoot/import/all", null), 409);
        api.on(id, "POST", "chatwoot", Map.of("url", "https://chatwoot.example", "account_id", "7", "token", "t"));
        for (String scope : List.of("contacts", "messages", "all")) {
            assertEquals(Api.fixture("response-status-ok.json"), api.on(id, "POST", "chatwoot/import/" + scope, null).data());
        }
        AuthTest.assertError(api.on(id, "POST", "chatwoot/import/everything", null), 400);
    }
}
