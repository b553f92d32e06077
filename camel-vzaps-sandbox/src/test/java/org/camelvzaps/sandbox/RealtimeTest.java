package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realtime WebSocket against a real JDK client on loopback: handshake auth, envelopes of what the API does,
 * resume, filter, acks, and the fault switches.
 */
class RealtimeTest {

    static final String PHONE = "5511988887777";

    @RegisterExtension
    static VZapsSandboxExtension extension = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();
    static VZapsSandbox sandbox;
    static Api api;

    final List<WsClient> clients = new ArrayList<>();
    String jwt;
    /** A paired instance: its log starts with Connected. */
    String id;

    @BeforeAll
    static void start() {
        sandbox = extension.get();
        api = new Api(sandbox);
    }

    @BeforeEach
    void pairedInstance() {
        jwt = api.jwt();
        id = api.pairedInstance(jwt, null);
        await().until(() -> sandbox.realtimeEvents(id).size() == 1);
    }

    @AfterEach
    void closeClients() {
        clients.forEach(WsClient::close);
    }

    /** A socket for the test's instance with its JWT; extra query parameters start with '&'. */
    WsClient open(String extraQuery) {
        WsClient ws = WsClient.connect(sandbox, "instance_id=" + id + extraQuery, "Authorization", "Bearer " + jwt);
        clients.add(ws);
        return ws;
    }

