package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** queue/*: work waits while the queue is held; list, remove, purge; release runs what is left. */
class QueueTest extends PairedInstanceTest {

    static final String PHONE = "5511999999999";

    @Test
    void heldSendsAreListedRemovedAndPurged() {
        assertEquals(0, api.on(id, "GET", "queue/messages", null).data().size());
        sandbox.holdQueue(id, true);
        String first = send("one");
        String second = send("two");
        String third = send("three");
        JsonNode queued = api.on(id, "GET", "queue/messages", null).data();
        assertEquals(List.of(first, second, third), queued.findValuesAsText("message_id"));
        assertEquals(List.of("message_id", "phone", "type", "status", "created_at"), Shapes.names(queued.get(0)));
        assertEquals("queued", queued.get(0).get("status").asText());
        assertEquals("text", queued.get(0).get("type").asText());
        assertEquals(PHONE, queued.get(0).get("phone").asText());

        assertEquals(Api.fixture("response-status-ok.json"), api.on(id, "DELETE", "queue/messages/" + second, null).data());
        AuthTest.assertError(api.on(id, "DELETE", "queue/messages/" + second, null), 404);
        assertEquals(List.of(first, third), api.on(id, "GET", "queue/messages", null).data().findValuesAsText("message_id"));

        Api.Res purge = api.on(id, "DELETE", "queue/messages", null);
        assertEquals(Map.of("status", "ok", "removed", 2), Api.MAPPER.convertValue(purge.data(), Map.class));
        assertEquals(0, api.on(id, "GET", "queue/messages", null).data().size());
        AuthTest.assertError(api.on(id, "PATCH", "chat/messages/" + first, Map.of("message", "never sent")), 404);
    }

    @Test
    void heldActionsAreOperationsAndReleaseRunsWhatIsLeft() {
        try (Receiver receiver = new Receiver()) {
            api.on(id, "POST", "webhook", Map.of("webhookURL", receiver.url(), "events", "Message"));
            String sent = send("hello");
            sandbox.holdQueue(id, true);
            api.on(id, "POST", "chat/react", Map.of("phone", PHONE, "message_id", sent, "reaction", "👍"));
            api.on(id, "PATCH", "chat/messages/" + sent, Map.of("message", "edited"));
            JsonNode operations = api.on(id, "GET", "queue/operations", null).data();
            assertEquals(List.of("reaction", "edit"), operations.findValuesAsText("type"));
            assertEquals(List.of(sent, sent), operations.findValuesAsText("message_id"));
            assertEquals(200, api.on(id, "DELETE", "queue/operations/" + sent, null).status()); // the reaction
            String later = send("later");
            assertEquals(1, api.on(id, "GET", "queue/messages", null).data().size());

            sandbox.holdQueue(id, false);
            assertEquals(0, api.on(id, "GET", "queue/operations", null).data().size());
            assertEquals(0, api.on(id, "GET", "queue/messages", null).data().size());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 3);
            List<String> nodes = receiver.hits().stream().map(h -> h.body().get("event").get("message").fieldNames().next()).toList();
            assertEquals(List.of("conversation", "protocol_message", "conversation"), nodes);
            assertEquals(later, receiver.hits().get(2).body().get("event").get("info").get("id").asText());
            Api.Res purge = api.on(id, "DELETE", "queue/operations", null);
            assertEquals(0, purge.data().get("removed").asInt());
        }
    }

    @Test
    void configurationAreasWorkWithoutPairing() {
        String unpaired = api.createInstance(api.jwt());
        assertEquals(200, api.on(unpaired, "GET", "queue/messages", null).status());
        assertEquals(200, api.on(unpaired, "DELETE", "queue/operations", null).status());
        assertEquals(200, api.on(unpaired, "POST", "typebots", Map.of("typebot_url", "https://t.example", "public_id", "p")).status());
        assertEquals(200, api.on(unpaired, "POST", "chatwoot", Map.of("url", "https://c.example", "account_id", "1", "token", "t")).status());
        assertEquals(200, api.on(unpaired, "GET", "webhook", null).status());
        AuthTest.assertError(api.on(unpaired, "GET", "chats", null), 409);
    }

    private String send(String text) {
        Api.Res r = api.on(id, "POST", "chat/send/text", Map.of("phone", PHONE, "message", text));
        assertEquals(200, r.status(), () -> r.raw().body());
        return r.data().get("message_id").asText();
    }
}
