package org.camelvzaps.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * JSON helpers for the model tests: expected JSON is written with single quotes to keep the tables readable.
 */
final class Wire {

    private Wire() {
    }

    /** Parses JSON written with single quotes ({@code {'phone':'55'}}). */
    static JsonNode json(String singleQuoted) {
        try {
            return Json.mapper().readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + singleQuoted, e);
        }
    }

    /** The request serialises to exactly this JSON (no more, no fewer fields), and reads back into an equal request. */
    static void assertWire(Object request, JsonNode expected) throws JsonProcessingException {
        JsonNode sent = Json.mapper().readTree(Json.mapper().writeValueAsString(request));
        assertEquals(expected, sent, () -> "wire JSON of " + request);
        assertEquals(request, Json.mapper().treeToValue(expected, request.getClass()), "read back from its wire JSON");
    }
}
