package org.camelvzaps.examples;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.camelvzaps.model.event.VZapsEvent;

/**
 * Where the event route (webhook or realtime) puts every event it receives ({@code bean: eventInbox, method: record});
 * the onboarding steps wait here, bounded, for the event they expect. Events are kept, so one that arrived before its
 * step started waiting (the Connected event usually does) still counts.
 */
public final class EventInbox {

    private final List<VZapsEvent> events = new ArrayList<>();

    public synchronized void record(VZapsEvent event) {
        events.add(event);
        notifyAll();
    }

    /** The first received event matching, waiting at most {@code timeout}; empty when none came in time. */
    public synchronized Optional<VZapsEvent> await(Predicate<VZapsEvent> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (VZapsEvent event : events) {
                if (wanted.test(event)) {
                    return Optional.of(event);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            Duration wait = Duration.ofNanos(left);
            wait(Math.max(1, wait.toMillis()));
        }
    }

    public synchronized List<VZapsEvent> events() {
        return List.copyOf(events);
    }
}
