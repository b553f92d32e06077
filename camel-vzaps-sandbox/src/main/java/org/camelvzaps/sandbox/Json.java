package org.camelvzaps.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** JSON helpers: one shared mapper, the {code, success, data} envelope and the error body. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array(Collection<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    static ObjectNode envelope(JsonNode data) {
        ObjectNode n = object();
        n.put("code", 200);
        n.put("success", true);
        n.set("data", data);
        return n;
    }

    /** {"status":"ok"}, the answer of most actions. */
    static ObjectNode statusOk() {
        return object().put("status", "ok");
    }

    static ObjectNode error(int status, String message) {
        ObjectNode n = object();
        n.put("code", status);
        n.put("success", false);
        n.put("message", message);
        return n;
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "invalid JSON body: " + e.getOriginalMessage());
        }
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ISO-8601 UTC with seconds precision, like the documented examples ("2026-04-13T10:00:00Z"). */
    static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** ISO-8601 UTC with milliseconds, the realtime envelope's created_at ("2026-06-23T22:57:17.000Z"). */
    static String isoMillis(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /** ISO-8601 with the Sao Paulo offset, the style of WhatsApp event timestamps in the fixtures. */
    static String eventTime(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.ofHours(-3))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
