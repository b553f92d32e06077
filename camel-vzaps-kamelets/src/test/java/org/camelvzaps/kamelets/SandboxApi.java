package org.camelvzaps.kamelets;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camelvzaps.sandbox.VZapsSandbox;

/** Creates and pairs sandbox instances over the sandbox's HTTP API, as an account would. */
final class SandboxApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private SandboxApi() {
    }

    /** A new instance (with these extra create fields), paired; answers its id. */
    static String pairedInstance(VZapsSandbox sandbox, Map<String, Object> fields) throws Exception {
        JsonNode token = call(sandbox, "/token", "POST", Map.of("client_token", sandbox.clientToken(),
                "client_secret", sandbox.clientSecret()), null);
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.putIfAbsent("name", "kamelets test");
        JsonNode created = call(sandbox, "/instances/create", "PUT", body, token.get("access_token").asText());
        JsonNode instance = created.has("data") && created.get("data").has("id") ? created.get("data") : created;
        String id = instance.get("id").asText();
        sandbox.scan(id);
        return id;
    }

    private static JsonNode call(VZapsSandbox sandbox, String path, String method, Object body, String jwt)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (jwt != null) {
            b.header("Authorization", "Bearer " + jwt);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
