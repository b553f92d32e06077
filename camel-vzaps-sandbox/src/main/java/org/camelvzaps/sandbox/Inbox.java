package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Base64;

/** Simulated inbound messages (a contact writes to the instance): text, or a file with a caption. */
final class Inbox {

    private final MessageComposer composer;
    private final MessageFlow flow;

    Inbox(MessageComposer composer, MessageFlow flow) {
        this.composer = composer;
        this.flow = flow;
    }

    /**
     * Body {phone, push_name, text} and at most one file field (image, video, audio, document, sticker: a data URL
     * or http(s) URL) with caption (default: text) and file_name. 400 bad phone or file; 409 not connected.
     */
    String receive(Instance instance, JsonNode body) {
        String phone = Phones.require(body);
        if (!instance.connected()) {
            throw new ApiException(409, "instance is not connected: " + instance.id);
        }
        String text = Fields.optionalText(body, "text");
        String kind = MessageComposer.MEDIA_KINDS.stream().filter(body::hasNonNull).findFirst().orElse(null);
        MessageContent content;
        if (kind == null) {
            content = new MessageContent("text", null, "conversation", TextNode.valueOf(text == null ? "" : text));
        } else {
            ObjectNode fields = body.deepCopy();
            if (!fields.hasNonNull("caption") && text != null) {
                fields.put("caption", text);
            }
            content = composer.compose(kind, instance.id, fields);
        }
        return flow.receive(instance, phone, Fields.optionalText(body, "push_name"), content);
    }

    /** The Java API's form: the file as bytes. */
    String receiveFile(Instance instance, String phone, String pushName, String kind, byte[] bytes, String mimetype,
                       String caption, String fileName) {
        if (!MessageComposer.MEDIA_KINDS.contains(kind)) {
            throw new ApiException(400, "kind must be one of " + String.join(", ", MessageComposer.MEDIA_KINDS));
        }
        ObjectNode body = Json.object().put("phone", phone).put("push_name", pushName)
                .put(kind, "data:" + mimetype + ";base64," + Base64.getEncoder().encodeToString(bytes))
                .put("caption", caption).put("file_name", fileName);
        return receive(instance, body);
    }
}
