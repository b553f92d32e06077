package org.camelvzaps.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.sandbox.VZapsSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camel Main configured by properties only, after real traffic against the sandbox (an instance created, a text
 * sent, deliveries received on a registered webhook): {@code /observe/health} lists the vzaps producer and webhook
 * checks UP, and {@code /observe/metrics} (camel-micrometer-prometheus) carries the vzaps meters; no secret in either.
 */
class CamelMainObservabilityTest {

    private static final String WEBHOOK_SECRET = "whs-observe-3f9a";

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private Main main;

    @AfterEach
    void stopMain() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void healthAndMetricsShowTheVZapsChecksAndMetersAfterRealTraffic() throws Exception {
        int port = freePort();
        int managementPort = freePort();
        main = new Main();
        main.addInitialProperty("camel.component.vzaps.base-url", sandbox.baseUrl());
        main.addInitialProperty("camel.component.vzaps.client-token", sandbox.clientToken());
        main.addInitialProperty("camel.component.vzaps.client-secret", sandbox.clientSecret());
        main.addInitialProperty("camel.component.vzaps.health-check-producer-enabled", "true");
        main.addInitialProperty("camel.health.producers-enabled", "true");
        main.addInitialProperty("camel.health.exposure-level", "full");
        main.addInitialProperty("camel.server.enabled", "true");
        main.addInitialProperty("camel.server.port", String.valueOf(port));
        main.addInitialProperty("camel.management.enabled", "true");
        main.addInitialProperty("camel.management.port", String.valueOf(managementPort));
        main.addInitialProperty("camel.management.health-check-enabled", "true");
        main.addInitialProperty("camel.management.metrics-enabled", "true");
        main.addInitialProperty("camel.metrics.enabled", "true");
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send").to("vzaps:sendText?phone=5511977776666");
            }
        });
        main.start();
        CamelContext context = main.getCamelContext();
        ProducerTemplate template = context.createProducerTemplate();

        Instance instance = template.requestBody("vzaps:createInstance", "observed", Instance.class);
        List<String> events = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?registerWebhook=true&webhookExternalUrl=http://127.0.0.1:" + port
                     + "&webhookSecret=" + WEBHOOK_SECRET + "&events=Connected,Message&instanceId=" + instance.id())
                        .routeId("events").process(e -> events.add(e.getMessage().getHeader(VZapsConstants.EVENT_TYPE,
                                String.class)));
            }
        });
        sandbox.scan(instance.id());
        sandbox.injectInboundMessage(instance.id(), "5511988887777", "Ana", "hello");
        await().atMost(Duration.ofSeconds(20)).until(() -> events.size() >= 2);
        template.sendBodyAndHeader("direct:send", "hi Ana", VZapsConstants.INSTANCE_ID, instance.id());

        HttpResponse<String> health = get("http://localhost:" + managementPort + "/observe/health?data=true");
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("consumer:events"), health.body());
        assertTrue(health.body().contains("producer:vzaps:"), health.body());
        assertTrue(health.body().contains("sinceLastAcceptedMillis"), health.body());

        HttpResponse<String> metrics = get("http://localhost:" + managementPort + "/observe/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("vzaps_calls_seconds_count{") && metrics.body().contains("operation=\"sendText\""),
                metrics.body());
        assertTrue(metrics.body().contains("vzaps_events_total{") && metrics.body().contains("consumer=\"webhook\""),
                metrics.body());
        assertTrue(metrics.body().contains("vzaps_token_fetches_total{"), metrics.body());

        for (String secret : List.of(sandbox.clientSecret(), sandbox.clientToken(), WEBHOOK_SECRET)) {
            assertFalse(health.body().contains(secret) || metrics.body().contains(secret), "a secret is exposed");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
