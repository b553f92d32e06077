package org.camelvzaps.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * Read-only snapshot of a simulated instance.
 *
 * @param id            public id ({@code VZ...})
 * @param token         instance token ({@code inst_...})
 * @param name          instance name
 * @param connected     whether WhatsApp is paired
 * @param billingStatus {@code TRIALING}, {@code ACTIVE} or {@code CANCELED}
 * @param webhookUrl    webhook URL, empty when none
 * @param events        subscribed event names
 * @param phone         paired phone number (digits), null when never paired
 * @param cancelAt      scheduled cancellation, null when none
 */
public record SandboxInstance(String id, String token, String name, boolean connected, String billingStatus,
                              String webhookUrl, List<String> events, String phone, Instant cancelAt) {

    public SandboxInstance {
        events = List.copyOf(events);
    }
}
