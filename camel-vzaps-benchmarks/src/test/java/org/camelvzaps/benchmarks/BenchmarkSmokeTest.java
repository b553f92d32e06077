package org.camelvzaps.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the whole suite for a handful of operations each (JMH in-process, a few hundred webhook and realtime events, a
 * 1 MB document) so CI proves every benchmark still works. Checks only correctness — no timing, no targets.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsAndTheReportIsWritten(@TempDir Path out) throws Exception {
        List<Result> results = new BenchmarkRunner(BenchmarkRunner.Plan.smoke(), out, "").run(); // all scenarios

        for (String stub : List.of("fast stub", "WireMock stub")) {
            for (int threads : new int[] {1, 16, 64}) {
                String scenario = (threads == 1 ? "getStatus, sequential" : "getStatus, " + threads + " threads")
                                  + ", " + stub;
                // vzaps, vzaps-metrics (the same route with a MeterRegistry), httpclient5, camel-http, jdk-http
                assertEquals(5, results.stream().filter(r -> r.scenario().equals(scenario)).count(), scenario);
            }
        }
        assertAllZero(results, "failed requests", "no webhook request failed");
        assertEquals(1.0, results.stream().filter(r -> r.group().equals("token")).findFirst().orElseThrow().median(),
                "one POST /token for 64 concurrent first calls");
        assertAllZero(results, "unacked events", "every realtime event acked");
        assertAllZero(results, "reconnects", "no realtime connection replaced");
        for (String contender : List.of(RealtimeIngest.VZAPS, RealtimeIngest.BARE)) {
            assertTrue(results.stream().anyMatch(r -> r.contender().equals(contender) && r.unit().equals("events/s")
                                                      && r.median() > 0), contender);
        }
        assertTrue(results.stream().anyMatch(r -> r.group().equals("media")));
        for (FleetSockets.Setting setting : FleetSockets.Setting.values()) {
            List<Result> fleet = results.stream().filter(r -> r.scenario().endsWith("one route, " + setting.label()))
                    .toList();
            assertTrue(fleet.stream().anyMatch(r -> r.unit().equals("KB heap per socket")), setting + ": " + fleet);
            assertTrue(fleet.stream().anyMatch(r -> r.unit().equals("sockets connected") && Boolean.TRUE.equals(r.met())),
                    () -> setting + ": every socket of the client JVM connected: " + fleet);
        }
        List<Result> spread = results.stream().filter(r -> r.scenario().startsWith("fleet sharding")
                                                           && r.unit().endsWith("instances per replica")).toList();
        assertEquals(4, spread.size(), "fewest and most per replica, before and after a replica left: " + spread);
        assertTrue(spread.stream().allMatch(r -> Boolean.TRUE.equals(r.met())), "shares within N / R ± 10% + 1: " + spread);
        for (String events : List.of("webhook", "realtime")) {
            assertTrue(results.stream().anyMatch(r -> r.scenario().equals("heap after GC, " + events + " events")), events);
        }
        List<Result> gaps = results.stream().filter(r -> r.contender().equals("gap between arrivals")).toList();
        assertEquals(2, gaps.size(), "pacing measured for 1 and for many instances");
        assertTrue(gaps.stream().allMatch(r -> Boolean.TRUE.equals(r.met())), () -> "no gap under sendInterval: " + gaps);
        assertTrue(Files.readString(out.resolve("benchmark-results.md")).contains("| producer |"));
        assertTrue(Files.readString(out.resolve("benchmark-results.json")).contains("\"results\""));
    }

    /** Every result counted in {@code unit} is zero, and there is at least one (a renamed unit must not pass). */
    private static void assertAllZero(List<Result> results, String unit, String what) {
        List<Result> counted = results.stream().filter(r -> r.unit().equals(unit)).toList();
        assertFalse(counted.isEmpty(), "no result is counted in " + unit);
        assertTrue(counted.stream().allMatch(r -> r.median() == 0), what + ": " + counted);
    }
}
