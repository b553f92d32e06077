package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Validation of request body fields; every failure is a 400 naming the field. */
final class Fields {

    private Fields() {
    }

    /** A required, non-empty string. */
    static String text(JsonNode body, String field) {
        String v = optionalText(body, field);
        if (v == null || v.isEmpty()) {
            throw new ApiException(400, field + " is required");
        }
        return v;
    }

    /** A string when present (null when absent or null); another JSON type is a 400. */
    static String optionalText(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ApiException(400, field + " must be a string");
        }
        return v.asText();
    }

    static boolean optionalBool(JsonNode body, String field, boolean fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new ApiException(400, field + " must be a boolean");
        }
        return v.asBoolean();
    }

    /** A required number, within [min, max]. */
    static double number(JsonNode body, String field, double min, double max) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            throw new ApiException(400, field + " is required");
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw new ApiException(400, field + " must be a number from " + min + " to " + max);
        }
        return v.asDouble();
    }

    /** A required, non-empty array of non-empty strings; a single string is read as a one-item array when allowed. */
    static List<String> texts(JsonNode body, String field, boolean singleAllowed) {
        JsonNode v = body.get(field);
        List<String> items = new ArrayList<>();
        if (v != null && v.isTextual() && singleAllowed) {
            items.add(v.asText());
        } else if (v != null && v.isArray()) {
            for (JsonNode item : v) {
                if (!item.isTextual() || item.asText().isEmpty()) {
                    throw new ApiException(400, field + " must contain non-empty strings");
                }
                items.add(item.asText());
            }
        } else if (v != null && !v.isNull()) {
            throw new ApiException(400, field + " must be an array of strings");
        }
        if (items.isEmpty() || items.get(0).isEmpty()) {
            throw new ApiException(400, field + " is required (a non-empty array of strings)");
        }
        return items;
    }

    /** A required, non-empty array of objects. */
    static List<JsonNode> objects(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw new ApiException(400, field + " is required (a non-empty array)");
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isObject()) {
                throw new ApiException(400, field + " must contain objects");
            }
            items.add(item);
        }
        return items;
    }

    /** A required value that must be one of the allowed ones. */
    static String oneOf(JsonNode body, String field, List<String> allowed) {
        String v = text(body, field);
        if (!allowed.contains(v)) {
            throw new ApiException(400, field + " must be one of " + String.join(", ", allowed));
        }
        return v;
    }
}
