package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.List;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/**
 * What the account does to existing messages: vote in a poll, react and remove a reaction, edit, delete, mark read;
 * and presence. The target message must exist (404); the change goes through the instance's operations queue.
 */
final class MessageActionHandlers implements SandboxArea {

    static final List<String> PRESENCE_STATES = List.of("available", "unavailable", "composing", "recording", "paused");

    private final Clock clock;
    private final MessageFlow flow;

    MessageActionHandlers(Clock clock, MessageFlow flow) {
        this.clock = clock;
        this.flow = flow;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("POST", "/instances/{id}/chat/poll/vote", JWT_OR_INSTANCE, this::vote);
        routes.add("POST", "/instances/{id}/chat/react", JWT_OR_INSTANCE, this::react);
        routes.add("DELETE", "/instances/{id}/chat/react", JWT_OR_INSTANCE, this::removeReaction);
        routes.add("POST", "/instances/{id}/chat/presence", JWT_OR_INSTANCE, this::presence);
        routes.add("POST", "/instances/{id}/chat/markread", JWT_OR_INSTANCE, this::markRead);
        routes.add("PATCH", "/instances/{id}/chat/messages/{messageId}", JWT_OR_INSTANCE, this::edit);
        routes.add("DELETE", "/instances/{id}/chat/messages/{messageId}", JWT_OR_INSTANCE, this::delete);
    }

    /** phone, message_id (a poll), vote (string or array) or selected_options; every option must be the poll's. */
    ApiResponse vote(ApiRequest req) {
        JsonNode body = req.body();
        Target t = target(req, Json.text(body, "phone"), Fields.text(body, "message_id"));
        List<String> votes = Fields.texts(body, body.has("vote") ? "vote" : "selected_options", true);
        if (t.message.pollOptions.isEmpty()) {
            throw new ApiException(400, "message " + t.message.id + " is not a poll");
        }
        for (String v : votes) {
            if (!t.message.pollOptions.contains(v)) {
                throw new ApiException(400, "'" + v + "' is not an option of poll " + t.message.id);
            }
        }
        ObjectNode node = Json.object();
        node.set("poll_creation_message_key", key(t));
        node.putObject("vote").set("selected_options", Json.array(votes));
        return operation(t, "vote", () -> flow.emitOwn(t.instance, t.chat,
                new MessageContent("poll_update", null, "poll_update_message", node)));
    }

    /** phone, message_id and reaction (an emoji) are required. */
    ApiResponse react(ApiRequest req) {
        JsonNode body = req.body();
        Target t = target(req, Json.text(body, "phone"), Fields.text(body, "message_id"));
        return reaction(t, Fields.text(body, "reaction"));
    }

    /** phone and message_id (body of the DELETE) are required. */
    ApiResponse removeReaction(ApiRequest req) {
        JsonNode body = req.body();
        return reaction(target(req, Json.text(body, "phone"), Fields.text(body, "message_id")), "");
    }

    private ApiResponse reaction(Target t, String emoji) {
        ObjectNode node = Json.object();
        node.set("key", key(t));
        node.put("text", emoji);
        return operation(t, emoji.isEmpty() ? "remove_reaction" : "reaction", () -> {
            t.message.react(emoji);
            flow.emitOwn(t.instance, t.chat, new MessageContent("reaction", null, "reaction_message", node));
        });
    }

    /** phone and state (available, unavailable, composing, recording, paused) are required; media "audio" optional. */
    ApiResponse presence(ApiRequest req) {
        JsonNode body = req.body();
        Phones.chatJid(Json.text(body, "phone"), "phone");
        Fields.oneOf(body, "state", PRESENCE_STATES);
        String media = Fields.optionalText(body, "media");
        if (media != null && !media.isEmpty() && !"audio".equals(media)) {
            throw new ApiException(400, "media must be audio or empty");
        }
        req.connectedInstance();
        return ApiResponse.statusOk();
    }

    /** id (message ids) and chat (JID) are required; every id must be a message of that chat. */
    ApiResponse markRead(ApiRequest req) {
        JsonNode body = req.body();
        List<String> ids = Fields.texts(body, "id", true);
        String chat = Phones.chatJid(Fields.text(body, "chat"), "chat");
        Instance instance = req.connectedInstance();
        List<MessageLog.Entry> messages = ids.stream().map(id -> instance.messages.require(id, chat)).toList();
        instance.queue.submit(WorkQueue.Lane.OPERATIONS, ids.get(0), Phones.user(chat), "markread", clock.instant(),
                () -> messages.stream().filter(m -> !m.fromMe).filter(MessageLog.Entry::markRead)
                        .forEach(m -> instance.chats.find(chat).ifPresent(ChatBook.Chat::readOne)));
        return ApiResponse.statusOk();
    }

    /** message (the new text) is required; only the instance's own messages can be edited. */
    ApiResponse edit(ApiRequest req) {
        String text = Fields.text(req.body(), "message");
        Target t = target(req, null, req.param("messageId"));
        if (!t.message.fromMe) {
            throw new ApiException(400, "only messages sent by this instance can be edited");
        }
        ObjectNode node = Json.object().put("type", "MESSAGE_EDIT");
        node.set("key", key(t));
        node.putObject("edited_message").put("conversation", text);
        return operation(t, "edit", () -> {
            t.message.edit(text);
            flow.emitOwn(t.instance, t.chat, new MessageContent("protocol", null, "protocol_message", node));
        });
    }

    /** Deletes (revokes) the message; later calls on it answer 404. */
    ApiResponse delete(ApiRequest req) {
        Target t = target(req, null, req.param("messageId"));
        ObjectNode node = Json.object().put("type", "REVOKE");
        node.set("key", key(t));
        return operation(t, "delete", () -> {
            t.message.delete();
            flow.emitOwn(t.instance, t.chat, new MessageContent("protocol", null, "protocol_message", node));
        });
    }

    /** The message an action is about; with a phone, it must be in that chat. Validates before the 409 check. */
    private Target target(ApiRequest req, String phone, String messageId) {
        String chat = phone == null ? null : Phones.chatJid(phone, "phone");
        Instance instance = req.connectedInstance();
        MessageLog.Entry message = chat == null ? instance.messages.require(messageId)
                : instance.messages.require(messageId, chat);
        return new Target(instance, message.chat, message);
    }

    private ApiResponse operation(Target t, String type, Runnable change) {
        t.instance.queue.submit(WorkQueue.Lane.OPERATIONS, t.message.id, Phones.user(t.chat), type, clock.instant(), change);
        return ApiResponse.envelope(Json.statusOk().put("message_id", t.message.id));
    }

    private static ObjectNode key(Target t) {
        return Json.object().put("remote_jid", t.chat).put("from_me", t.message.fromMe).put("id", t.message.id);
    }

    private record Target(Instance instance, String chat, MessageLog.Entry message) {
    }
}
