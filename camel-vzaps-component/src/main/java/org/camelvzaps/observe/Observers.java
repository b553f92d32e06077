package org.camelvzaps.observe;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.camelvzaps.consumer.realtime.RealtimeSocketState;

/** Reports to two observers in turn (the console's statistics and a metrics registry). */
final class Observers implements VZapsObserver {

    private final VZapsObserver first;
    private final VZapsObserver second;

    private Observers(VZapsObserver first, VZapsObserver second) {
        this.first = first;
        this.second = second;
    }

    static VZapsObserver of(VZapsObserver first, VZapsObserver second) {
        if (second == null || second == NONE) {
            return first;
        }
        return first == NONE ? second : new Observers(first, second);
    }

    @Override
    public void call(String operation, String instanceId, String outcome, int status, long nanos) {
        first.call(operation, instanceId, outcome, status, nanos);
        second.call(operation, instanceId, outcome, status, nanos);
    }

    @Override
    public void retry(String operation, String instanceId, String reason) {
        first.retry(operation, instanceId, reason);
        second.retry(operation, instanceId, reason);
    }

    @Override
    public void tokenFetch(String outcome) {
        first.tokenFetch(outcome);
        second.tokenFetch(outcome);
    }

    @Override
    public void event(String consumer, String type, String instanceId, String outcome, Duration lag) {
        first.event(consumer, type, instanceId, outcome, lag);
        second.event(consumer, type, instanceId, outcome, lag);
    }

    @Override
    public void webhookRefused(String reason) {
        first.webhookRefused(reason);
        second.webhookRefused(reason);
    }

    @Override
    public void reconnect(String instanceId) {
        first.reconnect(instanceId);
        second.reconnect(instanceId);
    }

    @Override
    public void trackSockets(Object owner, Supplier<List<RealtimeSocketState>> sockets) {
        first.trackSockets(owner, sockets);
        second.trackSockets(owner, sockets);
    }

    @Override
    public void untrackSockets(Object owner) {
        first.untrackSockets(owner);
        second.untrackSockets(owner);
    }
}
