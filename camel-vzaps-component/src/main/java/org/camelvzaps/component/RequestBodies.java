package org.camelvzaps.component;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.RequestBody;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.message.SendTextRequest;

/**
 * Turns the exchange body into the request the operation sends: the operation's typed request, a {@code Map}, a
 * {@code JsonNode}, or JSON text are sent as they are; a plain String is the name (createInstance) or the text
 * (sendText); anything else goes through Camel's type converters. An operation whose body is optional
 * (subscribe) sends only a JSON object it is given and ignores other bodies, such as the Instance a previous
 * createInstance step left behind.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    static Object resolve(VZapsOperation op, Exchange exchange) {
        if (op.requestBody() == RequestBody.NONE) {
            return null;
        }
        Object body = exchange.getMessage().getBody();
        if (body instanceof byte[] || body instanceof InputStream) {
            body = exchange.getMessage().getBody(String.class);
        }
        Object request = toRequest(op, body, exchange);
        if (op == VZapsOperation.sendText) {
            request = withPhone(request, exchange.getMessage().getHeader(VZapsConstants.PHONE, String.class));
        }
        return request;
    }

    private static Object toRequest(VZapsOperation op, Object body, Exchange exchange) {
        if (body == null) {
            return null;
        }
        if (op.requestType().isInstance(body) || body instanceof Map || body instanceof JsonNode) {
            return body;
        }
        if (body instanceof String text) {
            if (looksLikeJson(text)) {
                return parseJson(op, text);
            }
            if (op.requestBody() == RequestBody.OPTIONAL_DEFAULT_EMPTY_OBJECT) {
                return null;
            }
            return switch (op) {
                case createInstance -> CreateInstanceRequest.named(text.trim());
                case sendText -> SendTextRequest.of(null, text);
                default -> throw new VZapsConfigurationException("vzaps:" + op + " takes a JSON object as body, got text "
                        + "that is not JSON");
            };
        }
        if (op.requestBody() == RequestBody.OPTIONAL_DEFAULT_EMPTY_OBJECT) {
            return null;
        }
        Object converted = exchange.getContext().getTypeConverter().tryConvertTo(op.requestType(), exchange, body);
        if (converted == null) {
            throw new VZapsConfigurationException("vzaps:" + op + " cannot send a body of type "
                    + body.getClass().getName() + ": give a " + op.requestType().getSimpleName() + ", a Map or JSON text");
        }
        return converted;
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = text.trim();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    private static JsonNode parseJson(VZapsOperation op, String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new VZapsConfigurationException("vzaps:" + op + " body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The CamelVZapsPhone header fills in the recipient when the body has none. */
    @SuppressWarnings("unchecked")
    private static Object withPhone(Object request, String phone) {
        if (request == null) {
            throw new VZapsConfigurationException("vzaps:sendText needs the message text as body (a String, a "
                    + "SendTextRequest, a Map or JSON text)");
        }
        Object result = request;
        if (phone != null && !phone.isBlank()) {
            if (request instanceof SendTextRequest typed && typed.phone() == null) {
                result = typed.withPhone(phone);
            } else if (request instanceof Map<?, ?> map && map.get("phone") == null) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                copy.put("phone", phone);
                result = copy;
            } else if (request instanceof ObjectNode node && !node.hasNonNull("phone")) {
                result = node.deepCopy().put("phone", phone);
            }
        }
        boolean hasPhone = result instanceof SendTextRequest typed ? typed.phone() != null
                : result instanceof Map<?, ?> map ? map.get("phone") != null
                : result instanceof JsonNode node && node.hasNonNull("phone");
        if (!hasPhone) {
            throw new VZapsConfigurationException("vzaps:sendText needs the recipient phone: set the CamelVZapsPhone "
                    + "header or 'phone' in the body (digits, country code first, e.g. 5511999999999)");
        }
        return result;
    }
}
