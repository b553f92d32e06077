package org.camelvzaps.quarkus.example;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.ProducerTemplate;
import org.camelvzaps.client.VZapsClientSettings;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.event.MessageEvent;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.sandbox.RecordedCall;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The example on Quarkus (JVM mode) against the sandbox: the component configured only by application.properties
 * (overridden by {@link VZapsSandboxResource}), the producer route sends a text to a paired instance, and the
 * webhook route receives its Message event on the Quarkus test HTTP port.
 */
@QuarkusTest
@WithTestResource(VZapsSandboxResource.class)
class VZapsQuarkusTest {

    @Inject
    ProducerTemplate template;

    @Inject
    EventInbox inbox;

    @TestHTTPResource("/vzaps/webhook")
    URL webhook;

    @Test
    void producerSendsATextAndTheWebhookRouteReceivesItsMessageEvent() {
        // an instance whose events VZaps (here the sandbox) posts to this app's webhook route
        CreateInstanceRequest request = CreateInstanceRequest.named("quarkus-example")
                .webhook(webhook + "?secret=" + VZapsSandboxResource.WEBHOOK_SECRET)
                .eventsSubscribe(List.of(VZapsEvent.MESSAGE));
        Instance instance = template.requestBody("vzaps:createInstance", request, Instance.class);
        template.requestBodyAndHeader("vzaps:subscribe", null, VZapsConstants.INSTANCE_ID, instance.id());
        VZapsSandboxResource.sandbox().scan(instance.id()); // what the phone does with the QR code

        SendResult sent = template.requestBodyAndHeaders("direct:sendText", "Hello from Quarkus",
                Map.of(VZapsConstants.INSTANCE_ID, instance.id(), VZapsConstants.PHONE, "5511999999999"),
                SendResult.class);
        assertNotNull(sent.messageId());

        VZapsEvent event = await().atMost(Duration.ofSeconds(15))
                .until(() -> inbox.events().stream().filter(e -> sent.messageId().equals(e.asMessage().id()))
                        .findFirst().orElse(null), e -> e != null);
        MessageEvent message = event.asMessage();
        assertEquals(instance.id(), event.instanceId());
        assertEquals("Hello from Quarkus", message.text());
        assertTrue(message.fromMe());
    }

    @Test
    void callsCarryTheComponentUserAgent() {
        template.requestBody("vzaps:listInstances", (Object) null);

        RecordedCall last = VZapsSandboxResource.sandbox().journal().get(VZapsSandboxResource.sandbox().journal().size() - 1);
        assertEquals(VZapsClientSettings.DEFAULT_USER_AGENT, last.header("User-Agent"));
    }
}
