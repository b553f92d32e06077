package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/**
 * Chats: list (paged), get, and the verbs that change a chat (archive, mute, pin, read, clear, delete, expiration).
 * A chat exists once a message went to or came from it (404 before); the instance must be paired (409).
 */
final class ChatHandlers implements SandboxArea {

    private static final String CHAT = "/instances/{id}/chats/{phone}";

    private final Clock clock;

    ChatHandlers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("GET", "/instances/{id}/chats", JWT_OR_INSTANCE, this::list);
        routes.add("GET", CHAT, JWT_OR_INSTANCE, this::get);
        verb(routes, "POST", "/archive", (chat, body) -> chat.archive(true));
        verb(routes, "POST", "/unarchive", (chat, body) -> chat.archive(false));
        verb(routes, "POST", "/mute", (chat, body) -> chat.mute(true, muteUntil(body)));
        verb(routes, "POST", "/unmute", (chat, body) -> chat.mute(false, null));
        verb(routes, "POST", "/pin", (chat, body) -> chat.pin(true));
        verb(routes, "POST", "/unpin", (chat, body) -> chat.pin(false));
        verb(routes, "POST", "/read", (chat, body) -> chat.read(true));
        verb(routes, "POST", "/unread", (chat, body) -> chat.read(false));
        verb(routes, "POST", "/clear", (chat, body) -> {
            Fields.optionalBool(body, "delete_media", false);
            chat.clear();
        });
        verb(routes, "PUT", "/expiration", (chat, body) -> chat.expiration(Fields.oneOf(body, "expiration", ChatBook.EXPIRATIONS)));
        routes.add("DELETE", CHAT, JWT_OR_INSTANCE, this::delete);
    }

    /** Query page (from 1) and page_size; answers an array of ChatInfo, pinned first, then newest first. */
    ApiResponse list(ApiRequest req) {
        Instance instance = req.connectedInstance();
        ArrayNode list = Json.MAPPER.createArrayNode();
        Paging.of(req).slice(instance.chats.list()).forEach(c -> list.add(c.toJson(clock.instant())));
        return ApiResponse.envelope(list);
    }

    ApiResponse get(ApiRequest req) {
        return ApiResponse.envelope(chat(req).toJson(clock.instant()));
    }

    /** Removes the chat and its messages (delete_media optional). */
    ApiResponse delete(ApiRequest req) {
        Fields.optionalBool(req.body(), "delete_media", false);
        ChatBook.Chat chat = chat(req);
        req.instance.chats.remove(chat.jid);
        req.instance.messages.forgetChat(chat.jid);
        return ApiResponse.statusOk();
    }

    private void verb(RouteTable.Registrar routes, String method, String suffix, BiConsumer<ChatBook.Chat, JsonNode> change) {
        routes.add(method, CHAT + suffix, JWT_OR_INSTANCE, req -> {
            JsonNode body = req.body();
            ChatBook.Chat chat = chat(req);
            change.accept(chat, body);
            return ApiResponse.statusOk();
        });
    }

    /** The chat of the {phone} path value (digits, group id or full JID). */
    private static ChatBook.Chat chat(ApiRequest req) {
        String jid = Phones.chatJid(req.param("phone"), "phone");
        return req.connectedInstance().chats.require(jid);
    }

    /** duration_seconds (optional, positive): muted until then; absent: muted until unmuted. */
    private java.time.Instant muteUntil(JsonNode body) {
        JsonNode d = body.get("duration_seconds");
        if (d == null || d.isNull()) {
            return null;
        }
        if (!d.canConvertToLong() || d.asLong() <= 0) {
            throw new ApiException(400, "duration_seconds must be a positive integer");
        }
        return clock.instant().plus(Duration.ofSeconds(d.asLong()));
    }
}
