package org.camelvzaps.model.event;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * An event VZaps delivered (webhook body or realtime frame). Two bodies are accepted (whether a webhook
 * body is the bare payload or the envelope is undocumented: docs/api-notes.md, "Event bodies"):
 * the bare payload {@code {type, event, media_url}} and the realtime envelope
 * {@code {id, type, instance_id, created_at, data: {type, event, media_url}}}. Unknown types are kept as generic
 * events; the whole {@link #event()} object is always available raw.
 */
public final class VZapsEvent {

    public static final String MESSAGE = "Message";
    public static final String READ_RECEIPT = "ReadReceipt";
    public static final String CONNECTED = "Connected";
    public static final String DISCONNECTED = "Disconnected";

    private final String type;
    private final String id;
    private final String instanceId;
    private final String createdAt;
    private final String mediaUrl;
    private final String state;
    private final JsonNode event;
    private final JsonNode raw;

    private VZapsEvent(String type, String id, String instanceId, String createdAt, String mediaUrl, String state,
                       JsonNode event, JsonNode raw) {
        this.type = type;
        this.id = id;
        this.instanceId = instanceId;
        this.createdAt = createdAt;
        this.mediaUrl = mediaUrl;
        this.state = state;
        this.event = event;
        this.raw = raw;
    }

    /**
     * Reads an event body.
     *
     * @throws IllegalArgumentException when the body is not a JSON object with a {@code type}
     */
    public static VZapsEvent parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("An event must be a JSON object, got " + (body == null ? "nothing" : body.getNodeType()));
        }
        JsonNode data = body.get("data");
        boolean envelope = data != null && data.isObject() && data.hasNonNull("type");
        JsonNode payload = envelope ? data : body;
        String type = Fields.text(payload, "type");
        if (type == null) {
            type = Fields.text(body, "type");
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("The event has no 'type' (expected e.g. Message, ReadReceipt, Connected)");
        }
        JsonNode event = Fields.node(payload, "event");
        return new VZapsEvent(
                type,
                Fields.text(body, "id", "event_id"),
                Fields.text(body, "instance_id", "instanceId"),
                Fields.text(body, "created_at", "createdAt"),
                Fields.text(payload, "media_url", "mediaUrl"),
                Fields.text(payload, "state"),
                event == null ? NullNode.getInstance() : event,
                body);
    }

    /** Event type as sent: {@code Message}, {@code ReadReceipt}, {@code Connected}, ... or any newer name. */
    public String type() {
        return type;
    }

    /** Event id ({@code evt_...}) when the body carries one (realtime envelope), else null. */
    public String id() {
        return id;
    }

    /** The instance the event belongs to, when the body carries it, else null. */
    public String instanceId() {
        return instanceId;
    }

    /** Returns a copy with the instance id set (e.g. from the {@code X-Instance-ID} request header). */
    public VZapsEvent withInstanceId(String value) {
        return new VZapsEvent(type, id, value, createdAt, mediaUrl, state, event, raw);
    }

    /** ISO-8601 creation time when the body carries it, else null. */
    public String createdAt() {
        return createdAt;
    }

    /** URL of the stored media of an incoming media message, else null. */
    public String mediaUrl() {
        return mediaUrl;
    }

    /** The WhatsApp event object, raw (keys snake_case, possibly PascalCase on older deployments). */
    public JsonNode event() {
        return event;
    }

    /** The whole body as received. */
    public JsonNode raw() {
        return raw;
    }

    public boolean isMessage() {
        return MESSAGE.equals(type);
    }

    public boolean isReadReceipt() {
        return READ_RECEIPT.equals(type);
    }

    /** A typed view of a {@code Message} event. */
    public MessageEvent asMessage() {
        requireType(MESSAGE);
        return MessageEvent.from(event, mediaUrl);
    }

    /**
     * The media node of a {@code Message} event for {@code kind} ({@code image}, {@code video}, {@code audio},
     * {@code document}): {@code event.message.<kind>_message}, what the download operations send; else null.
     */
    public JsonNode mediaNode(String kind) {
        return isMessage() ? Fields.node(Fields.node(event, "message"), kind + "_message", kind + "Message") : null;
    }

    /** The kind of media a {@code Message} event carries ({@code image}, {@code video}, ...), else null. */
    public String mediaKind() {
        return isMessage() ? asMessage().mediaKind() : null;
    }

    /** A typed view of a {@code ReadReceipt} event. */
    public ReadReceiptEvent asReadReceipt() {
        requireType(READ_RECEIPT);
        return ReadReceiptEvent.from(event, state);
    }

    /** A typed view of a {@code Connected} or {@code Disconnected} event. */
    public ConnectionEvent asConnection() {
        if (!CONNECTED.equals(type) && !DISCONNECTED.equals(type)) {
            throw new IllegalStateException("Event is " + type + ", not Connected or Disconnected");
        }
        return ConnectionEvent.from(CONNECTED.equals(type), event);
    }

    private void requireType(String expected) {
        if (!expected.equals(type)) {
            throw new IllegalStateException("Event is " + type + ", not " + expected);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VZapsEvent other && Objects.equals(raw, other.raw) && Objects.equals(instanceId, other.instanceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(raw, instanceId);
    }

    @Override
    public String toString() {
        return "VZapsEvent[type=" + type + ", id=" + id + ", instanceId=" + instanceId + "]";
    }
}
