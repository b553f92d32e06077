package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/** The Chatwoot integration of an instance: absent until set; the token is kept but only shown masked. */
final class ChatwootConfig {

    /** The writable config fields of the Chatwoot integration. */
    private static final Set<String> FIELDS = Set.of("enabled", "url", "account_id", "token", "name_inbox", "sign_msg",
            "sign_delimiter", "number", "reopen_conversation", "conversation_pending", "import_contacts",
            "import_messages", "days_limit_import_messages", "auto_create", "organization", "logo", "ignore_jids",
            "ignore_groups");

    private ObjectNode config;

    synchronized boolean configured() {
        return config != null;
    }

    /**
     * Creates or updates: the known fields of the body over the current config. The first set needs url, account_id
     * and token; url must be http(s); days_limit_import_messages at least 1.
     */
    synchronized void set(JsonNode body) {
        ObjectNode next = config == null ? Json.object().put("enabled", true) : config.deepCopy();
        body.fields().forEachRemaining(e -> {
            if (FIELDS.contains(e.getKey())) {
                next.set(e.getKey(), e.getValue());
            }
        });
        for (String required : new String[]{"url", "account_id", "token"}) {
            if (next.path(required).asText("").isEmpty()) {
                throw new ApiException(400, required + " is required");
            }
        }
        WebhookHandlers.validateUrl(next.get("url").asText(), "url");
        if (next.has("days_limit_import_messages") && next.get("days_limit_import_messages").asInt(0) < 1) {
            throw new ApiException(400, "days_limit_import_messages must be at least 1");
        }
        config = next;
    }

    synchronized void delete() {
        config = null;
    }

    /** The config as answered: every field but token, plus webhook_url and token_masked; 404 when not set. */
    synchronized ObjectNode toJson(String webhookUrl) {
        if (config == null) {
            throw new ApiException(404, "chatwoot is not configured for this instance");
        }
        ObjectNode n = config.deepCopy();
        String token = n.remove("token").asText();
        n.put("webhook_url", webhookUrl);
        n.put("token_masked", Masks.mask(token));
        return n;
    }
}
