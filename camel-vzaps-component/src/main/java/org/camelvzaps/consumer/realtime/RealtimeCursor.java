package org.camelvzaps.consumer.realtime;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.camel.spi.StateRepository;
import org.camelvzaps.consumer.EventFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resume cursor of one instance's subscription in the {@code stateRepository}: the id of the last event the route
 * processed. The key names the instance and what the route subscribes to ({@code events}), so routes with different
 * filters on one instance, and the instances of a fleet route, never overwrite each other's cursor:
 * {@code vzaps-realtime:<instanceId>:<events, sorted, or All>}. A cursor stored by earlier versions under the instance
 * id alone is read when the new key has none yet; the first acknowledged event then writes the new key.
 */
final class RealtimeCursor {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeCursor.class);

    private final StateRepository<String, String> repository;
    private final String instanceId;
    private final String key;

    RealtimeCursor(StateRepository<String, String> repository, String instanceId, String events) {
        this.repository = repository;
        this.instanceId = instanceId;
        this.key = key(instanceId, events);
    }

    /** The key of an instance's cursor for the {@code events} filter (null or {@code All}: every type). */
    static String key(String instanceId, String events) {
        String subscription = events == null ? "" : Arrays.stream(events.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).sorted().distinct().collect(Collectors.joining(","));
        if (subscription.isEmpty() || Arrays.asList(subscription.split(",")).contains(EventFilter.ALL)) {
            subscription = EventFilter.ALL;
        }
        return "vzaps-realtime:" + instanceId + ":" + subscription;
    }

    /** The id to resume after, or null to start with live events. */
    String get() {
        String cursor = repository.getState(key);
        if (cursor == null) {
            cursor = repository.getState(instanceId);
            if (cursor != null) {
                LOG.info("VZaps realtime for instance {}: resuming from the cursor an earlier version stored under the "
                        + "instance id; it is kept under {} from the next processed event on", instanceId, key);
            }
        }
        return cursor;
    }

    void set(String eventId) {
        repository.setState(key, eventId);
    }

    String key() {
        return key;
    }
}
