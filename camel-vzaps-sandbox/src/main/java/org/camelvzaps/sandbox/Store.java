package org.camelvzaps.sandbox;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** All simulated instances of the (single) account, in creation order. */
final class Store {

    private final Map<String, Instance> instances = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();

    Instance create(String name, java.time.Instant now) {
        Instance i = new Instance(Ids.instanceId(), Ids.instanceToken(), seq.incrementAndGet(), name, now);
        instances.put(i.id, i);
        return i;
    }

    void remove(String id) {
        instances.remove(id);
    }

    Optional<Instance> find(String id) {
        return Optional.ofNullable(id == null ? null : instances.get(id));
    }

    /** The instance or an API 404. */
    Instance require(String id) {
        return find(id).orElseThrow(() -> new ApiException(404, "instance not found: " + id));
    }

    /** The instance or IllegalArgumentException (Java admin API). */
    Instance requireForAdmin(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown instance: " + id));
    }

    List<Instance> all() {
        return instances.values().stream().sorted(Comparator.comparingLong(i -> i.seq)).toList();
    }
}
