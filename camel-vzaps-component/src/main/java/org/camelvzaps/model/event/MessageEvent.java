package org.camelvzaps.model.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed view of a {@code Message} event ({@code event.info} + {@code event.message}). {@code text} is the
 * conversation text, the extended text, or a media caption; {@code mediaKind} is {@code image}, {@code video},
 * {@code audio}, {@code document} or {@code sticker} for media messages, else null.
 */
public record MessageEvent(
        String id,
        String chat,
        String sender,
        String senderAlt,
        boolean fromMe,
        boolean group,
        String pushName,
        String timestamp,
        String text,
        String mediaKind,
        String caption,
        String mimetype,
        String fileName,
        String mediaUrl) {

    private static final String[] MEDIA_KINDS = {"image", "video", "audio", "document", "sticker"};

    static MessageEvent from(JsonNode event, String mediaUrl) {
        JsonNode info = Fields.node(event, "info");
        JsonNode message = Fields.node(event, "message");
        String mediaKind = null;
        JsonNode media = null;
        for (String kind : MEDIA_KINDS) {
            JsonNode node = Fields.node(message, kind + "_message", kind + "Message");
            if (node != null) {
                mediaKind = kind;
                media = node;
                break;
            }
        }
        String caption = Fields.text(media, "caption");
        String text = Fields.text(message, "conversation");
        if (text == null) {
            text = Fields.text(Fields.node(message, "extended_text_message", "extendedTextMessage"), "text");
        }
        if (text == null) {
            text = caption;
        }
        return new MessageEvent(
                Fields.text(info, "id", "ID"),
                Fields.text(info, "chat"),
                Fields.text(info, "sender"),
                Fields.text(info, "sender_alt", "senderAlt"),
                Boolean.TRUE.equals(Fields.bool(info, "is_from_me", "isFromMe")),
                Boolean.TRUE.equals(Fields.bool(info, "is_group", "isGroup")),
                Fields.text(info, "push_name", "pushName"),
                Fields.text(info, "timestamp"),
                text,
                mediaKind,
                caption,
                Fields.text(media, "mimetype"),
                Fields.text(media, "file_name", "fileName"),
                mediaUrl);
    }
}
