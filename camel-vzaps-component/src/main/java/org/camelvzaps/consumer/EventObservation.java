package org.camelvzaps.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.camel.support.DefaultConsumer;
import org.camelvzaps.component.VZapsEndpoint;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.observe.VZapsObserver;

/**
 * Reports each event's outcome to the component's {@link VZapsObserver} ({@code vzaps.events}, and
 * {@code vzaps.events.lag} for the events that were routed), by wrapping the listener the {@link EventPipeline} is
 * given. Kept apart from the pipeline so counting adds one line there.
 */
final class EventObservation {

    private final VZapsObserver observer;
    /** {@code webhook}, {@code realtime} or {@code pairing}. */
    private final String consumerKind;

    private EventObservation(VZapsObserver observer, String consumerKind) {
        this.observer = observer;
        this.consumerKind = consumerKind;
    }

    static EventObservation of(DefaultConsumer consumer) {
        if (consumer.getEndpoint() instanceof VZapsEndpoint endpoint) {
            return new EventObservation(endpoint.getComponent().observer(),
                    endpoint.getConfiguration().getOperation().name());
        }
        return new EventObservation(VZapsObserver.NONE, "unknown");
    }

    /** {@code listener}, reporting the outcome first. */
    EventPipeline.Listener wrap(VZapsEvent event, EventPipeline.Listener listener) {
        if (observer == VZapsObserver.NONE) {
            return listener;
        }
        return (outcome, failure, doneSync) -> {
            boolean routed = outcome == EventPipeline.Outcome.PROCESSED || outcome == EventPipeline.Outcome.FAILED;
            report(event.type(), event.instanceId(), outcome, routed ? event.createdAt() : null);
            listener.done(outcome, failure, doneSync);
        };
    }

    /**
     * Reports one outcome; {@code createdAt} (null: none, as for a consumer's own updates) gives the lag. Reporting
     * never changes what becomes of the event.
     */
    void report(String type, String instanceId, EventPipeline.Outcome outcome, String createdAt) {
        try {
            observer.event(consumerKind, type, instanceId, outcome.name().toLowerCase(java.util.Locale.ROOT),
                    createdAt == null ? null : lag(createdAt));
        } catch (RuntimeException e) {
            // reporting must never change what becomes of the event
        }
    }

    /** From {@code created_at} (ISO-8601, or epoch seconds or milliseconds) to now; null when unreadable. */
    static Duration lag(String createdAt) {
        if (createdAt == null || createdAt.isBlank()) {
            return null;
        }
        Instant created;
        try {
            created = OffsetDateTime.parse(createdAt.trim()).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                long epoch = Long.parseLong(createdAt.trim());
                created = epoch > 100_000_000_000L ? Instant.ofEpochMilli(epoch) : Instant.ofEpochSecond(epoch);
            } catch (NumberFormatException notEpoch) {
                return null;
            }
        }
        return Duration.between(created, Instant.now());
    }
}
