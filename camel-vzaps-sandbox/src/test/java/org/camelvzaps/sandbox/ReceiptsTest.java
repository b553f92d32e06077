package org.camelvzaps.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The receipts of a send: Delivered then Read after the configured delays, other events not held up meanwhile; and
 * a recipient that never receives.
 */
class ReceiptsTest {

    static final String PHONE = "5511988887777";
    static final String OFF_PHONE = "5511977776666";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1))
            .receiptDelays(Duration.ofMillis(300), Duration.ofMillis(800)).build();

    /** The instance's Message and ReadReceipt events (pairing's Connected left out). */
    private static List<RealtimeEvent> events(String instanceId) {
        return sandbox.realtimeEvents(instanceId).stream()
                .filter(e -> e.type().equals("Message") || e.type().equals("ReadReceipt")).toList();
    }

    /** "type/state/message id" of each Message and ReadReceipt event. */
    private static List<String> log(String instanceId) {
        return events(instanceId).stream().map(e -> {
            try {
                JsonNode data = MAPPER.readTree(e.json()).path("data");
                String id = data.path("event").has("message_i_ds") ? data.path("event").path("message_i_ds").get(0).asText()
                        : data.path("event").path("info").path("id").asText(data.path("event").path("Info").path("ID").asText());
                return e.type() + "/" + data.path("state").asText("") + "/" + id;
            } catch (Exception x) {
                throw new IllegalStateException(x);
            }
        }).toList();
    }

    private static String send(Api api, String id, String phone, String text) {
        Api.Res r = api.on(id, "POST", "chat/send/text", Map.of("phone", phone, "message", text));
        assertEquals(200, r.status(), () -> r.raw().body());
        return r.json().path("data").path("message_id").asText();
    }

    @Test
    void deliveredThenReadComeAfterTheirDelays() {
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
        String first = send(api, id, PHONE, "one");
        String second = send(api, id, PHONE, "two");
        await().atMost(Duration.ofSeconds(20)).until(() -> log(id).size() == 6);
        List<String> log = log(id);
        // both Message events went out before the first receipt: the delays hold up nothing
        assertTrue(log.get(0).startsWith("Message/") && log.get(1).startsWith("Message/"), log::toString);
        assertEquals(List.of("ReadReceipt/Delivered/" + first, "ReadReceipt/Delivered/" + second,
                "ReadReceipt/Read/" + first, "ReadReceipt/Read/" + second), log.subList(2, 6));
        List<RealtimeEvent> events = events(id);
        long deliveredAfter = Duration.between(events.get(0).createdAt(), events.get(2).createdAt()).toMillis();
        long readAfter = Duration.between(events.get(0).createdAt(), events.get(4).createdAt()).toMillis();
        assertTrue(deliveredAfter >= 250 && readAfter >= 750, () -> deliveredAfter + " ms, " + readAfter + " ms");
    }

    @Test
    void anUnreachableRecipientNeverGetsAReceipt() {
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
        sandbox.setUnreachable(OFF_PHONE, true);
        try {
            String lost = send(api, id, OFF_PHONE, "are you there?");
            String received = send(api, id, PHONE, "hello");
            // the reachable recipient's Read comes after the point the lost message's receipts would have come
            await().atMost(Duration.ofSeconds(20)).until(() -> log(id).contains("ReadReceipt/Read/" + received));
            List<String> log = log(id);
            assertEquals(1, log.stream().filter(e -> e.endsWith("/" + lost)).count(), () -> "only its Message: " + log);
            assertTrue(log.get(0).startsWith("Message/"), log::toString);
        } finally {
            sandbox.setUnreachable(OFF_PHONE, false);
        }
    }
}
