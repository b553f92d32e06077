package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the body of a chat/send/&lt;kind&gt; call into the message it sends, validating its required
 * fields (400 naming the field). Media given as a data URL is decoded and stored.
 */
final class MessageComposer {

    /** Builds the content of one kind of message from a body, for an instance. */
    @FunctionalInterface
    private interface Kind {
        MessageContent compose(String instanceId, JsonNode body);
    }

    /** The media kinds: body field = kind name; the file a simulated inbound message can carry too. */
    static final List<String> MEDIA_KINDS = List.of("image", "video", "audio", "document", "sticker");

    private final MediaStore media;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    MessageComposer(MediaStore media) {
        this.media = media;
        kinds.put("text", (id, b) -> new MessageContent("text", null, "conversation", TextNode.valueOf(Fields.text(b, "message"))));
        kinds.put("image", (id, b) -> media(id, b, "image", "image", "image_message", "image/jpeg"));
        kinds.put("audio", this::audio);
        kinds.put("document", (id, b) -> media(id, b, "document", "document", "document_message", "application/octet-stream"));
        kinds.put("video", (id, b) -> media(id, b, "video", "video", "video_message", "video/mp4"));
        kinds.put("sticker", (id, b) -> media(id, b, "sticker", "sticker", "sticker_message", "image/webp"));
        kinds.put("gif", this::gif);
        kinds.put("location", (id, b) -> location(b));
        kinds.put("contact", (id, b) -> contact(b));
        kinds.put("buttons", (id, b) -> buttons(b));
        kinds.put("list", (id, b) -> list(b));
        kinds.put("link", (id, b) -> link(b));
        kinds.put("poll", (id, b) -> poll(b));
    }

    /** The kinds of chat/send/&lt;kind&gt;, in the order the API documents them. */
    Set<String> kinds() {
        return kinds.keySet();
    }

    MessageContent compose(String kind, String instanceId, JsonNode body) {
        Kind k = kinds.get(kind);
        if (k == null) {
            throw new IllegalArgumentException("unknown message kind " + kind);
        }
        return k.compose(instanceId, body);
    }

    /** A file message: field = data URL or http(s) URL; caption where WhatsApp has one; file_name for documents. */
    private MessageContent media(String instanceId, JsonNode body, String field, String mediaType, String node,
                                 String defaultMime) {
        boolean document = "document".equals(field);
        String fileName = document ? fileName(body) : null;
        Media m = media.accept(instanceId, "gif".equals(field) ? "video" : field, field, Fields.text(body, field),
                fileName, defaultMime);
        ObjectNode value = m.node();
        String caption = Fields.optionalText(body, "caption");
        if (caption != null && !"sticker".equals(field)) {
            value.put("caption", caption);
        }
        if (document) {
            value.put("title", fileName);
        }
        return new MessageContent("media", mediaType, node, value, m, List.of());
    }

    private static String fileName(JsonNode body) {
        String name = Fields.optionalText(body, "file_name");
        return name == null || name.isEmpty() ? "document" : name;
    }

    /** Audio; ptt=true is a voice note (media_type ptt). */
    private MessageContent audio(String instanceId, JsonNode body) {
        boolean ptt = Fields.optionalBool(body, "ptt", false);
        MessageContent c = media(instanceId, body, "audio", ptt ? "ptt" : "audio", "audio_message", "audio/ogg; codecs=opus");
        ((ObjectNode) c.value()).put("ptt", ptt);
        return c;
    }

    /** A GIF is a looping video (video_message with gif_playback). */
    private MessageContent gif(String instanceId, JsonNode body) {
        MessageContent c = media(instanceId, body, "gif", "gif", "video_message", "video/mp4");
        ((ObjectNode) c.value()).put("gif_playback", true);
        return c;
    }

    private static MessageContent location(JsonNode body) {
        ObjectNode v = Json.object()
                .put("degrees_latitude", Fields.number(body, "latitude", -90, 90))
                .put("degrees_longitude", Fields.number(body, "longitude", -180, 180));
        putIfText(v, "name", body, "name");
        putIfText(v, "address", body, "address");
        return new MessageContent("media", "location", "location_message", v);
    }

