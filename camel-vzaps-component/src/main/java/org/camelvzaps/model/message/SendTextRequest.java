package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST /instances/{id}/chat/send/text}: {@code phone}, {@code message} and the common
 * {@link SendOptions}. {@code phone}: digits only, country code first ({@code 5511999999999}), or a group/JID.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendTextRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("message") String message,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendTextRequest> {

    public SendTextRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    /** The flat form: every field of the wire body in order. */
    public SendTextRequest(String phone, String message, String id, Integer delay, List<String> mentionedIds,
                           String replyToMessageId) {
        this(phone, message, new SendOptions(id, delay, mentionedIds, replyToMessageId));
    }

    public static SendTextRequest of(String phone, String message) {
        return new SendTextRequest(phone, message, SendOptions.NONE);
    }

    public SendTextRequest withPhone(String newPhone) {
        return new SendTextRequest(newPhone, message, sendOptions);
    }

    public SendTextRequest withMessage(String newMessage) {
        return new SendTextRequest(phone, newMessage, sendOptions);
    }

    @Override
    public SendTextRequest withSendOptions(SendOptions options) {
        return new SendTextRequest(phone, message, options);
    }
}
