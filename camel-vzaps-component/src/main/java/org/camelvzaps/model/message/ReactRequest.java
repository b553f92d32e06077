package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST chat/react}: reacts to the message {@code message_id} in the chat {@code phone} with the
 * emoji {@code reaction}. To take a reaction back use {@link RemoveReactionRequest}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReactRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("message_id") String messageId,
        @JsonProperty("reaction") String reaction) {

    public static ReactRequest of(String phone, String messageId, String reaction) {
        return new ReactRequest(phone, messageId, reaction);
    }

    public ReactRequest withPhone(String value) {
        return new ReactRequest(value, messageId, reaction);
    }
}
