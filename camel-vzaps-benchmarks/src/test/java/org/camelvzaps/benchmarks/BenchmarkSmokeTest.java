package org.camelvzaps.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the whole suite for a handful of operations each (JMH in-process, a few hundred webhook events, a 1 MB document)
 * so CI proves every benchmark still works. Checks only correctness — no timing, no targets.
 */
class BenchmarkSmokeTest {

    @Test
    void everyBenchmarkRunsAndTheReportIsWritten(@TempDir Path out) throws Exception {
        List<Result> results = new BenchmarkRunner(BenchmarkRunner.Plan.smoke(), out).run();

        for (int threads : new int[] {1, 16, 64}) {
            String scenario = threads == 1 ? "getStatus, sequential" : "getStatus, " + threads + " threads";
            assertEquals(4, results.stream().filter(r -> r.scenario().equals(scenario)).count(), scenario);
        }
        assertTrue(results.stream().filter(r -> r.unit().equals("failed requests")).allMatch(r -> r.median() == 0),
                "no webhook request failed");
        assertEquals(1.0, results.stream().filter(r -> r.group().equals("token")).findFirst().orElseThrow().median(),
                "one POST /token for 64 concurrent first calls");
        assertTrue(results.stream().anyMatch(r -> r.group().equals("media")));
        assertTrue(results.stream().anyMatch(r -> r.group().equals("memory")));
        assertTrue(Files.readString(out.resolve("benchmark-results.md")).contains("| producer |"));
        assertTrue(Files.readString(out.resolve("benchmark-results.json")).contains("\"results\""));
    }
}
