package org.camelvzaps.sandbox;

import java.time.Clock;

/**
 * Pairing of an instance with a WhatsApp account: by scan (admin call) or automatically on the n-th QR / pair-code
 * fetch; unpairing. Emits Connected and Disconnected.
 */
final class Pairing {

    private final Settings settings;
    private final Clock clock;
    private final EventHub events;

    Pairing(Settings settings, Clock clock, EventHub events) {
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    /** Counts a QR or pair-code fetch; the n-th one completes pairing (the user scanned / typed the code it showed). */
    void fetched(Instance instance) {
        int fetches = instance.countQrFetch();
        if (settings.autoPairAfterQrFetches > 0 && fetches >= settings.autoPairAfterQrFetches) {
            pair(instance);
        }
    }

    /** Completes pairing (with the pair-code phone, else a random one) and emits Connected; no-op when connected. */
    void pair(Instance instance) {
        String phone = instance.pairingPhone() != null ? instance.pairingPhone() : "55119" + Ids.digits(8);
        if (instance.pair(phone, "VZaps Sandbox", clock.instant())) {
            events.emit(instance, Events.connected(instance.jid(), instance.pushName()));
        }
    }

    /** Drops the session and emits Disconnected (when it was connected). */
    void disconnect(Instance instance, String reason) {
        if (instance.unpair(clock.instant())) {
            events.emit(instance, Events.disconnected(reason));
        }
    }
}
