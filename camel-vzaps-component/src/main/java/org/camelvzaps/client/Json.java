package org.camelvzaps.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration used for the VZaps API: tolerant reading (unknown fields ignored), no nulls written.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    /** Reads JSON documents strictly: {@code {"a":1} garbage} is refused, not read as {@code {"a":1}}. */
    private static final ObjectReader STRICT_TREE = MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses untrusted input (callback bodies, frames) into a tree, refusing trailing content. */
    public static JsonNode readStrict(byte[] json) throws java.io.IOException {
        return STRICT_TREE.readValue(json);
    }

    /** {@link #readStrict(byte[])} for text already decoded (WebSocket frames). */
    public static JsonNode readStrict(String json) throws java.io.IOException {
        return STRICT_TREE.readValue(json);
    }
}
