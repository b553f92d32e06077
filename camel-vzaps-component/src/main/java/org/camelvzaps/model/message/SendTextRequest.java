package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /instances/{id}/chat/send/text}. {@code phone}: digits only, country code first
 * ({@code 5511999999999}), or a group/JID.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendTextRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("message") String message,
        @JsonProperty("id") String id,
        @JsonProperty("delay") Integer delay,
        @JsonProperty("mentioned_ids") List<String> mentionedIds,
        @JsonProperty("reply_to_message_id") String replyToMessageId) {

    public static SendTextRequest of(String phone, String message) {
        return new SendTextRequest(phone, message, null, null, null, null);
    }

    public SendTextRequest withPhone(String newPhone) {
        return new SendTextRequest(newPhone, message, id, delay, mentionedIds, replyToMessageId);
    }
}
