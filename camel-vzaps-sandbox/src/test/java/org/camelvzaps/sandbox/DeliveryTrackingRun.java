package org.camelvzaps.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.awaitility.core.ConditionTimeoutException;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConfiguration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the delivery-tracking tests share: a sandbox that answers sends with receipts, a Camel context pointed at it,
 * and the run: three messages to a reachable phone and one to an unreachable one through {@code direct:notify}, each
 * of which must end in exactly one of the two routes (delivered, not delivered).
 */
final class DeliveryTrackingRun {

    static final String PHONE = "5511988887777";
    static final String OFF_PHONE = "5511977776666";

    private DeliveryTrackingRun() {
    }

    /** A sandbox that pairs at once and sends the Delivered, then Read receipts of each message shortly after it. */
    static VZapsSandboxExtension sandbox() {
        return VZapsSandboxExtension.builder().autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1))
                .receiptDelays(Duration.ofMillis(200), Duration.ofMillis(400)).build();
    }

    /** Points the context's vzaps component at the sandbox, with the account's credentials. */
    static void useSandbox(CamelContext camel, VZapsSandboxExtension sandbox) {
        VZapsConfiguration config = camel.getComponent("vzaps", VZapsComponent.class).getConfiguration();
        config.setBaseUrl(sandbox.baseUrl());
        config.setRealtimeUrl(sandbox.realtimeUrl());
        config.setClientToken(sandbox.clientToken());
        config.setClientSecret(sandbox.clientSecret());
        config.setReconnectDelay(10);
    }

    /**
     * Sends three messages to {@link #PHONE} and one to {@link #OFF_PHONE} (unreachable meanwhile) through
     * {@code direct:notify}, waits (bounded) until the routes saw four outcomes, and asserts the three sent ones were
     * delivered once each and the lost one was not.
     */
    static void sendThreeAndLoseOne(VZapsSandboxExtension sandbox, String instanceId, ProducerTemplate template,
                                    List<String> delivered, List<String> notDelivered, Duration bound) {
        List<String> sent = new ArrayList<>();
        String lost;
        sandbox.setUnreachable(OFF_PHONE, true);
        try {
            for (int i = 0; i < 3; i++) {
                sent.add(send(template, PHONE));
            }
            lost = send(template, OFF_PHONE);
            try {
                await().atMost(bound).until(() -> delivered.size() == 3 && notDelivered.size() == 1);
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("sent " + sent + ", lost " + lost + ", delivered " + delivered
                                         + ", not delivered " + notDelivered + ", realtime events "
                                         + sandbox.realtimeEvents(instanceId).size() + ", acks "
                                         + sandbox.realtimeAcks(instanceId).size(), e);
            }
        } finally {
            sandbox.setUnreachable(OFF_PHONE, false);
        }
        // lists, not sets: a message that reached the delivered route twice is a failure too
        assertEquals(sorted(sent), sorted(delivered), "each sent message delivered once");
        assertEquals(List.of(lost), notDelivered);
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static String send(ProducerTemplate template, String phone) {
        Exchange done = template.request("direct:notify", e -> {
            e.getMessage().setHeader("CamelVZapsPhone", phone);
            e.getMessage().setBody("your order shipped");
        });
        if (done.getException() != null) {
            throw new AssertionError("the send to " + phone + " failed", done.getException());
        }
        return done.getMessage().getHeader("CamelVZapsMessageId", String.class);
    }
}
