package org.camelvzaps.consumer.realtime;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The split of a fleet's instances over the live replicas: every instance exactly once, evenly, the same everywhere. */
class InstanceAssignmentTest {

    private static List<String> instances(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> String.format("VZ%026d", i)).toList();
    }

    private static List<String> members(int r) {
        return IntStream.rangeClosed(1, r).mapToObj(i -> "replica-" + i).toList();
    }

    private static void assertPartitionAndEven(List<String> instances, List<String> members,
                                               Map<String, Set<String>> shares) {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (Set<String> share : shares.values()) {
            total += share.size();
            seen.addAll(share);
        }
        assertEquals(instances.size(), total, "no instance held twice");
        assertEquals(Set.copyOf(instances), seen, "every instance held");
        int floor = instances.size() / members.size();
        for (String member : members) {
            int size = shares.getOrDefault(member, Set.of()).size();
            assertTrue(size == floor || size == floor + 1,
                    member + " holds " + size + " of " + instances.size() + " over " + members.size());
        }
    }

    @Test
    void sixtyInstancesOverThreeReplicasAreTwentyEach() {
        Map<String, Set<String>> shares = InstanceAssignment.assign(instances(60), members(3));
        assertEquals(List.of(20, 20, 20), members(3).stream().map(m -> shares.get(m).size()).toList());
        assertPartitionAndEven(instances(60), members(3), shares);
    }

    @Test
    void anyFleetIsSplitEvenlyAndCompletely() {
        for (int n : new int[] { 1, 7, 59, 61, 1000, 5000 }) {
            for (int r = 1; r <= 9; r++) {
                assertPartitionAndEven(instances(n), members(r), InstanceAssignment.assign(instances(n), members(r)));
            }
        }
    }

    @Test
    void everyReplicaComputesTheSameSplitWhateverOrderItSeesTheIdsIn() {
        List<String> reversed = new java.util.ArrayList<>(members(4));
        java.util.Collections.reverse(reversed);
        List<String> shuffled = new java.util.ArrayList<>(instances(200));
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        assertEquals(InstanceAssignment.assign(instances(200), members(4)), InstanceAssignment.assign(shuffled, reversed));
    }

    @Test
    void aReplicaThatLeavesHandsOnItsInstancesWhileMostOthersStayPut() {
        List<String> all = instances(600);
        Map<String, Set<String>> before = InstanceAssignment.assign(all, members(4));
        Map<String, Set<String>> after = InstanceAssignment.assign(all, members(3));
        assertPartitionAndEven(all, members(3), after);
        long stayed = members(3).stream().mapToLong(m -> before.get(m).stream().filter(after.get(m)::contains).count())
                .sum();
        // a reshuffle (a sorted round-robin split) would keep about a third in place; rendezvous keeps most
        assertTrue(stayed >= 400, "of the 450 instances the three remaining replicas held, " + stayed + " stayed");
        assertEquals(Set.copyOf(all), after.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
    }

    @Test
    void noReplicasHoldNothing() {
        assertTrue(InstanceAssignment.assign(instances(5), List.of()).isEmpty());
        assertEquals(Set.of(), InstanceAssignment.shareOf("replica-1", instances(5), List.of()));
    }
}
