package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Builds webhook payloads in the documented bare form {type, event, media_url?} (docs/api-notes.md, "Event bodies"). */
final class Events {

    static final List<String> TYPES = List.of("All", "Connected", "Disconnected", "Message", "ReadReceipt",
            "Presence", "HistorySync", "ChatPresence", "GroupParticipantsAdd", "GroupParticipantsRemove");
    private static final Set<String> VALID = Set.copyOf(TYPES);

    private Events() {
    }

    static boolean valid(String name) {
        return VALID.contains(name);
    }

    /**
     * Event names from a JSON array or a CSV string (blanks around names trimmed, empty items dropped);
     * an unknown name answers 400.
     */
    static List<String> parseNames(com.fasterxml.jackson.databind.JsonNode node, String field) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        if (node.isArray()) {
            for (com.fasterxml.jackson.databind.JsonNode n : node) {
                if (!n.isTextual()) {
                    throw new ApiException(400, field + " must contain event names (strings)");
                }
                names.add(n.asText().trim());
            }
        } else if (node.isTextual()) {
            for (String s : node.asText().split(",")) {
                names.add(s.trim());
            }
        } else {
            throw new ApiException(400, field + " must be a comma-separated string or an array of event names");
        }
        names.remove("");
        for (String name : names) {
            if (!valid(name)) {
                throw new ApiException(400, "invalid event '" + name + "' in " + field + "; valid events: "
                        + String.join(",", TYPES));
            }
        }
        return List.copyOf(names);
    }

    static ObjectNode connected(String jid, String pushName) {
        ObjectNode event = Json.object().put("jid", jid).put("push_name", pushName);
        return payload("Connected", event);
    }

    static ObjectNode disconnected(String reason) {
        return payload("Disconnected", Json.object().put("reason", reason));
    }

    /**
     * Who and when of a Message event: chat is the contact's or group's JID; sender is the contact (incoming) or the
     * account (outgoing).
     */
    record Info(String messageId, String chat, String sender, boolean fromMe, String pushName, Instant at) {
    }

    /** A text Message event ({@code message.conversation}). */
    static ObjectNode textMessage(String messageId, String chat, String sender, boolean fromMe, String pushName,
                                  String text, Instant at) {
        return message(new Info(messageId, chat, sender, fromMe, pushName, at),
                new MessageContent("text", null, "conversation", TextNode.valueOf(text)), null);
    }

    /**
     * A Message event: {@code event.info} (type, and media_type for media), {@code event.message.<node>}; media_url
     * when the message carries a file.
     */
    static ObjectNode message(Info info, MessageContent content, String mediaUrl) {
        ObjectNode i = Json.object()
                .put("id", info.messageId())
                .put("chat", info.chat())
                .put("sender", info.sender())
                .put("is_from_me", info.fromMe())
                .put("is_group", Phones.isGroup(info.chat()))
                .put("push_name", info.pushName())
                .put("timestamp", Json.eventTime(info.at()))
                .put("type", content.infoType());
        if (content.mediaType() != null) {
            i.put("media_type", content.mediaType());
        }
        ObjectNode event = Json.object();
        event.set("info", i);
        event.putObject("message").set(content.node(), content.value());
        ObjectNode p = payload("Message", event);
        if (mediaUrl != null) {
            p.put("media_url", mediaUrl);
        }
        return p;
    }

    /** A ReadReceipt event; state is Delivered or Read (top level next to type). */
    static ObjectNode receipt(String state, String chat, String messageId, Instant at) {
        ObjectNode event = Json.object()
                .put("chat", chat)
                .put("sender", chat);
        event.set("message_i_ds", Json.array(List.of(messageId)));
        event.put("timestamp", Json.eventTime(at));
        event.put("type", "Read".equals(state) ? "read" : "delivered");
        ObjectNode p = Json.object().put("type", "ReadReceipt").put("state", state);
        p.set("event", event);
        return p;
    }

    private static ObjectNode payload(String type, ObjectNode event) {
        ObjectNode p = Json.object().put("type", type);
        p.set("event", event);
        return p;
    }
}
