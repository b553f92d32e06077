package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** TypeBot configurations of an instance and their sessions (opened → paused → closed). */
final class TypebotBook {

    static final List<String> TRIGGER_TYPES = List.of("all", "keyword", "contains", "starts_with", "regex", "advanced", "none");
    static final List<String> TRIGGER_OPERATORS = List.of("equals", "contains", "starts_with", "regex");

    /** The TypeBot config fields with their defaults. */
    private static final ObjectNode DEFAULTS = Json.object()
            .put("enabled", true).put("description", "").put("typebot_url", "").put("public_id", "")
            .put("trigger_type", "all").put("trigger_operator", "equals").put("trigger_value", "").put("priority", 0)
            .put("expire_in_minutes", 0).put("keyword_finish", "").put("default_delay_ms", 1000)
            .put("unknown_message", "").put("transcribe_audio", false).put("listen_from_me", false)
            .put("stop_bot_from_me", false).put("keep_open", false).put("debounce_ms", 0).put("ignore_groups", false);

    /** One bot conversation. */
    static final class Session {
        final String id;
        final String typebotId;
        final String phone;
        final String pushName;
        final Instant createdAt;
        private String status = "opened";
        private Instant updatedAt;

        Session(String typebotId, String phone, String pushName, Instant now) {
            this.id = Ids.typebotSessionId();
            this.typebotId = typebotId;
            this.phone = phone;
            this.pushName = pushName;
            this.createdAt = now;
            this.updatedAt = now;
        }

        /** opened → paused, opened|paused → closed, paused → opened (start again); 409 from closed. */
        synchronized void move(String to, Instant now) {
            if ("closed".equals(status)) {
                throw new ApiException(409, "typebot session " + id + " is closed");
            }
            status = to;
            updatedAt = now;
        }

        synchronized String status() {
            return status;
        }

        synchronized ObjectNode toJson() {
            return Json.object().put("session_id", id).put("typebot_id", typebotId).put("phone", phone)
                    .put("push_name", pushName).put("status", status).put("created_at", Json.iso(createdAt))
                    .put("updated_at", Json.iso(updatedAt));
        }
    }

    private final Map<String, ObjectNode> configs = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    /** The known config fields of the body over the defaults; answers the stored config. */
    synchronized ObjectNode create(JsonNode body, Instant now) {
        ObjectNode config = Json.object().put("typebot_id", Ids.typebotId());
        config.setAll(DEFAULTS.deepCopy());
        merge(config, body);
        config.put("created_at", Json.iso(now));
        configs.put(config.get("typebot_id").asText(), config);
        return config.deepCopy();
    }

    /** Changes the fields given; nothing changes when one of them is invalid. */
    synchronized void update(String typebotId, JsonNode body) {
        ObjectNode changed = require(typebotId).deepCopy();
        merge(changed, body);
        configs.put(typebotId, changed);
    }

    synchronized void delete(String typebotId) {
        require(typebotId);
        configs.remove(typebotId);
        sessions.values().stream().filter(s -> s.typebotId.equals(typebotId)).forEach(s -> s.status = "closed");
    }

    synchronized List<ObjectNode> list() {
        return configs.values().stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized ObjectNode require(String typebotId) {
        ObjectNode c = configs.get(typebotId);
        if (c == null) {
            throw new ApiException(404, "typebot not found: " + typebotId);
        }
        return c;
    }

    synchronized Optional<String> byPublicId(String publicId) {
        return configs.values().stream().filter(c -> publicId.equals(c.path("public_id").asText()))
                .map(c -> c.get("typebot_id").asText()).findFirst();
    }

    /** Opens a session for the phone, or re-opens its session with this bot that is not closed. */
    synchronized Session start(String typebotId, String phone, String pushName, Instant now) {
        require(typebotId);
        for (Session s : sessions.values()) {
            if (s.typebotId.equals(typebotId) && s.phone.equals(phone) && !"closed".equals(s.status())) {
                s.move("opened", now);
                return s;
            }
        }
        Session s = new Session(typebotId, phone, pushName, now);
        sessions.put(s.id, s);
        return s;
    }

    synchronized Session session(String sessionId) {
        Session s = sessions.get(sessionId);
        if (s == null) {
            throw new ApiException(404, "typebot session not found: " + sessionId);
        }
        return s;
    }

    synchronized List<ObjectNode> sessions() {
        return new ArrayList<>(sessions.values()).stream().map(Session::toJson).toList();
    }

    /** Copies the known config fields of the body, checking their types and enumerations (400 otherwise). */
    private static void merge(ObjectNode config, JsonNode body) {
        body.fields().forEachRemaining(e -> {
            JsonNode def = DEFAULTS.get(e.getKey());
            if (def == null || e.getValue().isNull()) {
                return;
            }
            if (def.getNodeType() != e.getValue().getNodeType()) {
                throw new ApiException(400, e.getKey() + " must be a " + def.getNodeType().toString().toLowerCase());
            }
            config.set(e.getKey(), e.getValue());
        });
        if (!TRIGGER_TYPES.contains(config.get("trigger_type").asText())) {
            throw new ApiException(400, "trigger_type must be one of " + String.join(", ", TRIGGER_TYPES));
        }
        if (!TRIGGER_OPERATORS.contains(config.get("trigger_operator").asText())) {
            throw new ApiException(400, "trigger_operator must be one of " + String.join(", ", TRIGGER_OPERATORS));
        }
    }
}
