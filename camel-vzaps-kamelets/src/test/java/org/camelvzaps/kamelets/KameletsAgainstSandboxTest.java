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
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each Kamelet bound the way docs/kamelets.md shows it (the files in src/test/resources/examples), run by KameletMain
 * (what {@code camel run} uses) against the sandbox.
 */
class KameletsAgainstSandboxTest {

    static final String PHONE = "5511999999999";

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();

    @TempDir
    Path dir;

    private Map<String, String> properties(String instanceId) {
        Map<String, String> p = new HashMap<>();
        p.put("vzaps.client-token", sandbox.get().clientToken());
        p.put("vzaps.client-secret", sandbox.get().clientSecret());
        p.put("vzaps.instance", instanceId);
        p.put("vzaps.phone", PHONE);
        p.put("vzaps.base-url", sandbox.get().baseUrl());
        p.put("vzaps.realtime-url", sandbox.realtimeUrl());
        p.put("vzaps.webhook-secret", "s3cret");
        return p;
    }

    private List<RecordedCall> sends(String instanceId, String kind) {
        return sandbox.get().journal().stream()
                .filter(c -> c.path().equals("/instances/" + instanceId + "/chat/send/" + kind)).toList();
    }

    @Test
    void sendSinkSendsTheTextOfARoute() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        try (Runner r = Runner.run(dir, properties(id), Runner.example(dir, "send-text-route.yaml"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> !sends(id, "text").isEmpty());
        }
        RecordedCall call = sends(id, "text").get(0);
        assertTrue(call.status() == 200, call::toString);
        assertTrue(call.body().contains("Your order has shipped") && call.body().contains(PHONE), call::body);
    }

    @Disabled("open: bound in a Pipe, the Kamelet gets credentials the sandbox refuses (401 on POST /token), the same values work in a route")
    @Test
    void sendSinkSendsThePicturesOfAPipe() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        Path outbox = Files.createDirectories(dir.resolve("outbox"));
        Files.write(outbox.resolve("parcel.png"), png());
        Map<String, String> p = properties(id);
        p.put("outbox", outbox.toAbsolutePath().toString());
        try (Runner r = Runner.run(dir, p, Runner.example(dir, "send-image-pipe.yaml"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> !sends(id, "image").isEmpty());
        }
        RecordedCall call = sends(id, "image").get(0);
        assertTrue(call.status() == 200, call::toString);
        assertTrue(call.body().contains("data:image/png;base64,") && call.body().contains(PHONE), call::body);
    }

    @Disabled("open: the routed event never reaches log: within 15 s; not yet investigated")
    @Test
    void webhookSourceGetsWhatTheSandboxDeliversToTheMainHttpServer() throws Exception {
        int port = Runner.freePort();
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of(
                "webhook", "http://127.0.0.1:" + port + "/vzaps/webhook?secret=s3cret", "events_subscribe", "All"));
        Map<String, String> p = properties(id);
        p.put("camel.server.enabled", "true");
        p.put("camel.server.port", String.valueOf(port));
        try (Runner r = Runner.run(dir, p, Runner.example(dir, "webhook-source-route.yaml"))) {
            sandbox.get().injectInboundMessage(id, "5511988887777", "Ana", "where is my order?");
            await().atMost(Duration.ofSeconds(15)).until(() -> r.logged.stream()
                    .anyMatch(b -> b.contains("where is my order?") && b.contains("\"type\":\"Message\"")));
            await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.get().deliveryLogs(id).stream()
                    .anyMatch(l -> "Message".equals(l.eventType()) && l.succeeded()));
        }
    }

    @Disabled("open: bound in a Pipe, the Kamelet gets credentials the sandbox refuses (401 on POST /token), the same values work in a route")
    @Test
    void realtimeSourceGetsWhatTheSandboxPublishes() throws Exception {
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of());
        try (Runner r = Runner.run(dir, properties(id), Runner.example(dir, "realtime-source-pipe.yaml"))) {
            sandbox.get().injectInboundMessage(id, "5511988887777", "Ana", "hello over the socket");
            await().atMost(Duration.ofSeconds(15)).until(() -> r.logged.stream()
                    .anyMatch(b -> b.contains("hello over the socket") && b.contains("\"instance_id\":\"" + id + "\"")));
            await().atMost(Duration.ofSeconds(15)).until(() -> !sandbox.realtimeAcks(id).isEmpty());
        }
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