    /** Awaits conditions with a short poll: socket traffic on loopback takes milliseconds. */
    static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(5));
    }

    int refusal(String query, String... headers) {
        return WsClient.refusal(sandbox, query, headers);
    }

    String sendText(String text) {
        return api.on(id, "POST", "chat/send/text", Map.of("phone", PHONE, "message", text)).data()
                .get("message_id").asText();
    }

    List<String> loggedIds() {
        return sandbox.realtimeEvents(id).stream().map(RealtimeEvent::id).toList();
    }

    /** Sends a text and waits until its Message, Delivered and Read are in the log. */
    void sendTextAndAwaitItsEvents() {
        int before = sandbox.realtimeEvents(id).size();
        sendText("hi");
        await().until(() -> sandbox.realtimeEvents(id).size() == before + 3);
    }

    @Test
    void handshakeFollowsTheApiAuthRules() {
        String q = "instance_id=" + id;
        String token = sandbox.instance(id).orElseThrow().token();
        String clientToken = sandbox.clientToken();
        assertEquals(401, refusal(q));
        assertEquals(403, refusal(q, "X-Instance-Token", "inst_wrong", "X-Client-Token", clientToken));
        assertEquals(403, refusal(q, "X-Instance-Token", token, "X-Client-Token", "ct_wrong"));
        assertEquals(401, refusal(q, "X-Instance-Token", token), "the client token must come with the instance token");
        assertEquals(401, refusal(q, "Authorization", "Bearer not.a.jwt"));
        assertEquals(404, refusal("instance_id=VZNOSUCHINSTANCE", "Authorization", "Bearer " + jwt));
        assertEquals(400, refusal("events=Message", "Authorization", "Bearer " + jwt));

        WsClient withJwt = open("");
        WsClient withTokens = WsClient.connect(sandbox, q, "X-Instance-Token", token, "X-Client-Token", clientToken);
        clients.add(withTokens);
        WsClient withQueryTokens = WsClient.connect(sandbox, q + "&instance_token=" + token + "&client_token="
                + clientToken);
        clients.add(withQueryTokens);
        await().until(() -> withJwt.frames.size() == 1 && withTokens.frames.size() == 1
                && withQueryTokens.frames.size() == 1);

        List<RealtimeHandshake> seen = sandbox.realtimeHandshakes(id);
        assertEquals(List.of(401, 403, 403, 401, 401, 101, 101, 101),
                seen.stream().map(RealtimeHandshake::status).toList());
        RealtimeHandshake accepted = seen.get(5);
        assertEquals(id, accepted.query().get("instance_id"));
        assertEquals("Bearer " + jwt.substring(0, 4) + "****" + jwt.substring(jwt.length() - 4),
                accepted.header("authorization"));
        assertEquals(clientToken.substring(0, 4) + "****" + clientToken.substring(clientToken.length() - 4),
                seen.get(6).header("X-Client-Token"));
        assertEquals(token.substring(0, 4) + "****" + token.substring(token.length() - 4),
                seen.get(7).query().get("instance_token"));
        assertFalse(seen.toString().contains(jwt) || seen.toString().contains(token)
                || seen.toString().contains(clientToken), "no secret in the recorded handshakes");
        assertTrue(sandbox.realtimeHandshakes().stream().anyMatch(h -> "VZNOSUCHINSTANCE".equals(h.instanceId())
                && h.status() == 404));
    }

    @Test
    void aSentTextArrivesAsMessageThenReadReceiptEnvelopes() {
        WsClient ws = open("");
        await().until(() -> ws.frames.size() == 1);
        String messageId = sendText("hello");

        await().until(() -> ws.frames.size() == 4);
        assertEquals(List.of("Connected", "Message", "ReadReceipt", "ReadReceipt"), ws.types());
        List<JsonNode> events = ws.events();
        long previous = 0;
        for (JsonNode e : events) {
            assertEquals(Set.of("id", "type", "instance_id", "created_at", "data"), fields(e));
            assertEquals(id, e.get("instance_id").asText());
            assertEquals(e.get("type"), e.at("/data/type"));
            assertTrue(e.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                    e.get("created_at").asText());
            long seq = Long.parseLong(e.get("id").asText().substring("evt_".length()));
            assertTrue(seq > previous, "ids increase");
            previous = seq;
        }
        JsonNode message = events.get(1);
        assertEquals(messageId, message.at("/data/event/info/id").asText());
        assertTrue(message.at("/data/event/info/is_from_me").asBoolean());
        assertEquals("hello", message.at("/data/event/message/conversation").asText());
        assertEquals("Delivered", events.get(2).at("/data/state").asText());
        assertEquals("Read", events.get(3).at("/data/state").asText());
        assertEquals(messageId, events.get(3).at("/data/event/message_i_ds/0").asText());

        assertEquals(ws.frames, sandbox.realtimeEvents(id).stream().map(RealtimeEvent::json).toList(),
                "the socket got the log, frame for frame");
        assertEquals(List.of(), sandbox.deliveryLogs(id), "no webhook configured: realtime does not need one");
    }

    @Test
    void webhookAndRealtimeCarryTheSameEventsInTheSameOrder() {
        try (Receiver receiver = new Receiver()) {
            String hooked = api.pairedInstance(jwt, receiver);
            api.on(hooked, "POST", "chat/send/text", Map.of("phone", PHONE, "message", "both"));
            sandbox.injectInboundMessage(hooked, PHONE, "Ana", "back");
            await().until(() -> receiver.hits().size() == 5);

            WsClient ws = WsClient.connect(sandbox, "instance_id=" + hooked, "Authorization", "Bearer " + jwt);
            clients.add(ws);
            await().until(() -> ws.frames.size() == 5);
            assertEquals(receiver.hits().stream().map(Receiver.Hit::body).toList(),
                    ws.events().stream().map(e -> e.get("data")).toList());
        }
    }

    @Test
    void resumeAfterLastEventIdReplaysExactlyTheLaterEventsThenLiveOnes() {
        sendTextAndAwaitItsEvents();
        List<String> ids = loggedIds();

        WsClient resumed = open("&last_event_id=" + ids.get(1));
        await().until(() -> resumed.frames.size() == 2);
        assertEquals(ids.subList(2, 4), resumed.ids());
        sandbox.injectInboundMessage(id, PHONE, "Ana", "live");
        await().until(() -> resumed.frames.size() == 3);
        assertEquals(loggedIds().subList(2, 5), resumed.ids());

        WsClient fresh = open("");
        await().until(() -> fresh.frames.size() == 5);
        assertEquals(loggedIds(), fresh.ids(), "no last_event_id: every retained event");

        WsClient atTheEnd = open("&last_event_id=" + loggedIds().get(4));
        sandbox.injectInboundMessage(id, PHONE, "Ana", "after the cursor");
        await().until(() -> atTheEnd.frames.size() == 1);
        assertEquals(List.of(loggedIds().get(5)), atTheEnd.ids(), "nothing replayed from before the cursor");

        assertEquals(400, refusal("instance_id=" + id + "&last_event_id=yesterday", "Authorization", "Bearer " + jwt));
    }

    @Test
    void eventsFilterTakesDocumentedNamesCommaJoinedOrRepeatedInAnyCase() {
        sendTextAndAwaitItsEvents();
        WsClient receipts = open("&events=ReadReceipt");
        WsClient javaSdkStyle = open("&events=message&events=connected");
        await().until(() -> receipts.frames.size() == 2 && javaSdkStyle.frames.size() == 2);

        sandbox.injectInboundMessage(id, PHONE, "Ana", "not a receipt");
        sendText("again");
        await().until(() -> receipts.frames.size() == 4 && javaSdkStyle.frames.size() == 4);
        assertEquals(List.of("ReadReceipt", "ReadReceipt", "ReadReceipt", "ReadReceipt"), receipts.types());
        assertEquals(List.of("Connected", "Message", "Message", "Message"), javaSdkStyle.types());

        assertEquals(400, refusal("instance_id=" + id + "&events=Receipt", "Authorization", "Bearer " + jwt));
    }

    @Test
    void withoutEventsTheInstanceSubscriptionFilters() {
        String subscribed = api.createInstance(jwt, Map.of("name", "connected only", "events_subscribe", "Connected"));
        sandbox.scan(subscribed);
        api.on(subscribed, "POST", "chat/send/text", Map.of("phone", PHONE, "message", "filtered out"));
        await().until(() -> sandbox.realtimeEvents(subscribed).size() == 4);

        WsClient ws = WsClient.connect(sandbox, "instance_id=" + subscribed, "Authorization", "Bearer " + jwt);
        clients.add(ws);
        sandbox.disconnect(subscribed);
        sandbox.scan(subscribed);
        await().until(() -> ws.frames.size() == 2);
        assertEquals(List.of("Connected", "Connected"), ws.types());
    }

    @Test
    void acksAreRecordedAndUnackedEventsComeAgainOnResume() {
        sendTextAndAwaitItsEvents();
        List<String> ids = loggedIds();
        WsClient ws = open("");
        await().until(() -> ws.frames.size() == 4);

        ws.ack(ids.get(0));
        ws.send("{\"type\":\"ack\",\"event_id\":\"" + ids.get(1) + "\"}"); // the Python/Go/PHP/TS spelling
        ws.send("{\"type\":\"hello\"}");
        ws.send("not json");
        await().until(() -> sandbox.realtimeAcks(id).size() == 2);
        assertEquals(ids.subList(0, 2), sandbox.realtimeAcks(id));
        assertEquals(List.of(true, true, false, false),
                sandbox.realtimeEvents(id).stream().map(RealtimeEvent::acked).toList());

        ws.close();
        WsClient again = open("&last_event_id=" + ids.get(1));
        await().until(() -> again.frames.size() == 2);
        assertEquals(ids.subList(2, 4), again.ids(), "the unacked events are sent again");
    }

    @Test
    void dropCutsTheSocketsWithoutOrWithACloseCode() {
        WsClient cut = open("");
        await().until(() -> cut.frames.size() == 1 && sandbox.realtimeConnections(id) == 1);
        assertEquals(1, sandbox.abortRealtimeConnections(id));
        await().until(cut::ended);
        assertTrue(cut.error() != null || cut.closeCode() == 1006, "no close frame: " + cut.seen);
        await().until(() -> sandbox.realtimeConnections(id) == 0);

        WsClient closed = open("");
        await().until(() -> closed.frames.size() == 1 && sandbox.realtimeConnections(id) == 1);
        assertEquals(1, sandbox.closeRealtimeConnections(id, 1011));
        await().until(() -> Integer.valueOf(1011).equals(closed.closeCode()));
        await().until(() -> sandbox.realtimeConnections(id) == 0);
        assertEquals(List.of(), sandbox.realtimeCloseCodes(id), "the server's own closes are not client close codes");

        WsClient leaving = open("");
        await().until(() -> leaving.frames.size() == 1);
        leaving.closeWith(1000);
        await().until(() -> sandbox.realtimeCloseCodes(id).equals(List.of(1000)));
        assertThrows(IllegalArgumentException.class, () -> sandbox.closeRealtimeConnections(id, 1006));
    }

    @Test
    void silentStopsReadingAndSendingUntilSwitchedOff() {
        WsClient ws = open("");
        await().until(() -> ws.frames.size() == 1 && sandbox.realtimeConnections(id) == 1);
        String connected = ws.ids().get(0);
        sandbox.setRealtimeSilent(id, true);

        ws.ping();
        ws.ack(connected);
        sandbox.injectInboundMessage(id, PHONE, "Ana", "while silent");
        await().until(() -> sandbox.realtimeEvents(id).size() == 2);
        WsClient late = open(""); // accepted, but silent as well
        await().until(() -> sandbox.realtimeConnections(id) == 2);
        assertEquals(1, ws.frames.size(), "no frame while silent");
        assertEquals(0, ws.pongs.get(), "no pong while silent");
        assertEquals(List.of(), sandbox.realtimeAcks(id), "acks are not read while silent");
        assertEquals(0, late.frames.size());

        ws.seen.add("-- silent off --");
        sandbox.setRealtimeSilent(id, false);
        await().until(() -> ws.frames.size() == 2 && ws.pongs.get() == 1 && late.frames.size() == 2);
        await().until(() -> sandbox.realtimeAcks(id).equals(List.of(connected)));
        assertEquals(loggedIds(), ws.ids());
        assertEquals(loggedIds(), late.ids(), "the held replay, in order");
        int off = ws.seen.indexOf("-- silent off --");
        assertTrue(off < ws.seen.indexOf("pong") && off < ws.seen.indexOf("text:" + ws.frames.get(1)), ws.seen::toString);
    }

    @Test
    void refuseTurnsAwayTheNextHandshakesThenAcceptsAgain() {
        sandbox.refuseRealtimeHandshakes(id, 2, 503);
        String q = "instance_id=" + id;
        assertEquals(503, refusal(q, "Authorization", "Bearer " + jwt));
        assertEquals(503, refusal(q), "refused before the credentials are looked at");
        WsClient ws = open("");
        await().until(() -> ws.frames.size() == 1);
        sandbox.refuseRealtimeHandshakes(id, 1, 401);
        assertEquals(401, refusal(q, "Authorization", "Bearer " + jwt));
        assertEquals(List.of(503, 503, 101, 401), sandbox.realtimeHandshakes(id).stream()
                .map(RealtimeHandshake::status).toList());
        assertThrows(IllegalArgumentException.class, () -> sandbox.refuseRealtimeHandshakes(id, 1, 200));
    }

    @Test
    void adminHttpApiDrivesTheSameSwitches() {
        WsClient ws = open("");
        await().until(() -> ws.frames.size() == 1);
        String first = ws.ids().get(0);
        ws.ack(first);
        await().until(() -> sandbox.realtimeAcks(id).size() == 1);
        String base = "/__sandbox/instances/" + id + "/realtime";

        JsonNode state = api.call("GET", base, null).json();
        assertEquals(1, state.get("open_connections").asInt());
        assertFalse(state.get("silent").asBoolean());
        assertEquals(1, state.get("retained_events").asInt());
        assertEquals(first, state.get("last_event_id").asText());
        assertEquals(first, state.at("/acks/0").asText());
        assertEquals(101, state.at("/handshakes/0/status").asInt());
        assertTrue(state.at("/handshakes/0/headers/Authorization").asText().contains("****"));
        assertEquals(sandbox.realtimeUrl(), api.call("GET", "/__sandbox/credentials", null).json()
                .get("realtime_url").asText());

        JsonNode events = api.call("GET", base + "/events", null).json();
        assertEquals(WsClient.parse(ws.frames.get(0)), events.get(0));

        assertEquals(true, api.call("POST", base + "/silent", Map.of("silent", true)).json().get("silent").asBoolean());
        assertTrue(api.call("GET", base, null).json().get("silent").asBoolean());
        api.call("POST", base + "/silent", Map.of("silent", false));
        assertEquals(400, api.call("POST", base + "/silent", Map.of()).status());

        assertEquals(1, api.call("POST", base + "/drop", Map.of("close_code", 1011)).json().get("dropped").asInt());
        await().until(() -> Integer.valueOf(1011).equals(ws.closeCode()));
        WsClient cut = open("");
        await().until(() -> cut.frames.size() == 1 && sandbox.realtimeConnections(id) == 1);
        assertEquals(1, api.call("POST", base + "/drop", null).json().get("dropped").asInt());
        await().until(cut::ended);
        assertEquals(400, api.call("POST", base + "/drop", Map.of("close_code", 1005)).status());

        JsonNode refuse = api.call("POST", base + "/refuse", Map.of("status", 429)).json();
        assertEquals(1, refuse.get("count").asInt());
        assertEquals(429, refusal("instance_id=" + id, "Authorization", "Bearer " + jwt));
        assertEquals(400, api.call("POST", base + "/refuse", Map.of("status", 200)).status());

        JsonNode handshakes = api.call("GET", "/__sandbox/realtime/handshakes?instance_id=" + id, null).json();
        assertEquals(List.of(101, 101, 429), statuses(handshakes));
        assertEquals(200, api.call("POST", "/__sandbox/realtime/reset", null).status());
        assertEquals(0, api.call("GET", "/__sandbox/realtime/handshakes", null).json().size());
        assertEquals(404, api.call("GET", "/__sandbox/instances/VZNOSUCH/realtime", null).status());
    }

    @Test
    void retentionKeepsTheNewestEventsAndAResumeFromBeforeThemGetsWhatIsLeft() {
        try (VZapsSandbox sb = VZapsSandbox.builder().autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1))
                .realtimeRetention(3).build().start()) {
            Api small = new Api(sb);
            String token = small.jwt();
            String instance = small.pairedInstance(token, null);
            await().until(() -> sb.realtimeEvents(instance).size() == 1);
            String connected = sb.realtimeEvents(instance).get(0).id();
            small.on(instance, "POST", "chat/send/text", Map.of("phone", PHONE, "message", "x"));
            await().until(() -> sb.realtimeEvents(instance).size() == 3
                    && !sb.realtimeEvents(instance).get(0).type().equals("Connected"));
            assertEquals(List.of("Message", "ReadReceipt", "ReadReceipt"),
                    sb.realtimeEvents(instance).stream().map(RealtimeEvent::type).toList());

            try (WsClient ws = WsClient.connect(sb, "instance_id=" + instance + "&last_event_id=" + connected,
                    "Authorization", "Bearer " + token)) {
                await().until(() -> ws.frames.size() == 3);
                assertEquals(sb.realtimeEvents(instance).stream().map(RealtimeEvent::id).toList(), ws.ids());
            }
        }
    }

    @Test
    void stopClosesTheSocketsAndARestartServesTheKeptLogAgain() {
        try (VZapsSandbox sb = VZapsSandbox.builder().autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1))
                .build().start()) {
            Api own = new Api(sb);
            String token = own.jwt();
            String instance = own.pairedInstance(token, null);
            WsClient before = WsClient.connect(sb, "instance_id=" + instance, "Authorization", "Bearer " + token);
            await().until(() -> before.frames.size() == 1);

            sb.stop();
            await().until(before::ended);
            assertThrows(IllegalStateException.class, sb::realtimeUrl);

            sb.start();
            sb.injectInboundMessage(instance, PHONE, "Ana", "after the restart");
            try (WsClient after = WsClient.connect(sb, "instance_id=" + instance + "&last_event_id=" + before.ids().get(0),
                    "Authorization", "Bearer " + token)) {
                await().until(() -> after.frames.size() == 1);
                assertEquals("Message", after.types().get(0));
                assertEquals(sb.realtimeEvents(instance).get(1).id(), after.ids().get(0));
            }
            before.close();
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Integer> statuses(JsonNode handshakes) {
        List<Integer> list = new ArrayList<>();
        handshakes.forEach(h -> list.add(h.get("status").asInt()));
        return list;
    }
}
