package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.function.Function;

/** One incoming call as the handlers see it: method, path, path parameters, headers, parsed JSON body. */
final class ApiRequest {

    final String method;
    final String path;
    final Map<String, String> pathParams;
    private final Function<String, String> headers;
    private final String rawBody;
    private JsonNode body;
    /** Set by the authenticator for routes with an {id} path parameter. */
    Instance instance;

    ApiRequest(String method, String path, Map<String, String> pathParams, Function<String, String> headers,
               String rawBody) {
        this.method = method;
        this.path = path;
        this.pathParams = pathParams;
        this.headers = headers;
        this.rawBody = rawBody == null ? "" : rawBody;
    }

    String header(String name) {
        String v = headers.apply(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    String param(String name) {
        return pathParams.get(name);
    }

    /** The JSON body; an empty body reads as {}; a body that is not JSON answers 400. */
    JsonNode body() {
        if (body == null) {
            body = rawBody.isBlank() ? Json.object() : Json.parse(rawBody);
            if (!body.isObject()) {
                throw new ApiException(400, "request body must be a JSON object");
            }
        }
        return body;
    }
}
