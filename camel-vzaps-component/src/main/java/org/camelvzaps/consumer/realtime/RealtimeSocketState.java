package org.camelvzaps.consumer.realtime;

import java.time.Duration;
import java.time.Instant;

/**
 * What one realtime socket is doing, as of when it was taken: an immutable snapshot for health checks, metrics and
 * consoles ({@link VZapsRealtimeConsumer#socketStates()}).
 *
 * @param instanceId   the instance the socket receives events of
 * @param status       connected, connecting, backing off (waiting to reconnect) or stopped
 * @param since        when the socket entered {@code status}
 * @param cursor       the id of the last event processed (the resume cursor), or null before the first
 * @param lastEventAt  when the route last finished an event successfully, or null
 * @param reconnects   how many times the connection was replaced since the route started
 * @param problem      why the socket is not connected (the last close, error or failure), or null when connected
 * @param failingSince when the current run of failures began (no connection proved healthy since), or null
 */
public record RealtimeSocketState(String instanceId, Status status, Instant since, String cursor, Instant lastEventAt,
                                  long reconnects, String problem, Instant failingSince) {

    /** Where a socket is. */
    public enum Status {
        CONNECTING, CONNECTED, BACKING_OFF, STOPPED
    }

    /** How long since the route last finished an event, or null before the first. */
    public Duration sinceLastEvent() {
        return lastEventAt == null ? null : Duration.between(lastEventAt, Instant.now());
    }

    /** How long the socket has been failing without a healthy connection, or {@link Duration#ZERO}. */
    public Duration failingFor() {
        return failingSince == null ? Duration.ZERO : Duration.between(failingSince, Instant.now());
    }
}
