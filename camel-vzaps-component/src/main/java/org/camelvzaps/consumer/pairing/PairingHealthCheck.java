package org.camelvzaps.consumer.pairing;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.camelvzaps.consumer.VZapsCheck;

/** The pairing consumer's check: UP while waiting for the scan and once connected; DOWN once pairing timed out. */
final class PairingHealthCheck extends VZapsCheck {

    private final VZapsPairingConsumer consumer;
    private final Supplier<String> instanceId;

    PairingHealthCheck(VZapsPairingConsumer consumer, Supplier<String> instanceId) {
        this.consumer = consumer;
        this.instanceId = instanceId;
    }

    @Override
    public String getId() {
        return "consumer:vzaps-pairing-" + instanceId.get();
    }

    @Override
    public Result call(Map<String, Object> options) {
        VZapsPairingConsumer.PairingState state = consumer.pairingState();
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this)
                .detail("vzaps.instanceId", instanceId.get())
                .detail("vzaps.pairing", state.text());
        if (state == VZapsPairingConsumer.PairingState.TIMED_OUT) {
            return builder.message("pairing of instance " + instanceId.get() + " timed out").down().build();
        }
        return builder.up().build();
    }
}
