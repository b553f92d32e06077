package org.camelvzaps.model.event;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tolerant field access for event payloads: each name is tried as given, then in PascalCase
 * ({@code info} / {@code Info}), since older deployments sent Go field names.
 */
final class Fields {

    private Fields() {
    }

    static JsonNode node(JsonNode parent, String... names) {
        if (parent == null || !parent.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode value = parent.get(name);
            if (value == null) {
                value = parent.get(Character.toUpperCase(name.charAt(0)) + name.substring(1));
            }
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    static String text(JsonNode parent, String... names) {
        JsonNode value = node(parent, names);
        return value == null || value.isContainerNode() ? null : value.asText();
    }

    static Boolean bool(JsonNode parent, String... names) {
        JsonNode value = node(parent, names);
        return value == null ? null : value.asBoolean();
    }

    static List<String> texts(JsonNode parent, String... names) {
        JsonNode value = node(parent, names);
        List<String> result = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> result.add(v.asText()));
        } else if (value != null && !value.isContainerNode()) {
            result.add(value.asText());
        }
        return result;
    }
}
