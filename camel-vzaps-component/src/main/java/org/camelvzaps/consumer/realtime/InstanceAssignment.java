package org.camelvzaps.consumer.realtime;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which replica holds which instance: a pure function of the instance ids and the member ids, so every replica that
 * sees the same members computes the same assignment without talking to the others. Rendezvous (highest random
 * weight) hashing with bounded load: each instance, taken in sorted order, goes to the member that ranks highest
 * for it among those that still have room, each member holding {@code floor(N / R)} or {@code floor(N / R) + 1}
 * instances. So the shares differ by at most one instance, and a member that joins or leaves moves only a part of the
 * instances rather than reshuffling all of them.
 */
final class InstanceAssignment {

    private InstanceAssignment() {
    }

    /** The instances of {@code instances} that {@code member} holds when {@code members} are the live replicas. */
    static Set<String> shareOf(String member, Collection<String> instances, Collection<String> members) {
        return assign(instances, members).getOrDefault(member, Set.of());
    }

    /** Every member's share; a member with none is absent. */
    static Map<String, Set<String>> assign(Collection<String> instances, Collection<String> members) {
        List<String> replicas = List.copyOf(new TreeSet<>(members));
        Map<String, Set<String>> shares = new HashMap<>();
        if (replicas.isEmpty()) {
            return shares;
        }
        Set<String> sorted = new TreeSet<>(instances);
        int floor = sorted.size() / replicas.size();
        int larger = sorted.size() % replicas.size(); // how many members may hold floor + 1
        Map<String, Integer> load = new HashMap<>();
        for (String instance : sorted) {
            String best = null;
            long bestWeight = 0;
            for (String replica : replicas) {
                int held = load.getOrDefault(replica, 0);
                if (held > floor || held == floor && larger == 0) {
                    continue;
                }
                long weight = weight(replica, instance);
                if (best == null || Long.compareUnsigned(weight, bestWeight) > 0) {
                    best = replica;
                    bestWeight = weight;
                }
            }
            if (load.merge(best, 1, Integer::sum) == floor + 1) {
                larger--;
            }
            shares.computeIfAbsent(best, key -> new HashSet<>()).add(instance);
        }
        return shares;
    }

    /** A well-mixed 64-bit weight of the pair, the same in every JVM (FNV-1a over UTF-8, then a 64-bit finalizer). */
    static long weight(String replica, String instance) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : (replica + '\n' + instance).getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
