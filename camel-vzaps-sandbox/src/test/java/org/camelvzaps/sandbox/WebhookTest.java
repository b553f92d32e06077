package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookTest {

    @RegisterExtension
    static VZapsSandboxExtension extension = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(20)).deliveryTimeout(Duration.ofSeconds(2)).build();
    static VZapsSandbox sandbox;
    static Api api;
    Receiver receiver;
    String jwt;

    @BeforeAll
    static void start() {
        sandbox = extension.get();
        api = new Api(sandbox);
    }

    @BeforeEach
    void setUp() {
        receiver = new Receiver();
        jwt = api.jwt();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void setWithCsvThenGetAnswersArray() {
        String id = api.createInstance(jwt);
        Api.Res set = api.withInstanceToken(id, "POST", "/instances/" + id + "/webhook", Api.fixture("request-webhook-set.json"));
        assertEquals(200, set.status(), () -> set.raw().body());
        Shapes.assertSameShape(Api.fixture("response-webhook-set.json"), set.json());
        assertEquals("https://cliente.exemplo.com/webhooks/whatsapp", set.data().get("webhook").asText());
        assertEquals("Message,ReadReceipt,Connected,Disconnected", set.data().get("events").asText());

        Api.Res get = api.withJwt(jwt, "GET", "/instances/" + id + "/webhook", null);
        Shapes.assertSameShape(Api.fixture("response-webhook-get.json"), get.json());
        assertEquals(List.of("Message", "ReadReceipt", "Connected", "Disconnected"),
                Api.MAPPER.convertValue(get.data().get("subscribe"), List.class));
    }

    @Test
    void setAcceptsArrayKeepsEventsWhenOmittedAndClearsWithEmptyUrl() {
        String id = api.createInstance(jwt);
        Api.Res set = api.withJwt(jwt, "POST", "/instances/" + id + "/webhook",
                Map.of("webhookURL", receiver.url(), "events", List.of("Message", "All")));
        assertEquals("Message,All", set.data().get("events").asText());
        Api.Res urlOnly = api.withJwt(jwt, "POST", "/instances/" + id + "/webhook", Map.of("webhookURL", "http://127.0.0.1:1/x"));
        assertEquals("Message,All", urlOnly.data().get("events").asText());
        assertEquals("http://127.0.0.1:1/x", urlOnly.data().get("webhook").asText());
        Api.Res cleared = api.withJwt(jwt, "POST", "/instances/" + id + "/webhook", Map.of("webhookURL", ""));
        assertEquals("", cleared.data().get("webhook").asText());
        assertEquals("", sandbox.instance(id).orElseThrow().webhookUrl());
        assertEquals("", api.withJwt(jwt, "GET", "/instances/" + id + "/webhook", null).data().get("webhook").asText());
    }

    @Test
    void setRejectsUnknownEventsAndBadUrls() {
        String id = api.createInstance(jwt);
        for (Object events : List.of("Message,Receipt", "MessageRead", List.of("message"))) {
            AuthTest.assertError(api.withJwt(jwt, "POST", "/instances/" + id + "/webhook",
                    Map.of("webhookURL", receiver.url(), "events", events)), 400);
        }
        AuthTest.assertError(api.withJwt(jwt, "POST", "/instances/" + id + "/webhook", Map.of("webhookURL", "ftp://x/y")), 400);
        AuthTest.assertError(api.withJwt(jwt, "POST", "/instances/" + id + "/webhook", Map.of("webhook_url", receiver.url())), 400);
        assertEquals(List.of(), sandbox.instance(id).orElseThrow().events());
    }

    @Test
    void pairingSendAndInboundDeliverDocumentedPayloadsInOrder() {
        String id = api.createInstance(jwt, Map.of("name", "deliveries", "webhook", receiver.url(), "events_subscribe", "All"));
        sandbox.scan(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.types().equals(List.of("Connected")));
        Receiver.Hit connected = receiver.hits().get(0);
        Shapes.assertContainsShape(Api.fixture("webhook-Connected.inferred.json"), connected.body());
        assertEquals(id, connected.instanceIdHeader());
        assertTrue(connected.contentType().startsWith("application/json"));
        String ownJid = sandbox.instance(id).orElseThrow().phone() + "@s.whatsapp.net";
        assertEquals(ownJid, connected.body().get("event").get("jid").asText());

        Api.Res send = api.withInstanceToken(id, "POST", "/instances/" + id + "/chat/send/text",
                Api.fixture("request-chat-send-text.json"));
        assertEquals(200, send.status(), () -> send.raw().body());
        Shapes.assertSameShape(Api.fixture("response-chat-send.shape.json"), send.json());
        String messageId = send.data().get("message_id").asText();
        assertTrue(messageId.matches("3EB0[0-9A-F]+"), messageId);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 4);
        assertEquals(List.of("Connected", "Message", "ReadReceipt", "ReadReceipt"), receiver.types());
        JsonNode message = receiver.hits().get(1).body();
        Shapes.assertSameShape(Api.fixture("webhook-Message-text.inferred.json"), message);
        JsonNode info = message.get("event").get("info");
        assertEquals(messageId, info.get("id").asText());
        assertTrue(info.get("is_from_me").asBoolean());
        assertEquals("5511999999999@s.whatsapp.net", info.get("chat").asText());
        assertEquals(ownJid, info.get("sender").asText());
        assertEquals("Hello from Java", message.get("event").get("message").get("conversation").asText());

        JsonNode delivered = receiver.hits().get(2).body();
        JsonNode read = receiver.hits().get(3).body();
        Shapes.assertSameShape(Api.fixture("webhook-ReadReceipt.inferred.json"), delivered);
        Shapes.assertSameShape(Api.fixture("webhook-ReadReceipt.inferred.json"), read);
        assertEquals("Delivered", delivered.get("state").asText());
        assertEquals("Read", read.get("state").asText());
        assertEquals(messageId, read.get("event").get("message_i_ds").get(0).asText());
        assertEquals("5511999999999@s.whatsapp.net", read.get("event").get("chat").asText());

        String inboundId = sandbox.injectInboundMessage(id, "5511988887777", "Contact Name", "hello");
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 5);
        JsonNode inbound = receiver.hits().get(4).body();
        Shapes.assertSameShape(Api.fixture("webhook-Message-text.inferred.json"), inbound);
        assertEquals(inboundId, inbound.get("event").get("info").get("id").asText());
        assertFalse(inbound.get("event").get("info").get("is_from_me").asBoolean());
        assertEquals("Contact Name", inbound.get("event").get("info").get("push_name").asText());
        assertEquals("5511988887777@s.whatsapp.net", inbound.get("event").get("info").get("sender").asText());
        assertEquals("hello", inbound.get("event").get("message").get("conversation").asText());

        sandbox.disconnect(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 6);
        Shapes.assertContainsShape(Api.fixture("webhook-Disconnected.inferred.json"), receiver.hits().get(5).body());

        List<DeliveryLog> logs = sandbox.deliveryLogs(id);
        assertEquals(6, logs.size());
        assertTrue(logs.stream().allMatch(DeliveryLog::succeeded));
        assertEquals(List.of("Connected", "Message", "ReadReceipt", "ReadReceipt", "Message", "Disconnected"),
                logs.stream().map(DeliveryLog::eventType).toList());
    }

    @Test
    void onlySubscribedEventsAreDelivered() {
        String id = api.createInstance(jwt, Map.of("name", "only messages", "webhook", receiver.url(),
                "events_subscribe", List.of("Message")));
        sandbox.scan(id);
        api.withJwt(jwt, "POST", "/instances/" + id + "/chat/send/text", Map.of("phone", "5511999999999", "message", "hi"));
        sandbox.injectInboundMessage(id, "5511988887777", "Contact", "last");
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 2);
        assertEquals(List.of("Message", "Message"), receiver.types());
        assertEquals("last", receiver.hits().get(1).body().get("event").get("message").get("conversation").asText());
    }

    @Test
    void sendTextValidates() {
        String id = api.createInstance(jwt);
        String path = "/instances/" + id + "/chat/send/text";
        Api.Res notConnected = api.withJwt(jwt, "POST", path, Map.of("phone", "5511999999999", "message", "hi"));
        AuthTest.assertError(notConnected, 409);
        assertEquals("instance is not connected", notConnected.json().get("message").asText());
        sandbox.scan(id);
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("phone", "+5511999999999", "message", "hi"),
                Map.<String, Object>of("phone", "123456789", "message", "hi"),
                Map.<String, Object>of("phone", "1234567890123456", "message", "hi"),
                Map.<String, Object>of("phone", "5511999999999", "message", ""),
                Map.<String, Object>of("phone", "5511999999999"))) {
            AuthTest.assertError(api.withJwt(jwt, "POST", path, bad), 400);
        }
        assertEquals(200, api.withJwt(jwt, "POST", path, Map.of("phone", "1234567890", "message", "x")).status());
        assertThrows(IllegalStateException.class,
                () -> sandbox.injectInboundMessage(api.createInstance(jwt), "5511988887777", "C", "x"));
    }

    @Test
    void failedDeliveryIsLoggedAndRetriedThroughTheApi() throws Exception {
        receiver.answer(500);
        String id = api.createInstance(jwt, Map.of("name", "flaky receiver", "webhook", receiver.url(),
                "events_subscribe", "Connected"));
        sandbox.scan(id);
        String base = "/instances/" + id + "/webhook/logs";
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.deliveryLogs(id).size() == 1
                && !"pending".equals(sandbox.deliveryLogs(id).get(0).status()));

        Api.Res failed = api.withInstanceToken(id, "POST", base + "/search", Map.of("status", "failed"));
        assertEquals(200, failed.status());
        assertEquals(List.of("content", "page", "size", "total", "total_pages"), Shapes.names(failed.data()));
        assertEquals(1, failed.data().get("total").asInt());
        JsonNode log = failed.data().get("content").get(0);
        assertEquals(List.of("id", "instance_id", "event_type", "url", "status", "attempts", "response_status", "error",
                "payload", "created_at", "updated_at"), Shapes.names(log));
        String logId = log.get("id").asText();
        assertTrue(logId.startsWith("wlog_"));
        assertEquals(id, log.get("instance_id").asText());
        assertEquals("Connected", log.get("event_type").asText());
        assertEquals(receiver.url(), log.get("url").asText());
        assertEquals("failed", log.get("status").asText());
        assertEquals(1, log.get("attempts").asInt());
        assertEquals(500, log.get("response_status").asInt());
        assertNotNull(log.get("error").textValue());
        assertTrue(log.get("payload").isTextual(), "payload is the JSON text that was posted");
        assertEquals("Connected", Api.MAPPER.readTree(log.get("payload").asText()).get("type").asText());
        Instant.parse(log.get("created_at").asText());

        assertEquals(0, api.withJwt(jwt, "POST", base + "/search", Map.of("status", "success")).data().get("total").asInt());

        Api.Res one = api.withJwt(jwt, "GET", base + "/" + logId, null);
        assertEquals(200, one.status());
        assertEquals(logId, one.data().get("id").asText());

        Api.Res retried = api.withJwt(jwt, "POST", base + "/" + logId + "/retry", null);
        assertEquals(200, retried.status(), () -> retried.raw().body());
        assertEquals("success", retried.data().get("status").asText());
        assertEquals(2, retried.data().get("attempts").asInt());
        assertEquals(200, retried.data().get("response_status").asInt());
        assertTrue(retried.data().get("error").isNull());
        assertEquals(2, receiver.hits().size());
        assertEquals(receiver.hits().get(0).body(), receiver.hits().get(1).body());

        assertEquals(1, api.withJwt(jwt, "POST", base + "/search", Map.of("status", "success")).data().get("total").asInt());
        assertEquals(0, api.withJwt(jwt, "POST", base + "/search", Map.of("status", "failed")).data().get("total").asInt());
        assertEquals(1, api.withJwt(jwt, "POST", base + "/search", Map.of("event_type", "Connected")).data().get("total").asInt());
        assertEquals(0, api.withJwt(jwt, "POST", base + "/search", Map.of("event_type", "Message")).data().get("total").asInt());
        assertEquals("success", sandbox.deliveryLogs(id).get(0).status());
        AuthTest.assertError(api.withJwt(jwt, "GET", base + "/wlog_nope", null), 404);
        AuthTest.assertError(api.withJwt(jwt, "POST", base + "/wlog_nope/retry", null), 404);
    }

    @Test
    void unreachableReceiverIsAFailedDeliveryWithoutStatus() {
        String id = api.createInstance(jwt, Map.of("name", "nobody listens", "webhook", "http://127.0.0.1:1/hook",
                "events_subscribe", "All"));
        sandbox.scan(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.deliveryLogs(id).size() == 1
                && "failed".equals(sandbox.deliveryLogs(id).get(0).status()));
        DeliveryLog log = sandbox.deliveryLogs(id).get(0);
        assertEquals(null, log.responseStatus());
        assertNotNull(log.error());
        assertEquals(1, log.attempts());
    }

    @Test
    void logsArePaged() throws Exception {
        String id = api.createInstance(jwt, Map.of("name", "many", "webhook", receiver.url(), "events_subscribe", "Message"));
        sandbox.scan(id);
        for (int i = 0; i < 5; i++) {
            sandbox.injectInboundMessage(id, "5511988887777", "C", "m" + i);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.deliveryLogs(id).stream().filter(DeliveryLog::succeeded).count() == 5);
        JsonNode page = api.withJwt(jwt, "POST", "/instances/" + id + "/webhook/logs/search", Map.of("page", 2, "size", 2)).data();
        assertEquals(5, page.get("total").asInt());
        assertEquals(3, page.get("total_pages").asInt());
        assertEquals(2, page.get("content").size());
        assertEquals("m2", Api.MAPPER.readTree(page.get("content").get(0).get("payload").asText())
                .get("event").get("message").get("conversation").asText());
    }
}
