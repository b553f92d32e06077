package org.camelvzaps.kamelets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.camelvzaps.sandbox.VZapsSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;

/**
 * The route.yaml of docs/jbang-yaml.md, run with the runner under {@code camel run} (KameletMain, no downloads), the
 * component configured by {@code camel.component.vzaps.*} in application.properties as the doc shows: a timer sends a
 * text through direct:, the log reads ${body.messageId} (camel-bean), and the webhook route on the main HTTP server
 * (camel-platform-http-main) gets the inbound message.
 */
class JBangYamlTest {

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();

    @TempDir
    Path dir;

    @Test
    void theRouteOfTheDocSendsAndReceives() throws Exception {
        int port = Runner.freePort();
        String id = SandboxApi.pairedInstance(sandbox.get(), Map.of(
                "webhook", "http://127.0.0.1:" + port + "/vzaps/webhook?secret=s3cret", "events_subscribe", "All"));
        Map<String, String> p = Map.of(
                "camel.component.vzaps.client-token", sandbox.clientToken(),
                "camel.component.vzaps.client-secret", sandbox.clientSecret(),
                "camel.component.vzaps.base-url", sandbox.baseUrl(),
                "camel.server.enabled", "true",
                "camel.server.port", String.valueOf(port),
                "vzaps.instance", id,
                "vzaps.phone", "5511999999999",
                "vzaps.webhook-secret", "s3cret");
        try (Runner r = Runner.run(dir, p, Runner.example(dir, "route.yaml"))) {
            await().atMost(Duration.ofSeconds(15)).until(() -> sandbox.journal().stream()
                    .anyMatch(c -> c.path().endsWith("/chat/send/text") && c.body().contains("Hello from camel run")));
            sandbox.injectInboundMessage(id, "5511988887777", "Ana", "hi camel");
            await().atMost(Duration.ofSeconds(15)).until(() -> r.logged.contains("hi camel"));
        }
    }
}
