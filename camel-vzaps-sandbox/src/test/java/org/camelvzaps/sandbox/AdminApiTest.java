package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The /__sandbox admin HTTP API mirrors the Java API. */
class AdminApiTest {

    @RegisterExtension
    static VZapsSandboxExtension extension = VZapsSandboxExtension.builder().autoPairAfterQrFetches(0).build();
    static VZapsSandbox sandbox;
    static Api api;

    @BeforeAll
    static void start() {
        sandbox = extension.get();
        api = new Api(sandbox);
    }

    @Test
    void credentialsAndInstances() {
        JsonNode c = api.call("GET", "/__sandbox/credentials", null).json();
        assertEquals(sandbox.clientToken(), c.get("client_token").asText());
        assertEquals(sandbox.clientSecret(), c.get("client_secret").asText());
        assertEquals(sandbox.baseUrl(), c.get("base_url").asText());
        String id = api.createInstance(api.jwt());
        JsonNode list = api.call("GET", "/__sandbox/instances", null).json();
        assertTrue(list.isArray());
        assertTrue(list.findValuesAsText("id").contains(id));
    }

    @Test
    void scanInboundDisconnect() {
        try (Receiver receiver = new Receiver()) {
            String id = api.createInstance(api.jwt(), Map.of("name", "admin", "webhook", receiver.url(), "events_subscribe", "All"));
            Api.Res scan = api.call("POST", "/__sandbox/instances/" + id + "/scan", null);
            assertEquals(200, scan.status());
            assertTrue(scan.json().get("connected").asBoolean());
            Api.Res inbound = api.call("POST", "/__sandbox/instances/" + id + "/inbound",
                    Map.of("phone", "5511988887777", "push_name", "Contact Name", "text", "hello"));
            assertEquals(200, inbound.status(), () -> inbound.raw().body());
            String messageId = inbound.json().get("message_id").asText();
            assertEquals(400, api.call("POST", "/__sandbox/instances/" + id + "/inbound", Map.of("phone", "12", "text", "x")).status());
            assertEquals(200, api.call("POST", "/__sandbox/instances/" + id + "/disconnect", null).status());
            assertFalse(sandbox.instance(id).orElseThrow().connected());
            assertEquals(409, api.call("POST", "/__sandbox/instances/" + id + "/inbound",
                    Map.of("phone", "5511988887777", "text", "x")).status());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 3);
            assertEquals(messageId, receiver.hits().get(1).body().get("event").get("info").get("id").asText());
            JsonNode deliveries = api.call("GET", "/__sandbox/instances/" + id + "/deliveries", null).json();
            assertEquals(3, deliveries.size());
            assertEquals(404, api.call("POST", "/__sandbox/instances/VZNOPE/scan", null).status());
        }
    }

    @Test
    void inboundImageAndQueueHoldThroughHttp() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String id = api.createInstance(api.jwt(), Map.of("name", "admin media", "webhook", receiver.url(),
                    "events_subscribe", "Message"));
            sandbox.scan(id);
            byte[] png = Api.png();
            Api.Res inbound = api.call("POST", "/__sandbox/instances/" + id + "/inbound", Map.of("phone", "5511988887777",
                    "push_name", "Ana", "text", "a photo", "image", Api.dataUrl("image/png", png)));
            assertEquals(200, inbound.status(), () -> inbound.raw().body());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 1);
            JsonNode message = receiver.hits().get(0).body();
            assertEquals(inbound.json().get("message_id").asText(), message.get("event").get("info").get("id").asText());
            JsonNode node = message.get("event").get("message").get("image_message");
            assertEquals("a photo", node.get("caption").asText());
            assertEquals(png.length, node.get("file_length").asInt());
            Api.Res file = api.call("GET", message.get("media_url").asText().substring(sandbox.baseUrl().length()), null);
            assertEquals(200, file.status());
            assertEquals("image/png", file.header("Content-Type"));
            assertEquals(400, api.call("POST", "/__sandbox/instances/" + id + "/inbound",
                    Map.of("phone", "5511988887777", "image", "not media")).status());

            assertEquals(true, api.call("POST", "/__sandbox/instances/" + id + "/queue", Map.of("hold", true)).json()
                    .get("hold").asBoolean());
            api.on(id, "POST", "chat/send/text", Map.of("phone", "5511988887777", "message", "waits"));
            assertEquals(1, api.on(id, "GET", "queue/messages", null).data().size());
            api.call("POST", "/__sandbox/instances/" + id + "/queue", Map.of("hold", false));
            assertEquals(0, api.on(id, "GET", "queue/messages", null).data().size());
            assertEquals(400, api.call("POST", "/__sandbox/instances/" + id + "/queue", Map.of()).status());
        }
    }

    @Test
    void cardAndCheckout() {
        String jwt = api.jwt();
        assertEquals(200, api.call("POST", "/__sandbox/card", Map.of("on_file", false)).status());
        String id = api.createInstance(jwt);
        assertEquals("checkout", api.withJwt(jwt, "POST", "/instances/" + id + "/subscribe", Map.of()).json().get("mode").asText());
        Api.Res done = api.call("POST", "/__sandbox/instances/" + id + "/checkout/complete", null);
        assertEquals("ACTIVE", done.json().get("billing_status").asText());
        assertEquals(200, api.call("POST", "/__sandbox/card", Map.of("on_file", true)).status());
        String other = api.createInstance(jwt);
        assertEquals("direct", api.withJwt(jwt, "POST", "/instances/" + other + "/subscribe", Map.of()).json().get("mode").asText());
        assertEquals(400, api.call("POST", "/__sandbox/card", Map.of()).status());
    }

    @Test
    void faultsThroughHttp() {
        String jwt = api.jwt();
        assertEquals(200, api.call("POST", "/__sandbox/faults",
                Map.of("kind", "rate_limit", "retry_after_seconds", 3, "next_calls", 2)).status());
        Api.Res limited = api.withJwt(jwt, "POST", "/instances/list", Map.of());
        assertEquals(429, limited.status());
        assertEquals("3", limited.header("Retry-After"));
        assertEquals(429, api.withJwt(jwt, "POST", "/instances/list", Map.of()).status());
        assertEquals(200, api.withJwt(jwt, "POST", "/instances/list", Map.of()).status());

        api.call("POST", "/__sandbox/faults", Map.of("kind", "server_error", "status", 503, "share", 1.0));
        assertEquals(503, api.withJwt(jwt, "POST", "/instances/list", Map.of()).status());
        assertEquals(200, api.call("DELETE", "/__sandbox/faults", null).status());
        assertEquals(200, api.withJwt(jwt, "POST", "/instances/list", Map.of()).status());

        api.call("POST", "/__sandbox/faults", Map.of("kind", "slow", "delay_ms", 300, "next_calls", 1));
        long start = System.nanoTime();
        assertEquals(200, api.withJwt(jwt, "POST", "/instances/list", Map.of()).status());
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 300);
        assertEquals(400, api.call("POST", "/__sandbox/faults", Map.of("kind", "meteor")).status());
    }

    @Test
    void journalAndTokenExpiry() {
        String jwt = api.jwt();
        assertEquals(200, api.call("DELETE", "/__sandbox/journal", null).status());
        api.withJwt(jwt, "POST", "/instances/list", Map.of("page", 1));
        JsonNode journal = api.call("GET", "/__sandbox/journal", null).json();
        assertEquals(1, journal.size());
        assertEquals("POST", journal.get(0).get("method").asText());
        assertEquals("/instances/list", journal.get(0).get("path").asText());
        assertEquals(200, journal.get(0).get("status").asInt());
        assertTrue(journal.get(0).get("body").asText().contains("\"page\""));
        assertEquals(200, api.call("POST", "/__sandbox/tokens/expire", null).status());
        assertEquals(401, api.withJwt(jwt, "POST", "/instances/list", Map.of()).status());
    }
}
