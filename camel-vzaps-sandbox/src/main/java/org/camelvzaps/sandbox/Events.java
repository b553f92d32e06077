package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Builds webhook payloads in the documented bare form {type, event, media_url?} (vzaps-api.md §5.3). */
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

    /** A text Message event; chat is the contact's JID; sender is the contact (inbound) or the account (outgoing). */
    static ObjectNode textMessage(String messageId, String chat, String sender, boolean fromMe, String pushName,
                                  String text, Instant at) {
        ObjectNode info = Json.object()
                .put("id", messageId)
                .put("chat", chat)
                .put("sender", sender)
                .put("is_from_me", fromMe)
                .put("is_group", false)
                .put("push_name", pushName)
                .put("timestamp", Json.eventTime(at))
                .put("type", "text");
        ObjectNode event = Json.object();
        event.set("info", info);
        event.set("message", Json.object().put("conversation", text));
        return payload("Message", event);
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
