package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PATCH chat/messages/{messageId}}: the new text. The message id travels in the path (header
 * {@code CamelVZapsMessageId} or option {@code messageId}), not in the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditMessageRequest(@JsonProperty("message") String message) {

    public static EditMessageRequest of(String message) {
        return new EditMessageRequest(message);
    }
}
