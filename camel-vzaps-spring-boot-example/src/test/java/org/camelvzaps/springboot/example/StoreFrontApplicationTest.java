package org.camelvzaps.springboot.example;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.apache.camel.CamelContext;
import org.camelvzaps.sandbox.SandboxInstance;
import org.camelvzaps.sandbox.VZapsSandbox;
import org.camelvzaps.sandbox.spring.AutoConfigureVZapsSandbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example application as it starts, against the sandbox (@AutoConfigureVZapsSandbox): it onboards an instance
 * whose webhook is this app's port and writes its QR code; once paired, /send sends through it, a picture someone
 * sends arrives on the webhook and is saved under its real extension, /actuator/health is UP with the vzaps webhook
 * check in it, and /actuator/metrics has the vzaps meters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "vzaps.files = target/test-files", "management.endpoints.web.exposure.include = health,metrics",
            "camel.health.exposure-level = full" })
@AutoConfigureVZapsSandbox
class StoreFrontApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    // a 1x1 PNG
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired
    VZapsSandbox sandbox;

    @Autowired
    CamelContext camel;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onboardsAtStartThenSendsReceivesAndIsHealthy() throws Exception {
        String id = await("onboarding created an instance").atMost(WAIT)
                .until(() -> (String) camel.getVariable("global:instance"), v -> v != null && !v.isEmpty());
        SandboxInstance instance = sandbox.instance(id).orElseThrow();
        assertEquals("Store front", instance.name());
        Path qr = Path.of("target/test-files/qr.png");
        await("qr.png written").atMost(WAIT).until(() -> Files.exists(qr) && Files.size(qr) > 0);

        sandbox.scan(id);
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(url("/send?phone=5511999999999")))
                .POST(HttpRequest.BodyPublishers.ofString("Hello from Spring Boot")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode(), sent.body());
        assertFalse(sent.body().isBlank(), "the answer is the message id");
        assertTrue(sandbox.journal().stream().anyMatch(c -> c.path().endsWith("/chat/send/text")
                && c.body().contains("Hello from Spring Boot") && c.body().contains("5511999999999")));

        String pictureId = sandbox.injectInboundMedia(id, "5511988887777", "Ana", "image", PNG, "image/png", null, "a.png");
        Path saved = Path.of("target/test-files/inbox", pictureId + ".png");
        await("the webhook route saved the picture").atMost(WAIT).until(() -> Files.exists(saved) && Files.size(saved) == PNG.length);
        assertArrayEquals(PNG, Files.readAllBytes(saved));

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().startsWith("{\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("\"camelHealth\":{\"status\":\"UP\""), health.body());
        // the webhook consumer's own check, inside camelHealth (camel.health.exposure-level = full)
        assertTrue(health.body().contains("\"vzaps.webhookPath\":\"/vzaps/webhook\"")
                   && health.body().contains("vzaps.sinceLastAcceptedMillis"), health.body());
        assertFalse(health.body().contains("change-me"), "the webhook secret stays out of health details");

        // the vzaps meters, in the application's MeterRegistry
        HttpResponse<String> calls = http.send(HttpRequest.newBuilder(URI.create(url(
                "/actuator/metrics/vzaps.calls?tag=operation:sendText&tag=outcome:success"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, calls.statusCode(), calls.body());
        assertTrue(calls.body().contains("\"name\":\"vzaps.calls\"") && calls.body().contains("\"COUNT\""), calls.body());
        HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create(url(
                "/actuator/metrics/vzaps.events?tag=consumer:webhook&tag=outcome:processed"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, events.statusCode(), events.body());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
