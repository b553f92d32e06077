package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: status, JSON (or other) body and extra headers. */
final class ApiResponse {

    final int status;
    final byte[] body;
    final String contentType;
    final Map<String, String> headers = new LinkedHashMap<>();
    long delayMillis;

    private ApiResponse(int status, byte[] body, String contentType) {
        this.status = status;
        this.body = body;
        this.contentType = contentType;
    }

    static ApiResponse json(int status, JsonNode body) {
        return new ApiResponse(status, Json.write(body).getBytes(StandardCharsets.UTF_8), "application/json");
    }

    static ApiResponse ok(JsonNode body) {
        return json(200, body);
    }

    /** 200 with the {code:200, success:true, data} envelope. */
    static ApiResponse envelope(JsonNode data) {
        return json(200, Json.envelope(data));
    }

    /** 200 with the envelope around {"status":"ok"}. */
    static ApiResponse statusOk() {
        return envelope(Json.statusOk());
    }

    /** 204, no body, no Content-Type. */
    static ApiResponse noContent() {
        return new ApiResponse(204, new byte[0], null);
    }

    static ApiResponse error(int status, String message) {
        return json(status, Json.error(status, message));
    }

    static ApiResponse html(String html) {
        return new ApiResponse(200, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    static ApiResponse bytes(byte[] body, String contentType) {
        return new ApiResponse(200, body, contentType);
    }

    ApiResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
