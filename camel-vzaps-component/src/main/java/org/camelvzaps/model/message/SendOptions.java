package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The optional fields every {@code chat/send/*} body accepts, written inline into the send body:
 * {@code id} (a message id of your choice), {@code delay}, {@code mentioned_ids} (JIDs to mention) and
 * {@code reply_to_message_id} (the message this one quotes). Use them through the {@code with...} methods of
 * {@link SendRequest} rather than directly.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendOptions(
        @JsonProperty("id") String id,
        @JsonProperty("delay") Integer delay,
        @JsonProperty("mentioned_ids") List<String> mentionedIds,
        @JsonProperty("reply_to_message_id") String replyToMessageId) {

    /** No optional field set. */
    public static final SendOptions NONE = new SendOptions(null, null, null, null);

    public SendOptions {
        mentionedIds = mentionedIds == null ? null : List.copyOf(mentionedIds);
    }

    /** Null becomes {@link #NONE}, so a request never holds a null options object. */
    static SendOptions orNone(SendOptions options) {
        return options == null ? NONE : options;
    }

    public SendOptions withId(String value) {
        return new SendOptions(value, delay, mentionedIds, replyToMessageId);
    }

    public SendOptions withDelay(Integer value) {
        return new SendOptions(id, value, mentionedIds, replyToMessageId);
    }

    public SendOptions withMentionedIds(List<String> value) {
        return new SendOptions(id, delay, value, replyToMessageId);
    }

    public SendOptions withReplyToMessageId(String value) {
        return new SendOptions(id, delay, mentionedIds, value);
    }
}