    /** A contact card; contact_name and contact_phone are required (without them the card is empty). */
    private static MessageContent contact(JsonNode body) {
        String name = Fields.text(body, "contact_name");
        String phone = Phones.require(Json.text(body, "contact_phone"), "contact_phone");
        String vcard = "BEGIN:VCARD\nVERSION:3.0\nN:;" + name + ";;;\nFN:" + name + "\nTEL;type=CELL;waid=" + phone
                + ":+" + phone + "\nEND:VCARD";
        return new MessageContent("media", "vcard", "contact_message",
                Json.object().put("display_name", name).put("vcard", vcard));
    }

    /** message and 1 to 3 buttons {id, text} are required. */
    private static MessageContent buttons(JsonNode body) {
        ObjectNode v = Json.object().put("content_text", Fields.text(body, "message"));
        putIfText(v, "footer_text", body, "footer");
        v.put("header_type", "EMPTY");
        List<JsonNode> buttons = Fields.objects(body, "buttons");
        if (buttons.size() > 3) {
            throw new ApiException(400, "buttons can hold at most 3 buttons");
        }
        ArrayNode list = v.putArray("buttons");
        for (int i = 0; i < buttons.size(); i++) {
            String text = Fields.text(buttons.get(i), "text");
            String id = buttons.get(i).path("id").asText("btn_" + (i + 1));
            list.addObject().put("button_id", id).put("type", "RESPONSE").putObject("button_text").put("display_text", text);
        }
        return new MessageContent("text", null, "buttons_message", v);
    }

    /** button_text and sections (each with rows {id, title}) are required. */
    private static MessageContent list(JsonNode body) {
        ObjectNode v = Json.object();
        putIfText(v, "title", body, "title");
        putIfText(v, "description", body, "description");
        v.put("button_text", Fields.text(body, "button_text"));
        putIfText(v, "footer_text", body, "footer");
        v.put("list_type", "SINGLE_SELECT");
        ArrayNode sections = v.putArray("sections");
        for (JsonNode section : Fields.objects(body, "sections")) {
            ObjectNode s = sections.addObject();
            putIfText(s, "title", section, "title");
            ArrayNode rows = s.putArray("rows");
            for (JsonNode row : Fields.objects(section, "rows")) {
                ObjectNode r = rows.addObject().put("row_id", row.path("id").asText(Ids.hex(8)))
                        .put("title", Fields.text(row, "title"));
                putIfText(r, "description", row, "description");
            }
        }
        return new MessageContent("media", "list", "list_message", v);
    }

    /** link_url (http or https) is required; message defaults to the URL and gets it appended when it lacks it. */
    private static MessageContent link(JsonNode body) {
        String url = Fields.text(body, "link_url");
        WebhookHandlers.validateUrl(url, "link_url");
        String message = Fields.optionalText(body, "message");
        String text = message == null || message.isEmpty() ? url : message.contains(url) ? message : message + " " + url;
        ObjectNode v = Json.object().put("text", text).put("matched_text", url);
        putIfText(v, "title", body, "title");
        putIfText(v, "description", body, "link_description");
        putIfText(v, "jpeg_thumbnail", body, "jpeg_thumbnail");
        return new MessageContent("text", null, "extended_text_message", v);
    }

    /** name and 2 to 12 distinct options are required; selectable_options_count 0 (any) to the number of options. */
    private static MessageContent poll(JsonNode body) {
        String name = Fields.text(body, "name");
        List<String> options = Fields.texts(body, "options", false);
        if (options.size() < 2 || options.size() > 12 || new LinkedHashSet<>(options).size() != options.size()) {
            throw new ApiException(400, "options must hold 2 to 12 distinct strings");
        }
        int selectable = body.path("selectable_options_count").asInt(1);
        if (selectable < 0 || selectable > options.size()) {
            throw new ApiException(400, "selectable_options_count must be from 0 to the number of options");
        }
        ObjectNode v = Json.object().put("name", name);
        ArrayNode list = v.putArray("options");
        options.forEach(o -> list.addObject().put("option_name", o));
        v.put("selectable_options_count", selectable);
        return new MessageContent("poll", null, "poll_creation_message", v, null, options);
    }

    private static void putIfText(ObjectNode target, String key, JsonNode body, String field) {
        String v = Fields.optionalText(body, field);
        if (v != null) {
            target.put(key, v);
        }
    }
}
