package org.camelvzaps.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an event list the API sends either as a JSON array or as a comma-separated string (the webhook
 * configuration answers the subscription one way or the other: docs/api-notes.md, "Request bodies").
 */
public final class CsvOrArray extends StdDeserializer<List<String>> {

    public CsvOrArray() {
        super(List.class);
    }

    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = p.readValueAsTree();
        return toList(node);
    }

    static List<String> toList(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(n -> addAll(values, n.asText()));
        } else {
            addAll(values, node.asText());
        }
        return values;
    }

    private static void addAll(List<String> values, String csv) {
        Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
    }

    /** Joins names as the API wants them on {@code POST /webhook}: comma-separated, no spaces. */
    public static String join(List<String> names) {
        return names == null ? null : String.join(",", names.stream().map(String::trim).toList());
    }
}
