package org.camelvzaps.kamelets;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.camelvzaps.sandbox.RecordedCall;
import org.camelvzaps.sandbox.VZapsSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each Kamelet bound the way docs/kamelets.md shows it (the files in src/test/resources/examples), in a Pipe and in a
 * YAML route, run by KameletMain (what {@code camel run} uses) against the sandbox.
 * <p>
 * The sandbox's client secret holds {@code + / = &}, the characters a real secret may have and a URI query mangles,
 * so a binding that passes the secret through a query string unprotected fails here with 401.
 */
class KameletsAgainstSandboxTest {

    static final String PHONE = "5511999999999";
    static final String SECRET = "cs_Ab+9/xY=z&k=1";

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder().clientSecret(SECRET)
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();

    @TempDir
    Path dir;

    /** What a YAML route reads: its own vzaps.* keys, passed to the Kamelet as parameters. */
    private Map<String, String> routeProperties(String instanceId) {
        Map<String, String> p = new HashMap<>();
        p.put("vzaps.client-token", sandbox.clientToken());
        p.put("vzaps.client-secret", sandbox.clientSecret());
        p.put("vzaps.instance", instanceId);
        p.put("vzaps.phone", PHONE);
        p.put("vzaps.base-url", sandbox.baseUrl());
        p.put("vzaps.realtime-url", sandbox.realtimeUrl());
        p.put("vzaps.webhook-secret", "s3cret");
        p.put("vzaps.outbox", dir.resolve("outbox").toString());
        return p;
    }

    /**
     * What a Pipe reads: the Kamelets' own properties, {@code camel.kamelet.<kamelet>.<property>}, so credentials stay
     * out of the Pipe file (Pipe property values are literal: a {@code {{placeholder}}} there is URL-encoded into the
     * kamelet: URI and never resolved).
     */
    private Map<String, String> pipeProperties(String instanceId) {
        Map<String, String> p = new HashMap<>();
        for (String k : List.of("vzaps-send-sink", "vzaps-realtime-source")) {
            p.put("camel.kamelet." + k + ".clientToken", sandbox.clientToken());
            p.put("camel.kamelet." + k + ".clientSecret", sandbox.clientSecret());
            p.put("camel.kamelet." + k + ".instanceId", instanceId);
            p.put("camel.kamelet." + k + ".baseUrl", sandbox.baseUrl());
        }
        p.put("camel.kamelet.vzaps-realtime-source.realtimeUrl", sandbox.realtimeUrl());
        p.put("camel.kamelet.vzaps-webhook-source.webhookSecret", "s3cret");
        p.put("vzaps.outbox", dir.resolve("outbox").toString());
        return p;
    }

    private List<RecordedCall> sends(String instanceId, String kind) {
        return sandbox.get().journal().stream()
                .filter(c -> c.path().equals("/instances/" + instanceId + "/chat/send/" + kind)).toList();
    }

    private void assertTextSent(String id) throws Exception {
        await().atMost(Duration.ofSeconds(15)).until(() -> !sends(id, "text").isEmpty());
        RecordedCall call = sends(id, "text").get(0);
        assertEquals(200, call.status(), call::toString);
        assertTrue(call.body().contains("Your order has shipped") && call.body().contains(PHONE), call::body);
    }

    private void assertImageSent(String id) throws Exception {
        Path outbox = Files.createDirectories(dir.resolve("outbox"));
        Files.write(outbox.resolve("pixel.png"), png());
        await().atMost(Duration.ofSeconds(15)).until(() -> !sends(id, "image").isEmpty());
        RecordedCall call = sends(id, "image").get(0);
        assertEquals(200, call.status(), call::toString);
        assertTrue(call.body().contains("data:image/png;base64,") && call.body().contains(PHONE), call::body);
    }

    @Test
    void sendSinkSendsTheTextOfARoute() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        try (Runner r = Runner.run(dir, routeProperties(id), Runner.example(dir, "send-text-route.yaml"))) {
            assertTextSent(id);
        }
    }

    @Test
    void sendSinkSendsTheTextOfAPipe() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        try (Runner r = Runner.run(dir, pipeProperties(id), Runner.example(dir, "send-text-pipe.yaml"))) {
            assertTextSent(id);
        }
    }

    @Test
    void sendSinkSendsTheImageFileOfARoute() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        try (Runner r = Runner.run(dir, routeProperties(id), Runner.example(dir, "send-image-route.yaml"))) {
            assertImageSent(id);
        }
    }

    @Test
    void sendSinkSendsTheImageFileOfAPipe() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        try (Runner r = Runner.run(dir, pipeProperties(id), Runner.example(dir, "send-image-pipe.yaml"))) {
            assertImageSent(id);
        }
    }

    private void assertWebhookDelivers(String example, Map<String, String> properties, int port, String id)
            throws Exception {
        properties.put("camel.server.enabled", "true");
        properties.put("camel.server.port", String.valueOf(port));
        try (Runner r = Runner.run(dir, properties, Runner.example(dir, example))) {
            sandbox.injectInboundMessage(id, "5511988887777", "Ana", "hi from the webhook");
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> r.logged.stream().anyMatch(b -> b.contains("hi from the webhook")));
            String event = r.logged.stream().filter(b -> b.contains("hi from the webhook")).findFirst().orElseThrow();
            assertTrue(event.contains("\"Message\""), event);
        }
    }

    @Test
    void webhookSourceDeliversTheEventsOfARoute() throws Exception {
        int port = Runner.freePort();
        String id = SandboxApi.pairedInstance(sandbox.get(), webhookAt(port));
        assertWebhookDelivers("webhook-route.yaml", routeProperties(id), port, id);
    }

    @Test
    void webhookSourceDeliversTheEventsOfAPipe() throws Exception {
        int port = Runner.freePort();
        String id = SandboxApi.pairedInstance(sandbox.get(), webhookAt(port));
        assertWebhookDelivers("webhook-pipe.yaml", pipeProperties(id), port, id);
    }

    private static Map<String, Object> webhookAt(int port) {
        return Map.of("webhook", "http://127.0.0.1:" + port + "/vzaps/webhook?secret=s3cret",
                "events_subscribe", "All");
    }

    private void assertRealtimeDelivers(String example, Map<String, String> properties, String id) throws Exception {
        try (Runner r = Runner.run(dir, properties, Runner.example(dir, example))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.realtimeConnections(id) == 1);
            sandbox.injectInboundMessage(id, "5511988887777", "Ana", "hi from the socket");
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> r.logged.stream().anyMatch(b -> b.contains("hi from the socket")));
            String event = r.logged.stream().filter(b -> b.contains("hi from the socket")).findFirst().orElseThrow();
            assertTrue(event.contains("\"instance_id\"") && event.contains(id), event);
            await().atMost(Duration.ofSeconds(15)).until(() -> !sandbox.realtimeAcks(id).isEmpty());
        }
    }

    @Test
    void realtimeSourceDeliversTheEventsOfARoute() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        assertRealtimeDelivers("realtime-route.yaml", routeProperties(id), id);
    }

    @Test
    void realtimeSourceDeliversTheEventsOfAPipe() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        assertRealtimeDelivers("realtime-pipe.yaml", pipeProperties(id), id);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
