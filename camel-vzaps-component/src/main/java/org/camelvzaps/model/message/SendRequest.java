package org.camelvzaps.model.message;

import java.util.List;

/**
 * A {@code chat/send/*} body: a recipient {@link #phone()} plus the kind's own fields and the common
 * {@link SendOptions}. The {@code with...} methods return copies, so a request reads as one expression:
 * <pre>{@code
 * SendImageRequest.of("5511999999999", "https://example.com/cat.jpg")
 *         .withCaption("Look")
 *         .withReplyToMessageId("3EB0C0FFEE000000000000")
 * }</pre>
 *
 * @param <T> the request type itself
 */
public interface SendRequest<T extends SendRequest<T>> {

    /** The recipient: digits, country code first ({@code 5511999999999}), or a JID; null when not set yet. */
    String phone();

    /** The common optional fields, never null ({@link SendOptions#NONE} when none is set). */
    SendOptions sendOptions();

    /** A copy of this request with the common optional fields replaced. */
    T withSendOptions(SendOptions options);

    /** The message id chosen by the caller ({@code id}), or null. */
    default String id() {
        return sendOptions().id();
    }

    default Integer delay() {
        return sendOptions().delay();
    }

    default List<String> mentionedIds() {
        return sendOptions().mentionedIds();
    }

    default String replyToMessageId() {
        return sendOptions().replyToMessageId();
    }

    /** Sends the message under this id ({@code id}) instead of one WhatsApp picks. */
    default T withId(String id) {
        return withSendOptions(sendOptions().withId(id));
    }

    default T withDelay(Integer delay) {
        return withSendOptions(sendOptions().withDelay(delay));
    }

    /** Mentions these JIDs ({@code mentioned_ids}, e.g. {@code 5511999999999@s.whatsapp.net}). */
    default T withMentionedIds(String... jids) {
        return withMentionedIds(jids == null ? null : List.of(jids));
    }

    default T withMentionedIds(List<String> jids) {
        return withSendOptions(sendOptions().withMentionedIds(jids));
    }

    /** Quotes the message with this id ({@code reply_to_message_id}). */
    default T withReplyToMessageId(String messageId) {
        return withSendOptions(sendOptions().withReplyToMessageId(messageId));
    }
}
