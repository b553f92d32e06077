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

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
