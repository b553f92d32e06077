package org.camelvzaps.sandbox;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox holds a fleet: 5,000 instances, each paired and each emitting an event at the same moment, cost a few
 * kilobytes of heap each and a bounded number of threads (the emission lanes share a small pool and wait out their
 * gaps on a scheduler), and every event reaches its instance's realtime log in order.
 */
class ThousandsOfInstancesTest {

    private static final int INSTANCES = 5000;

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void fiveThousandInstancesEmittingAtOnceCostFewThreadsAndLittleHeapAndLoseNoEvent() throws Exception {
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build().start()) {
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            long heapBefore = heapAfterGc();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                ids.add(sandbox.createInstance("fleet-" + i).id());
            }
            for (String id : ids) {
                sandbox.scan(id); // Connected
            }
            for (String id : ids) {
                sandbox.injectInboundMessage(id, "5511999990000", "Fleet", "hello " + id);
            }
            int peakThreads = ManagementFactory.getThreadMXBean().getThreadCount();
            await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream()
                    .allMatch(id -> sandbox.realtimeEvents(id).size() == 2));
            peakThreads = Math.max(peakThreads, ManagementFactory.getThreadMXBean().getThreadCount());
            long heapPerInstance = (heapAfterGc() - heapBefore) / INSTANCES;

            for (String id : ids) {
                assertEquals(List.of("Connected", "Message"),
                        sandbox.realtimeEvents(id).stream().map(RealtimeEvent::type).toList(), id);
            }
            int threadsAdded = peakThreads - threadsBefore;
            assertTrue(threadsAdded <= 64, "threads added for " + INSTANCES + " instances: " + threadsAdded);
            // measured about 3.5 KB; the bound leaves room for a noisy heap reading
            assertTrue(heapPerInstance <= 32 * 1024, "heap per instance: " + heapPerInstance + " bytes");
            System.out.printf("[sandbox scale] %d instances: %d threads added, %.1f KB heap per instance%n",
                    INSTANCES, threadsAdded, heapPerInstance / 1024.0);
        }
    }
}
