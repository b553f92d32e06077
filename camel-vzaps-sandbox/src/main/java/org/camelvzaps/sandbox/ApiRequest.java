package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** One incoming call as the handlers see it: method, path, path and query parameters, headers, parsed JSON body. */
final class ApiRequest {

    final String method;
    final String path;
    final Map<String, String> pathParams;
    private final Map<String, String> queryParams;
    private final Function<String, String> headers;
    private final String rawBody;
    private JsonNode body;
    /** Set by the authenticator for routes with an {id} path parameter. */
    Instance instance;

    ApiRequest(String method, String path, String query, Map<String, String> pathParams,
               Function<String, String> headers, String rawBody) {
        this.method = method;
        this.path = path;
        this.queryParams = parseQuery(query);
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

    /** The first query parameter present among the given spellings (e.g. page_size, pageSize), else null. */
    String query(String... names) {
        for (String name : names) {
            String v = queryParams.get(name);
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
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

    /** The instance of the path, which must have a paired WhatsApp session (else 409). */
    Instance connectedInstance() {
        if (!instance.connected()) {
            throw new ApiException(409, "instance is not connected");
        }
        return instance;
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }
}
