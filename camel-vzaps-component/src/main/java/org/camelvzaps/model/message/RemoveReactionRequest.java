package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code DELETE chat/react}: removes this account's reaction to the message {@code message_id} in the chat
 * {@code phone}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RemoveReactionRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("message_id") String messageId) {

    public static RemoveReactionRequest of(String phone, String messageId) {
        return new RemoveReactionRequest(phone, messageId);
    }

    public RemoveReactionRequest withPhone(String value) {
        return new RemoveReactionRequest(value, messageId);
    }
}
