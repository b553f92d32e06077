package org.camelvzaps.consumer.realtime;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;

/**
 * One {@link RealtimeTransport} per component, shared by all its realtime consumers: created by the first that
 * starts, closed when the last one stops.
 */
final class RealtimeTransports {

    private static final Map<Component, Entry> TRANSPORTS = new IdentityHashMap<>();

    private static final class Entry {
        final RealtimeTransport transport;
        int users;

        Entry(RealtimeTransport transport) {
            this.transport = transport;
        }
    }

    private RealtimeTransports() {
    }

    static synchronized RealtimeTransport acquire(Component component, CamelContext context) {
        Entry entry = TRANSPORTS.computeIfAbsent(component,
                c -> new Entry(new RealtimeTransport(context, c, "VZapsRealtime")));
        entry.users++;
        return entry.transport;
    }

    static synchronized void release(Component component) {
        Entry entry = TRANSPORTS.get(component);
        if (entry != null && --entry.users == 0) {
            TRANSPORTS.remove(component);
            entry.transport.close();
        }
    }
}
