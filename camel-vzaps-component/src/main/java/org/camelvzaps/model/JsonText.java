package org.camelvzaps.model;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a field that holds JSON as text ({@code "payload": "{\"type\":...}"}) into a String, and also accepts the
 * JSON itself ({@code "payload": {"type":...}}), keeping it as its text; see {@link #parse(String)} for the way
 * back.
 */
public final class JsonText extends StdDeserializer<String> {

    private static final ObjectMapper READER = new ObjectMapper();

    public JsonText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        JsonNode node = p.readValueAsTree();
        return node == null || node.isNull() ? null : node.toString();
    }

    /**
     * Parses JSON text.
     *
     * @return the tree, or null for null text
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return READER.readTree(text);
        } catch (IOException e) {
            String preview = text.length() > 60 ? text.substring(0, 60) + "..." : text;
            throw new IllegalArgumentException("Not JSON: " + preview, e);
        }
    }
}
