package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The route list is the operation list of docs/operations.md, and every API route answers 2xx to a well-formed call. */
class EveryRouteTest {

    static final String PHONE = "5511999999999";

    /** Every operation's route (and its auth: docs/api-notes.md, "Authentication"), in the order the sandbox lists them. */
    static final List<String> API_ROUTES = List.of(
            "POST /token (NONE)",
            "PUT /instances/create (JWT)",
            "PUT /instances/provision (JWT)",
            "POST /instances/list (JWT)",
            "POST /instances/search (JWT)",
            "POST /instances/get (JWT)",
            "PATCH /instances/{id} (JWT_OR_INSTANCE)",
            "DELETE /instances/{id} (JWT_OR_INSTANCE)",
            "POST /instances/{id}/restart (JWT_OR_INSTANCE)",
            "POST /instances/{id}/subscribe (JWT)",
            "POST /instances/{id}/resume-subscription (JWT)",
            "PUT /instances/{id}/cancel (JWT)",
            "DELETE /instances/{id}/cancel (JWT)",
            "POST /instances/{id}/connect (JWT_OR_INSTANCE)",
            "GET /instances/{id}/session/qr (JWT_OR_INSTANCE)",
            "GET /instances/{id}/session/paircode/{phone} (JWT_OR_INSTANCE)",
            "GET /instances/{id}/session/status (JWT_OR_INSTANCE)",
            "POST /instances/{id}/session/disconnect (JWT_OR_INSTANCE)",
            "GET /instances/{id}/webhook (JWT_OR_INSTANCE)",
            "POST /instances/{id}/webhook (JWT_OR_INSTANCE)",
            "POST /instances/{id}/webhook/logs/search (JWT_OR_INSTANCE)",
            "GET /instances/{id}/webhook/logs/{logId} (JWT_OR_INSTANCE)",
            "POST /instances/{id}/webhook/logs/{logId}/retry (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/text (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/image (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/audio (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/document (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/video (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/sticker (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/gif (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/location (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/contact (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/buttons (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/list (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/link (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/send/poll (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/poll/vote (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/react (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/chat/react (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/presence (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/markread (JWT_OR_INSTANCE)",
            "PATCH /instances/{id}/chat/messages/{messageId} (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/chat/messages/{messageId} (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/downloadimage (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/downloadvideo (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/downloadaudio (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chat/downloaddocument (JWT_OR_INSTANCE)",
            "GET /instances/{id}/chats (JWT_OR_INSTANCE)",
            "GET /instances/{id}/chats/{phone} (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/archive (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/unarchive (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/mute (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/unmute (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/pin (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/unpin (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/read (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/unread (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chats/{phone}/clear (JWT_OR_INSTANCE)",
            "PUT /instances/{id}/chats/{phone}/expiration (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/chats/{phone} (JWT_OR_INSTANCE)",
            "POST /instances/{id}/user/info (JWT_OR_INSTANCE)",
            "POST /instances/{id}/user/check (JWT_OR_INSTANCE)",
            "POST /instances/{id}/user/avatar (JWT_OR_INSTANCE)",
            "GET /instances/{id}/user/contacts (JWT_OR_INSTANCE)",
            "GET /instances/{id}/contact/list (JWT_OR_INSTANCE)",
            "POST /instances/{id}/contact/add (JWT_OR_INSTANCE)",
            "GET /instances/{id}/group/list (JWT_OR_INSTANCE)",
            "GET /instances/{id}/group/info (JWT_OR_INSTANCE)",
            "GET /instances/{id}/group/invitelink (JWT_OR_INSTANCE)",
            "POST /instances/{id}/group/photo (JWT_OR_INSTANCE)",
            "POST /instances/{id}/group/name (JWT_OR_INSTANCE)",
            "POST /instances/{id}/group/description (JWT_OR_INSTANCE)",
            "POST /instances/{id}/group/settings (JWT_OR_INSTANCE)",
            "POST /instances/{id}/group/create (JWT_OR_INSTANCE)",
            "POST /instances/{id}/group/add-admin (JWT_OR_INSTANCE)",
            "POST /instances/{id}/group/remove-admin (JWT_OR_INSTANCE)",
            "GET /instances/{id}/queue/messages (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/queue/messages (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/queue/messages/{messageId} (JWT_OR_INSTANCE)",
            "GET /instances/{id}/queue/operations (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/queue/operations (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/queue/operations/{messageId} (JWT_OR_INSTANCE)",
            "GET /instances/{id}/typebots (JWT_OR_INSTANCE)",
            "POST /instances/{id}/typebots (JWT_OR_INSTANCE)",
            "PATCH /instances/{id}/typebots/{typebotId} (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/typebots/{typebotId} (JWT_OR_INSTANCE)",
            "POST /instances/{id}/typebots/sessions/start (JWT_OR_INSTANCE)",
            "POST /instances/{id}/typebots/{typebotId}/sessions/start (JWT_OR_INSTANCE)",
            "GET /instances/{id}/typebots/sessions (JWT_OR_INSTANCE)",
            "POST /instances/{id}/typebots/sessions/{sessionId}/pause (JWT_OR_INSTANCE)",
            "POST /instances/{id}/typebots/sessions/{sessionId}/close (JWT_OR_INSTANCE)",
            "GET /instances/{id}/chatwoot (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chatwoot (JWT_OR_INSTANCE)",
            "DELETE /instances/{id}/chatwoot (JWT_OR_INSTANCE)",
            "POST /instances/{id}/chatwoot/import/{importScope} (JWT_OR_INSTANCE)");

