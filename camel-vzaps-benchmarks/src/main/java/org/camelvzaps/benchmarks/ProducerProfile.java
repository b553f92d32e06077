package org.camelvzaps.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A quick, in-process look at what one {@code getStatus} costs each {@link ProducerBenchmark} contender against the
 * fast stub: rounds of calls alternating between the contenders in the same JVM (so machine noise hits them alike),
 * reporting per contender the median time per call and the bytes the calling thread allocated per call. Run it
 * under JFR to see where the time goes:
 * <pre>
 * java -XX:StartFlightRecording=filename=producer.jfr,settings=profile -cp ... org.camelvzaps.benchmarks.ProducerProfile
 * </pre>
 * System properties: {@code profile.contenders} (default {@code vzaps,httpclient5,camel-http}), {@code profile.calls}
 * per round (default 20,000), {@code profile.rounds} (default 10, the first two are warm-up), {@code profile.threads}
 * (default 1: callers making calls at the same time; time per call is then wall time ÷ calls per thread).
 * Not a benchmark of record: the full run ({@link BenchmarkRunner}) is.
 */
public final class ProducerProfile {

    private ProducerProfile() {
    }

    public static void main(String[] args) throws Exception {
        String[] contenders = System.getProperty("profile.contenders", "vzaps,httpclient5,camel-http").split(",");
        int calls = Integer.getInteger("profile.calls", 20_000);
        int rounds = Integer.getInteger("profile.rounds", 10);
        int threads = Integer.getInteger("profile.threads", 1);
        try (ApiStub stub = new ApiStub(ApiStub.Kind.FAST)) {
            System.setProperty(ApiStub.BASE_URL_PROPERTY, stub.baseUrl());
            List<ProducerBenchmark> benches = new ArrayList<>();
            for (String contender : contenders) {
                ProducerBenchmark bench = new ProducerBenchmark();
                bench.contender = contender.trim();
                bench.setUp();
                benches.add(bench);
            }
            double[][] nanos = new double[contenders.length][rounds];
            double[][] bytes = new double[contenders.length][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int c = 0; c < contenders.length; c++) {
                    // alternate the order each round: whoever runs first is measured against a colder machine
                    int i = round % 2 == 0 ? c : contenders.length - 1 - c;
                    double[] measured = run(benches.get(i), calls, threads);
                    nanos[i][round] = measured[0];
                    bytes[i][round] = measured[1];
                }
            }
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "%d thread(s), %d calls x %d rounds (first 2 warm-up), load average %.2f%n",
                    threads, calls, rounds, load);
            for (int c = 0; c < contenders.length; c++) {
                System.out.printf(Locale.ROOT, "%-12s %8.1f µs/call (rounds %s)  %8.0f B/call%n", contenders[c],
                        median(nanos[c], 2) / 1000, spread(nanos[c], 2), median(bytes[c], 2));
            }
            for (ProducerBenchmark bench : benches) {
                bench.tearDown();
            }
        }
    }

    /** @return nanoseconds per call (wall time of the slowest thread ÷ its calls), bytes allocated per call */
    private static double[] run(ProducerBenchmark bench, int calls, int threads) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int perThread = calls / threads;
        long[] allocated = new long[threads];
        Throwable[] failure = new Throwable[1];
        Thread[] callers = new Thread[threads];
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int index = t;
            callers[t] = new Thread(() -> {
                long before = mx.getCurrentThreadAllocatedBytes();
                try {
                    for (int n = 0; n < perThread; n++) {
                        bench.getStatus();
                    }
                } catch (Throwable e) {
                    failure[0] = e;
                }
                allocated[index] = mx.getCurrentThreadAllocatedBytes() - before;
            });
            callers[t].start();
        }
        for (Thread caller : callers) {
            caller.join();
        }
        long elapsed = System.nanoTime() - started;
        if (failure[0] != null) {
            throw new IllegalStateException(bench.contender + " failed", failure[0]);
        }
        return new double[] {(double) elapsed / perThread, (double) Arrays.stream(allocated).sum() / (perThread * threads)};
    }

    private static double median(double[] values, int skip) {
        double[] kept = Arrays.copyOfRange(values, skip, values.length);
        Arrays.sort(kept);
        return kept[kept.length / 2];
    }

    private static String spread(double[] values, int skip) {
        double[] kept = Arrays.copyOfRange(values, skip, values.length);
        Arrays.sort(kept);
        return String.format(Locale.ROOT, "%.1f–%.1f", kept[0] / 1000, kept[kept.length - 1] / 1000);
    }
}
