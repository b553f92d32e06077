package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tiny HTTP client for the tests: real calls against a running sandbox. */
final class Api {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final VZapsSandbox sandbox;

    Api(VZapsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    record Res(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode data() {
            return json.get("data");
        }
    }

    Res call(String method, String path, Object body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : write(body);
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String ct = r.headers().firstValue("Content-Type").orElse("");
            if (ct.startsWith("application/json") && !r.body().isEmpty()) {
                json = MAPPER.readTree(r.body());
            }
            return new Res(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jwt() {
        Res r = call("POST", "/token", Map.of("client_token", sandbox.clientToken(), "client_secret", sandbox.clientSecret()));
        assertEquals(200, r.status(), () -> r.raw().body());
        return r.json().get("access_token").asText();
    }

    Res withJwt(String jwt, String method, String path, Object body) {
        return call(method, path, body, "Authorization", "Bearer " + jwt);
    }

    Res withInstanceToken(String instanceId, String method, String path, Object body) {
        SandboxInstance i = sandbox.instance(instanceId).orElseThrow();
        return call(method, path, body, "X-Instance-Token", i.token(), "X-Client-Token", sandbox.clientToken());
    }

    /** Creates an instance and answers its id. */
    String createInstance(String jwt, Map<String, Object> body) {
        Res r = withJwt(jwt, "PUT", "/instances/create", body);
        assertEquals(200, r.status(), () -> r.raw().body());
        return r.json().get("id").asText();
    }

    String createInstance(String jwt) {
        return createInstance(jwt, Map.of("name", "test instance"));
    }

    /** Creates an instance (webhook to the receiver when given, all events), pairs it and answers its id. */
    String pairedInstance(String jwt, Receiver receiver) {
        String id = receiver == null ? createInstance(jwt)
                : createInstance(jwt, Map.of("name", "paired", "webhook", receiver.url(), "events_subscribe", "All"));
        sandbox.scan(id);
        return id;
    }

    /** A call on the instance with its instance token: path relative to /instances/{id}. */
    Res on(String instanceId, String method, String relativePath, Object body) {
        return withInstanceToken(instanceId, method, "/instances/" + instanceId + "/" + relativePath, body);
    }

    static String dataUrl(String mimetype, byte[] bytes) {
        return "data:" + mimetype + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
    }

    /** A small real PNG (8x8, one colour). */
    static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x336699);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JsonNode fixture(String name) {
        try (var in = Api.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
