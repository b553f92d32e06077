package org.camelvzaps.consumer.realtime;

import java.util.Collection;
import java.util.Set;

import org.apache.camel.Service;

/**
 * Which of a fleet route's instances this replica holds a realtime socket for. Without a cluster service every
 * instance is held here; with one, each instance is held by exactly one live replica (see {@link InstanceShares}).
 */
public interface InstanceShare extends Service {

    /** This replica's share of {@code all}, as of the current view of the replicas. */
    Set<String> share(Collection<String> all);

    /** Runs {@code listener} (on any thread) whenever the share may have changed: a replica joined or left. */
    void onChange(Runnable listener);

    /** Holds every instance: one replica, or no cluster service in the context. */
    static InstanceShare all() {
        return new InstanceShare() {
            @Override
            public Set<String> share(Collection<String> instances) {
                return Set.copyOf(instances);
            }

            @Override
            public void onChange(Runnable listener) {
                // the share never changes
            }

            @Override
            public void start() {
                // nothing to start
            }

            @Override
            public void stop() {
                // nothing to stop
            }
        };
    }
}
