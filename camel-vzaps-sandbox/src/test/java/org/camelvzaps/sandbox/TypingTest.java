package org.camelvzaps.sandbox;

import java.time.Duration;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Option typing: the presence the recipient sees before a send, and the send after a person's typing time. */
class TypingTest {

    static final String PHONE = "5511988887777";

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();

    private static List<RecordedCall> calls(String instanceId) {
        return sandbox.journal().stream().filter(c -> c.path().startsWith("/instances/" + instanceId + "/chat/")).toList();
    }

    @Test
    void aTextSendIsPrecededByComposingForAsLongAsAPersonTypesIt() throws Exception {
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
        String text = "x".repeat(60); // 60 characters at 100 per second: 600 ms
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Exchange sent = template.request("vzaps:sendText?instanceId=" + id + "&phone=" + PHONE
                                             + "&typing=true&typingSpeed=100&baseUrl=" + sandbox.baseUrl() + "&clientToken="
                                             + sandbox.clientToken() + "&clientSecret=" + sandbox.clientSecret(),
                    e -> e.getMessage().setBody(text));
            assertNull(sent.getException());
        }
        List<RecordedCall> calls = calls(id);
        assertEquals(List.of("/chat/presence", "/chat/send/text"),
                calls.stream().map(c -> c.path().substring(c.path().indexOf("/chat/"))).toList());
        assertTrue(calls.get(0).body().contains("\"composing\"") && calls.get(0).body().contains(PHONE), calls.get(0)::body);
        long typed = Duration.between(calls.get(0).receivedAt(), calls.get(1).receivedAt()).toMillis();
        assertTrue(typed >= 600, () -> "sent " + typed + " ms after the presence");
    }

    @Test
    void anAudioSendIsPrecededByRecordingCappedByMaxTypingDelay() throws Exception {
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            Exchange sent = camel.createProducerTemplate().request("vzaps:sendAudio?instanceId=" + id + "&phone=" + PHONE
                    + "&typing=true&maxTypingDelay=300&baseUrl=" + sandbox.baseUrl() + "&clientToken="
                    + sandbox.clientToken() + "&clientSecret=" + sandbox.clientSecret(),
                    e -> e.getMessage().setBody("https://example.com/voice.ogg"));
            assertNull(sent.getException());
        }
        List<RecordedCall> calls = calls(id);
        assertEquals(2, calls.size(), calls::toString);
        assertTrue(calls.get(0).body().contains("\"audio\"") && calls.get(0).body().contains("\"composing\""),
                calls.get(0)::body);
        long recorded = Duration.between(calls.get(0).receivedAt(), calls.get(1).receivedAt()).toMillis();
        assertTrue(recorded >= 300, () -> "sent " + recorded + " ms after the presence");
        assertTrue(calls.get(1).path().endsWith("/chat/send/audio"));
    }
}
