package org.camelvzaps.component;

import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.OperationSpec;
import org.camelvzaps.client.OperationSpec.BodyKind;
import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.model.event.VZapsEvent;

/**
 * Turns the exchange body into the request the operation sends, as its declaration says: the typed request, a
 * {@code Map}, a {@code JsonNode} or JSON text are sent as given; a plain text body fills the declared text field; a
 * binary body of a media send becomes a data URL; a received event becomes the media node a download sends; then
 * missing body fields are filled from their parameters ({@code CamelVZapsPhone}, {@code CamelVZapsGroupId}, ...).
 * The answer a previous {@code vzaps:} step left in the body is never sent as the next step's request (an optional
 * body is then left out, a required one is asked for). Everything that can be wrong fails here, before any HTTP call.
 */
final class RequestBodies {

    /** Exchange property holding the answer a vzaps: step left in the body, so the next step does not send it. */
    static final String PREVIOUS_ANSWER = "CamelVZapsPreviousAnswer";

    private RequestBodies() {
    }

    static Object resolve(VZapsOperation op, Exchange exchange, Map<Param, String> params) {
        OperationSpec spec = op.spec();
        if (spec.body() == BodyKind.NONE || (spec.isDynamic() && "GET".equalsIgnoreCase(params.get(Param.httpMethod)))) {
            return null;
        }
        Object body = exchange.getMessage().getBody();
        if (body != null && body == exchange.getProperty(PREVIOUS_ANSWER)) {
            body = null; // the previous vzaps: step's answer is not this step's request
        }
        Object request;
        if (spec.media() != null && MediaBodies.isBinary(body)) {
            request = MediaBodies.toRequest(op, spec.media(), body, exchange);
        } else if (spec.eventMediaKind() != null && body instanceof VZapsEvent event) {
            request = mediaNodeOf(op, spec.eventMediaKind(), event);
        } else {
            if (body instanceof byte[] || body instanceof InputStream) {
                body = exchange.getMessage().getBody(String.class);
            }
            request = toRequest(op, spec, body, exchange);
        }
        if (request != null && spec.media() != null) {
            request = MediaBodies.withHeaderFields(spec.media(), request, exchange);
        }
        return request == null ? requiredButMissing(op, spec, params) : withFills(op, spec, request, params);
    }

    private static Object toRequest(VZapsOperation op, OperationSpec spec, Object body, Exchange exchange) {
        if (body == null) {
            return null;
        }
        if (spec.requestType().isInstance(body) || body instanceof Map || body instanceof JsonNode) {
            return body;
        }
        boolean optional = spec.body() != BodyKind.REQUIRED;
        if (body instanceof String text) {
            if (looksLikeJson(text)) {
                return parseJson(op, text);
            }
            if (spec.textField() != null && !text.isBlank()) {
                return Json.mapper().createObjectNode().put(spec.textField(), text.trim());
            }
            if (optional) {
                return null;
            }
            throw new VZapsConfigurationException("vzaps:" + op + " takes a JSON object as body, got text that is not JSON");
        }
        if (optional) {
            return null;
        }
        Object converted = exchange.getContext().getTypeConverter().tryConvertTo(spec.requestType(), exchange, body);
        if (converted == null) {
            throw new VZapsConfigurationException("vzaps:" + op + " cannot send a body of type "
                    + body.getClass().getName() + ": give a " + spec.requestType().getSimpleName()
                    + ", a Map or JSON text" + (spec.media() != null ? ", or the media as byte[], File, Path or InputStream" : ""));
        }
        return converted;
    }

    /** No usable body: a required one is refused; a default {} gets its fills; an optional one sends nothing. */
    private static Object requiredButMissing(VZapsOperation op, OperationSpec spec, Map<Param, String> params) {
        if (spec.body() == BodyKind.REQUIRED) {
            throw new VZapsConfigurationException("vzaps:" + op + " needs a request body: a "
                    + spec.requestType().getSimpleName() + ", a Map or JSON text"
                    + (spec.textField() != null ? ", or text (the " + spec.textField() + ")" : ""));
        }
        if (spec.body() == BodyKind.DEFAULT_EMPTY_OBJECT && !spec.fills().isEmpty()) {
            return withFills(op, spec, Json.mapper().createObjectNode(), params);
        }
        return null;
    }

    /** Fills body fields the request lacks from their parameters; a required field found nowhere fails. */
    private static Object withFills(VZapsOperation op, OperationSpec spec, Object request, Map<Param, String> params) {
        if (spec.fills().isEmpty()) {
            return request;
        }
        JsonNode tree = MediaBodies.treeOf(request);
        if (!tree.isObject()) {
            return request;
        }
        ObjectNode node = (ObjectNode) tree;
        for (OperationSpec.BodyFill fill : spec.fills()) {
            if (node.hasNonNull(fill.field())) {
                continue;
            }
            String value = params.get(fill.param());
            if (value != null) {
                node.put(fill.field(), value);
            } else {
                throw new VZapsConfigurationException("vzaps:" + op + " needs '" + fill.field() + "': put it in the body, "
                        + "or set the " + fill.param().header() + " header or the " + fill.param().option() + " option");
            }
        }
        return node;
    }

    private static JsonNode mediaNodeOf(VZapsOperation op, String kind, VZapsEvent event) {
        JsonNode media = event.mediaNode(kind);
        if (media == null) {
            throw new VZapsConfigurationException("vzaps:" + op + " got a " + event.type() + " event without " + kind
                    + " media in it" + (event.mediaKind() != null ? " (it carries " + event.mediaKind() + " media: use "
                    + "the matching download operation)" : ""));
        }
        return media;
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
}
