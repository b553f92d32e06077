package org.camelvzaps.sandbox;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The client the realtime socket is for: the component's vzaps:realtime consumer, configured the way a test of it
 * would be ({@code realtimeUrl=} + the extension's URL), through a cut socket and a silent one, to a clean stop.
 */
class ComponentRealtimeTest {

    static final String PHONE = "5511988887777";

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();

    @Test
    void theConsumerGetsEveryEventOnceInOrderThroughDropsAndSilence() throws Exception {
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
        List<String> routed = new CopyOnWriteArrayList<>();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("vzaps:realtime?instanceId=" + id + "&realtimeUrl=" + sandbox.realtimeUrl()
                         + "&baseUrl=" + sandbox.baseUrl() + "&clientToken=" + sandbox.clientToken()
                         + "&clientSecret=" + sandbox.clientSecret()
                         + "&reconnectDelay=10&maxReconnectDelay=50&idleTimeout=600")
                            .process(e -> routed.add(e.getMessage().getHeader("CamelVZapsEventId", String.class)));
                }
            });
            camel.start();
            api.on(id, "POST", "chat/send/text", Map.of("phone", PHONE, "message", "out"));
            await().until(() -> sandbox.realtimeAcks(id).size() == 4);

            int handshakes = sandbox.realtimeHandshakes(id).size();
            sandbox.abortRealtimeConnections(id);
            sandbox.injectInboundMessage(id, PHONE, "Ana", "in");
            await().until(() -> sandbox.realtimeAcks(id).size() == 5);
            List<RealtimeHandshake> resumes = sandbox.realtimeHandshakes(id);
            assertEquals(sandbox.realtimeEvents(id).get(3).id(), resumes.get(handshakes).query().get("last_event_id"),
                    () -> "resumed after its last ack: " + resumes);

            sandbox.setRealtimeSilent(id, true);
            await().until(() -> sandbox.realtimeHandshakes(id).size() >= 3); // the silent socket was replaced
            sandbox.setRealtimeSilent(id, false);
            sandbox.injectInboundMessage(id, PHONE, "Ana", "after the silence");
            await().until(() -> sandbox.realtimeAcks(id).size() == 6);
        }
        List<String> logged = sandbox.realtimeEvents(id).stream().map(RealtimeEvent::id).toList();
        assertEquals(logged, routed, "every event routed once, in log order");
        assertEquals(logged, sandbox.realtimeAcks(id));
        await().until(() -> sandbox.realtimeCloseCodes(id).equals(List.of(1000)));
    }
}
