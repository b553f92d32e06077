package org.camelvzaps.component;

import java.lang.reflect.RecordComponent;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.OperationSpec;
import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.model.message.SendPresenceRequest;

/**
 * What option {@code typing} shows before a message send, and for how long: "typing..." ({@code composing}) for the
 * text of a text send or the caption of a media send, as long as a person types it ({@code typingSpeed} characters
 * per second, at most {@code maxTypingDelay}); "recording audio..." before an audio, for {@code maxTypingDelay}.
 * Sends with no text to type (a location, a contact, an image without caption) show nothing.
 */
record Typing(String phone, boolean recording, long delayMillis) {

    static Typing of(VZapsCall call, VZapsConfiguration config) {
        OperationSpec spec = call.operation().spec();
        Object request = call.body();
        String phone = call.param(Param.phone) != null ? call.param(Param.phone) : field(request, "phone");
        if (phone == null) {
            return null;
        }
        long max = Math.max(0, config.getMaxTypingDelay());
        if (call.operation() == VZapsOperation.sendAudio) {
            return new Typing(phone, true, max);
        }
        String textField = spec.media() != null ? spec.media().captionField() : spec.textField();
        String text = textField == null ? null : field(request, textField);
        if (text == null || text.isEmpty()) {
            return null;
        }
        long perSecond = Math.max(1, config.getTypingSpeed());
        long delay = text.codePointCount(0, text.length()) * 1000L / perSecond;
        return new Typing(phone, false, Math.min(delay, max));
    }

    /** The sendPresence call that shows it, for the same instance and with the same credentials as the send. */
    VZapsCall presence(VZapsCall send) {
        SendPresenceRequest request = recording ? SendPresenceRequest.recording(phone)
                : SendPresenceRequest.composing(phone);
        return new VZapsCall(VZapsOperation.sendPresence, Map.of(Param.instanceId, send.param(Param.instanceId)),
                send.instanceToken(), request);
    }

    /** A text field of a request body (typed request, Map, JsonNode or JSON text), or null. */
    private static String field(Object request, String name) {
        if (request instanceof JsonNode node) {
            JsonNode value = node.get(name);
            return value != null && value.isTextual() ? value.asText() : null;
        }
        if (request instanceof Map<?, ?> map) {
            Object value = map.get(name);
            return value instanceof String text ? text : null;
        }
        if (request instanceof String text) {
            try {
                return field(Json.readStrict(text), name);
            } catch (java.io.IOException e) {
                return null;
            }
        }
        if (request != null && request.getClass().isRecord()) {
            for (RecordComponent component : request.getClass().getRecordComponents()) {
                JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                String key = property != null ? property.value() : component.getName();
                if (key.equals(name) && component.getType() == String.class) {
                    try {
                        return (String) component.getAccessor().invoke(request);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