    @Test
    void apiRoutesAreTheComponentsOperations() {
        try (VZapsSandbox sb = VZapsSandbox.builder().build()) {
            List<String> api = sb.routes().stream().filter(r -> !r.contains(" /__sandbox/")).toList();
            assertEquals(API_ROUTES, api);
        }
    }

    @Test
    void everyApiRouteAnswers2xxToAWellFormedCall() {
        try (VZapsSandbox sb = VZapsSandbox.builder().connectEndpoint(true).autoPairAfterQrFetches(0)
                .eventGap(Duration.ofMillis(1)).build().start(); Receiver receiver = new Receiver()) {
            Api api = new Api(sb);
            String jwt = api.jwt();
            String id = api.pairedInstance(jwt, receiver);
            byte[] png = Api.png();
            Map<String, String> messageIds = new HashMap<>();
            messageIds.put("PATCH chat/messages", send(api, id, "text", Map.of("message", "first")));
            messageIds.put("DELETE chat/messages", send(api, id, "text", Map.of("message", "second")));
            String poll = send(api, id, "poll", Map.of("name", "Lunch?", "options", List.of("A", "B")));
            for (String kind : List.of("image", "video", "audio", "document")) {
                send(api, id, kind, Map.of(kind, Api.dataUrl("application/octet-stream", png)));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().stream().filter(h ->
                    h.type().equals("Message")).count() == 7);
            Map<String, JsonNode> nodes = new HashMap<>();
            for (Receiver.Hit h : receiver.hits()) {
                h.body().path("event").path("message").fields().forEachRemaining(e -> nodes.put(e.getKey(), e.getValue()));
            }
            String logId = sb.deliveryLogs(id).get(0).id();
            String group = api.on(id, "POST", "group/create", Map.of("group_name", "Team", "participants", List.of(PHONE)))
                    .data().get("jid").asText();
            String typebot = api.on(id, "POST", "typebots", Map.of("typebot_url", "https://typebot.example", "public_id", "dev"))
                    .data().get("typebot_id").asText();
            api.on(id, "POST", "typebots/" + typebot + "/sessions/start", Map.of("phone", PHONE, "message", "hi"));
            String session = api.on(id, "GET", "typebots/sessions", null).data().get(0).get("session_id").asText();
            api.on(id, "POST", "chatwoot", Map.of("url", "https://chatwoot.example", "account_id", "1", "token", "secret-token"));
            sb.holdQueue(id, true);
            messageIds.put("queue/messages", send(api, id, "text", Map.of("message", "waits")));
            String first = messageIds.get("PATCH chat/messages");
            api.on(id, "POST", "chat/react", Map.of("phone", PHONE, "message_id", first, "reaction", "👍"));
            messageIds.put("queue/operations", first);

            Map<String, Object> bodies = new HashMap<>();
            bodies.put("POST /token", Map.of("client_token", sb.clientToken(), "client_secret", sb.clientSecret()));
            bodies.put("PUT /instances/create", Map.of("name", "route check"));
            bodies.put("PUT /instances/provision", Map.of("name", "route check"));
            bodies.put("POST /instances/get", Map.of("id", id));
            bodies.put("PATCH /instances/{id}", Map.of("name", "renamed"));
            bodies.put("POST /instances/{id}/webhook", Map.of("webhookURL", receiver.url(), "events", "All"));
            bodies.put("POST /instances/{id}/webhook/logs/search", Map.of("status", "success"));
            bodies.put("POST /instances/{id}/chat/send/text", Map.of("phone", PHONE, "message", "hi"));
            for (String kind : List.of("image", "audio", "document", "video", "sticker", "gif")) {
                bodies.put("POST /instances/{id}/chat/send/" + kind, Map.of("phone", PHONE, kind, Api.dataUrl("image/png", png)));
            }
            bodies.put("POST /instances/{id}/chat/send/location", Map.of("phone", PHONE, "latitude", -23.5, "longitude", -46.6));
            bodies.put("POST /instances/{id}/chat/send/contact", Map.of("phone", PHONE, "contact_name", "Ana", "contact_phone", "5511988887777"));
            bodies.put("POST /instances/{id}/chat/send/buttons", Map.of("phone", PHONE, "message", "Pick",
                    "buttons", List.of(Map.of("id", "y", "text", "Yes"))));
            bodies.put("POST /instances/{id}/chat/send/list", Map.of("phone", PHONE, "button_text", "Menu",
                    "sections", List.of(Map.of("title", "S", "rows", List.of(Map.of("id", "r1", "title", "Row"))))));
            bodies.put("POST /instances/{id}/chat/send/link", Map.of("phone", PHONE, "link_url", "https://camel.apache.org"));
            bodies.put("POST /instances/{id}/chat/send/poll", Map.of("phone", PHONE, "name", "Q", "options", List.of("A", "B")));
            bodies.put("POST /instances/{id}/chat/poll/vote", Map.of("phone", PHONE, "message_id", poll, "vote", "A"));
            bodies.put("POST /instances/{id}/chat/react", Map.of("phone", PHONE, "message_id", first, "reaction", "🎉"));
            bodies.put("DELETE /instances/{id}/chat/react", Map.of("phone", PHONE, "message_id", first));
            bodies.put("POST /instances/{id}/chat/presence", Map.of("phone", PHONE, "state", "composing"));
            bodies.put("POST /instances/{id}/chat/markread", Map.of("id", List.of(first), "chat", PHONE + "@s.whatsapp.net"));
            bodies.put("PATCH /instances/{id}/chat/messages/{messageId}", Map.of("message", "edited"));
            for (String kind : List.of("image", "video", "audio", "document")) {
                bodies.put("POST /instances/{id}/chat/download" + kind, nodes.get(kind + "_message"));
            }
            bodies.put("POST /instances/{id}/chats/{phone}/mute", Map.of("duration_seconds", 60));
            bodies.put("PUT /instances/{id}/chats/{phone}/expiration", Map.of("expiration", "7_DAYS"));
            bodies.put("POST /instances/{id}/user/info", Map.of("phone", PHONE));
            bodies.put("POST /instances/{id}/user/check", Map.of("phone", List.of(PHONE)));
            bodies.put("POST /instances/{id}/user/avatar", Map.of("phone", PHONE, "preview", true));
            bodies.put("POST /instances/{id}/contact/add", Map.of("phone", PHONE, "first_name", "Ana"));
            bodies.put("POST /instances/{id}/group/photo", Map.of("group_id", group, "image", Api.dataUrl("image/png", png)));
            bodies.put("POST /instances/{id}/group/name", Map.of("group_id", group, "name", "Team 2"));
            bodies.put("POST /instances/{id}/group/description", Map.of("group_id", group, "description", "about"));
            bodies.put("POST /instances/{id}/group/settings", Map.of("group_id", group, "admin_only_message", true));
            bodies.put("POST /instances/{id}/group/create", Map.of("group_name", "Other", "participants", List.of(PHONE)));
            bodies.put("POST /instances/{id}/group/add-admin", Map.of("group_id", group, "participants", List.of(PHONE)));
            bodies.put("POST /instances/{id}/group/remove-admin", Map.of("group_id", group, "participants", List.of(PHONE)));
            bodies.put("POST /instances/{id}/typebots", Map.of("typebot_url", "https://typebot.example", "public_id", "other"));
            bodies.put("PATCH /instances/{id}/typebots/{typebotId}", Map.of("enabled", false));
            bodies.put("POST /instances/{id}/typebots/sessions/start", Map.of("public_id", "dev", "phone", PHONE, "message", "hi"));
            bodies.put("POST /instances/{id}/typebots/{typebotId}/sessions/start", Map.of("phone", PHONE, "message", "hi"));
            bodies.put("POST /instances/{id}/chatwoot", Map.of("name_inbox", "WhatsApp"));

            List<String> failures = new ArrayList<>();
            for (String route : inCallableOrder(API_ROUTES)) {
                String[] parts = route.split(" ");
                String key = parts[0] + " " + parts[1];
                String path = parts[1].replace("{id}", id).replace("{phone}", PHONE).replace("{logId}", logId)
                        .replace("{typebotId}", typebot).replace("{sessionId}", session).replace("{importScope}", "all")
                        .replace("{messageId}", messageIds.getOrDefault(messageIdKey(parts[0], parts[1]), "?"));
                if (path.endsWith("/group/info") || path.endsWith("/group/invitelink")) {
                    path += "?group_id=" + group + "&reset=true";
                }
                Api.Res r = route.endsWith("(JWT)") || route.endsWith("(NONE)")
                        ? api.withJwt(jwt, parts[0], path, bodies.getOrDefault(key, Map.of()))
                        : api.withInstanceToken(id, parts[0], path, bodies.get(key));
                if (r.status() < 200 || r.status() > 299) {
                    failures.add(route + " -> " + r.status() + " " + r.raw().body());
                }
            }
            assertEquals(List.of(), failures);
        }
    }

    /**
     * Deletes last (they take away what other calls need); deleting the chat (its messages go too) and disconnect
     * after them; the instance itself at the very end.
     */
    private static List<String> inCallableOrder(List<String> routes) {
        return routes.stream().sorted(Comparator.comparingInt((String r) -> r.startsWith("DELETE /instances/{id} ") ? 4
                : r.contains("/session/disconnect") ? 3 : r.startsWith("DELETE /instances/{id}/chats/") ? 2
                : r.startsWith("DELETE") ? 1 : 0)
                .thenComparing(r -> -r.length())).toList();
    }

    private static String messageIdKey(String method, String template) {
        if (template.contains("/queue/")) {
            return template.contains("/queue/messages/") ? "queue/messages" : "queue/operations";
        }
        return method + " chat/messages";
    }

    private static String send(Api api, String id, String kind, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("phone", PHONE);
        Api.Res r = api.on(id, "POST", "chat/send/" + kind, body);
        assertEquals(200, r.status(), () -> r.raw().body());
        return r.data().get("message_id").asText();
    }
}
