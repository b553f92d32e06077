package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What a message says, as its Message event shows it: info type ({@code text}, {@code media}, {@code poll},
 * {@code reaction}), media type ({@code image}, {@code ptt}, {@code location}, ... or null), the node under
 * {@code event.message} ({@code conversation}, {@code image_message}, ...) and that node's value; plus the stored
 * file of media messages and the options of polls.
 */
record MessageContent(String infoType, String mediaType, String node, JsonNode value, Media media,
                      List<String> pollOptions) {

    MessageContent(String infoType, String mediaType, String node, JsonNode value) {
        this(infoType, mediaType, node, value, null, List.of());
    }

    /** The text of a text message (for edits), else null. */
    String text() {
        return value.isTextual() ? value.asText() : value.path("text").asText(null);
    }
}
