package org.camelvzaps.quarkus.example;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.camelvzaps.client.VZapsClientSettings;
import org.camelvzaps.sandbox.RecordedCall;
import org.camelvzaps.sandbox.SandboxInstance;
import org.camelvzaps.sandbox.VZapsSandbox;
import org.camelvzaps.sandbox.quarkus.VZapsSandboxResource;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example as it starts, against the sandbox (VZapsSandboxResource): it onboards an instance whose webhook is this
 * app's port and writes its QR code; once paired, /send sends through it, and a picture someone sends arrives on the
 * webhook and is saved under its real extension; every call carries the component's User-Agent; /q/health/ready is UP
 * with Camel's consumer checks in it.
 */
@QuarkusTest
@WithTestResource(VZapsSandboxResource.class)
class VZapsQuarkusTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    // a 1x1 PNG
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    VZapsSandbox sandbox; // set by VZapsSandboxResource

    @Inject
    CamelContext camel;

    @TestHTTPResource("/")
    URL app;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onboardsAtStartThenSendsAndReceives() throws Exception {
        String id = await("onboarding created an instance").atMost(WAIT)
                .until(() -> (String) camel.getVariable("global:instance"), v -> v != null && !v.isEmpty());
        SandboxInstance instance = sandbox.instance(id).orElseThrow();
        assertEquals("Store front", instance.name());
        Path qr = Path.of("target/test-files/qr.png");
        await("qr.png written").atMost(WAIT).until(() -> Files.exists(qr) && Files.size(qr) > 0);

        sandbox.scan(id);
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(app.toURI().resolve("send?phone=5511999999999"))
                .POST(HttpRequest.BodyPublishers.ofString("Hello from Quarkus")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode(), sent.body());
        assertFalse(sent.body().isBlank(), "the answer is the message id");
        assertTrue(sandbox.journal().stream().anyMatch(c -> c.path().endsWith("/chat/send/text")
                && c.body().contains("Hello from Quarkus") && c.body().contains("5511999999999")));
        RecordedCall send = sandbox.journal().stream().filter(c -> c.path().endsWith("/chat/send/text")).findFirst().orElseThrow();
        assertEquals(VZapsClientSettings.DEFAULT_USER_AGENT, send.header("User-Agent"));

        String pictureId = sandbox.injectInboundMedia(id, "5511988887777", "Ana", "image", PNG, "image/png", null, "a.png");
        Path saved = Path.of("target/test-files/inbox", pictureId + ".png");
        await("the webhook route saved the picture").atMost(WAIT).until(() -> Files.exists(saved) && Files.size(saved) == PNG.length);
        assertArrayEquals(PNG, Files.readAllBytes(saved));

        // Camel's health checks in SmallRye Health: camel-consumers sums up the consumers' checks, the vzaps
        // webhook's among them (503 and DOWN if one were down)
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(app.toURI().resolve("/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        String compact = health.body().replaceAll("\\s", "");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(compact.contains("{\"name\":\"camel-consumers\",\"status\":\"UP\"}"), health.body());
    }
}
