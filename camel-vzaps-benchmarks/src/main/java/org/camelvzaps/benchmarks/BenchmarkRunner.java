package org.camelvzaps.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

/**
 * Runs the whole suite and writes {@code benchmark-results.md} and {@code benchmark-results.json} into the output
 * directory. {@code full} is the measured run (a few minutes); {@code smoke} runs every scenario for a handful of
 * operations in-process (no JMH forks) so CI proves the benchmarks work — its numbers mean nothing and nothing is checked
 * against the targets.
 *
 * <p>Usage: {@code BenchmarkRunner [full|smoke] [outputDir]}. System properties: {@code bench.scenarios} (a
 * comma-separated subset of {@link #SCENARIOS}, default all), {@code bench.memory.events} and
 * {@code bench.memory.realtime.events} (see {@link Plan}), {@code bench.stubs} and {@code bench.threads} (the
 * producer scenario's stubs and caller thread counts, e.g. {@code -Dbench.threads=1}).
 */
public final class BenchmarkRunner {

    /**
     * How much work each scenario does. {@code memoryTotal}/{@code realtimeMemoryTotal}: the N of the webhook and realtime
     * memory scenarios (heap after {@code memoryFirst} events vs after N), from {@code -Dbench.memory.events} (default
     * 200,000: 1,000,000 webhook events took about 6 minutes on a loaded 2-core machine) and
     * {@code -Dbench.memory.realtime.events} (default 1,000,000: about 20 seconds there).
     */
    public record Plan(boolean smokeRun, int[] threads, int webhookRounds, int webhookRequests, int webhookWarmup,
                       int connections, int memoryFirst, int memoryTotal, int mediaSize, int mediaRounds,
                       int realtimeRounds, int realtimeEvents, int realtimeWarmup, int realtimeMemoryTotal) {

        public static Plan full() {
            return new Plan(false, producerThreads(), 5, 10_000, 5_000, 64, 10_000,
                    Integer.getInteger("bench.memory.events", 200_000), 16 * 1024 * 1024, 3, 5, 100_000, 50_000,
                    Integer.getInteger("bench.memory.realtime.events", 1_000_000));
        }

        /** The producer scenario's caller thread counts, {@code -Dbench.threads} (default 1,16,64). */
        static int[] producerThreads() {
            String counts = System.getProperty("bench.threads", "");
            if (counts.isBlank()) {
                return new int[] {1, 16, 64};
            }
            return Arrays.stream(counts.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                    .mapToInt(Integer::parseInt).toArray();
        }

        public static Plan smoke() {
            return new Plan(true, new int[] {1, 16, 64}, 1, 200, 0, 64, 300, 600, 1024 * 1024, 1, 1, 200, 0, 600);
        }
    }

    /** The scenarios, in the order they run; {@code -Dbench.scenarios=realtime,realtime-memory} runs only those. */
    public static final List<String> SCENARIOS = List.of("producer", "token", "webhook", "webhook-memory", "realtime",
            "realtime-memory", "media", "fleet", "pacing");

    private static final double MB = 1024.0 * 1024.0;

    private final Plan plan;
    private final Path out;
    private final Set<String> selected;
    private final List<Result> results = new ArrayList<>();

    public BenchmarkRunner(Plan plan, Path out) {
        this(plan, out, System.getProperty("bench.scenarios", ""));
    }

    /** {@code scenarios}: a comma-separated subset of {@link #SCENARIOS}; blank for all. */
    public BenchmarkRunner(Plan plan, Path out, String scenarios) {
        this.plan = plan;
        this.out = out;
        Set<String> chosen = new LinkedHashSet<>();
        for (String s : scenarios.split(",")) {
            if (!s.isBlank()) {
                if (!SCENARIOS.contains(s.trim())) {
                    throw new IllegalArgumentException("unknown scenario " + s.trim() + "; known: " + SCENARIOS);
                }
                chosen.add(s.trim());
            }
        }
        this.selected = chosen.isEmpty() ? new LinkedHashSet<>(SCENARIOS) : chosen;
    }

    public static void main(String[] args) throws Exception {
        Plan plan = args.length > 0 && args[0].equals("smoke") ? Plan.smoke() : Plan.full();
        Path out = Path.of(args.length > 1 ? args[1] : "target");
        new BenchmarkRunner(plan, out).run();
        System.exit(0);
    }

    public List<Result> run() throws Exception {
        Files.createDirectories(out);
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        scenarios.put("producer", this::producer);
        scenarios.put("token", this::token);
        scenarios.put("webhook", this::webhook);
        scenarios.put("webhook-memory", this::memory);
        scenarios.put("realtime", this::realtime);
        scenarios.put("realtime-memory", this::realtimeMemory);
        scenarios.put("media", this::media);
        scenarios.put("fleet", () -> {
            fleet();
            fleetSpread();
        });
        scenarios.put("pacing", this::pacing);
        for (Map.Entry<String, Scenario> e : scenarios.entrySet()) {
            if (selected.contains(e.getKey())) {
                long start = System.nanoTime();
                e.getValue().run();
                System.out.printf(Locale.ROOT, "[bench] %s: %.1f s%n", e.getKey(), (System.nanoTime() - start) / 1e9);
            }
        }
        write();
        return results;
    }

    private interface Scenario {
        void run() throws Exception;
    }

    // ---- producer (JMH) ----

    /**
     * The producer contenders against each stub in {@code -Dbench.stubs} (default {@code fast,wiremock}): the targets
     * are judged against the fast stub, whose answer costs little enough for the clients' own cost to show; the
     * WireMock rows show what a slower server hides.
     */
    private void producer() throws Exception {
        for (String stub : System.getProperty("bench.stubs", "fast,wiremock").split(",")) {
            producer(ApiStub.Kind.valueOf(stub.trim().toUpperCase(Locale.ROOT)));
        }
    }

    private void producer(ApiStub.Kind kind) throws Exception {
        try (ApiStub api = new ApiStub(kind)) {
            System.setProperty(ApiStub.BASE_URL_PROPERTY, api.baseUrl());
            api.warmUp(plan.smokeRun ? 200 : 5_000);
            for (int threads : plan.threads) {
                // Whichever contender runs first at a thread count measured up to 1.6x slower than when it ran last
                // (the shared server and the machine settle meanwhile), so a full run measures every thread count
                // twice, in opposite orders, and combines the per-iteration medians of both passes.
                List<String> order = List.of(ProducerBenchmark.VZAPS, ProducerBenchmark.VZAPS_METRICS,
                        ProducerBenchmark.HTTPCLIENT5,
                        ProducerBenchmark.CAMEL_HTTP, ProducerBenchmark.JDK_HTTP);
                List<List<String>> passes = plan.smokeRun ? List.of(order) : List.of(order, reversed(order));
                Map<String, List<Double>> rounds = new LinkedHashMap<>();
                order.forEach(contender -> rounds.put(contender, new ArrayList<>()));
                for (List<String> pass : passes) {
                    for (RunResult run : new Runner(producerOptions(api, threads, pass).build()).run()) {
                        List<Double> of = rounds.get(run.getParams().getParam("contender"));
                        for (BenchmarkResult fork : run.getBenchmarkResults()) {
                            for (IterationResult iteration : fork.getIterationResults()) {
                                of.add(iteration.getPrimaryResult().getStatistics().getPercentile(50));
                            }
                        }
                    }
                }
                Map<String, double[]> byContender = new LinkedHashMap<>();
                rounds.forEach((contender, values) -> byContender.put(contender,
                        new double[] {median(values), min(values), max(values)}));
                producerRows(kind, threads, byContender);
            }
        } finally {
            System.clearProperty(ApiStub.BASE_URL_PROPERTY);
        }
    }

    private ChainedOptionsBuilder producerOptions(ApiStub api, int threads, List<String> contenders) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ProducerBenchmark.class.getName() + ".getStatus")
                .param("contender", contenders.toArray(String[]::new))
                .threads(threads)
                .timeUnit(TimeUnit.MICROSECONDS)
                .shouldFailOnError(true);
        if (plan.smokeRun) {
            return options.forks(0).mode(Mode.SingleShotTime).warmupIterations(0).measurementIterations(1)
                    .measurementBatchSize(3);
        }
        return options.forks(1).mode(Mode.SampleTime)
                // 5 s: the Camel contenders run much more code than the bare clients and need it to settle
                .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-D" + ApiStub.BASE_URL_PROPERTY + "=" + api.baseUrl(), "-Xmx256m");
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private void producerRows(ApiStub.Kind kind, int threads, Map<String, double[]> m) {
        String scenario = (threads == 1 ? "getStatus, sequential" : "getStatus, " + threads + " threads")
                          + ", " + kind.label();
        double[] vzaps = m.get(ProducerBenchmark.VZAPS);
        for (Map.Entry<String, double[]> e : m.entrySet()) {
            double[] v = e.getValue();
            if (e.getKey().equals(ProducerBenchmark.VZAPS)) {
                results.add(new Result("producer", scenario, e.getKey(), v[0], v[1], v[2], "µs/call", null, null, null, null));
                continue;
            }
            if (e.getKey().equals(ProducerBenchmark.VZAPS_METRICS)) {
                // the cost of the metrics: with a registry over without, a few percent at most
                double cost = v[0] / vzaps[0];
                results.add(new Result("producer", scenario, e.getKey(), v[0], v[1], v[2], "µs/call", "vzaps", cost,
                        "≤ 1.05× vzaps", plan.smokeRun ? null : cost <= 1.05));
                continue;
            }
            double ratio = vzaps[0] / v[0];
            double limit = e.getKey().equals(ProducerBenchmark.HTTPCLIENT5) ? 1.2 : 1.0;
            // the targets are judged against the fast stub only
            boolean checked = kind == ApiStub.Kind.FAST
                              && (!e.getKey().equals(ProducerBenchmark.HTTPCLIENT5) || threads == 1);
            results.add(new Result("producer", scenario, e.getKey(), v[0], v[1], v[2], "µs/call", e.getKey(), ratio,
                    checked ? "vzaps ≤ " + limit + "×" : "(none)", checked && !plan.smokeRun ? ratio <= limit : null));
        }
    }

    // ---- token ----

    private void token() throws Exception {
        int calls = TokenSingleFlight.tokenCalls(64);
        results.add(new Result("token", "64 concurrent first calls", "vzaps", calls, calls, calls, "POST /token",
                null, null, "exactly 1", plan.smokeRun ? null : calls == 1));
    }

    // ---- webhook ingest ----

    private void webhook() throws Exception {
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, Long> failed = new LinkedHashMap<>();
        try (WebhookIngest ingest = new WebhookIngest()) {
            alternate(List.of(WebhookIngest.BARE, WebhookIngest.BARE_JSON, WebhookIngest.VZAPS), plan.webhookWarmup,
                    plan.webhookRounds, plan.webhookRequests, rates, failed, (c, events) -> {
                        WebhookIngest.Round r = ingest.run(c, events, plan.connections);
                        return new Outcome(r.perSecond(), r.failed());
                    });
        }
        String scenario = "webhook ingest, " + plan.connections + " connections, " + plan.webhookRounds + "×"
                          + plan.webhookRequests + " events";
        double vzaps = median(rates.get(WebhookIngest.VZAPS));
        for (String c : List.of(WebhookIngest.VZAPS, WebhookIngest.BARE, WebhookIngest.BARE_JSON)) {
            List<Double> r = rates.get(c);
            boolean isVzaps = c.equals(WebhookIngest.VZAPS);
            Double ratio = isVzaps ? null : vzaps / median(r);
            String target = c.equals(WebhookIngest.BARE) ? "vzaps ≥ 0.95×" : isVzaps ? null : "(none)";
            Boolean met = c.equals(WebhookIngest.BARE) && !plan.smokeRun ? ratio >= 0.95 : null;
            results.add(new Result("webhook", scenario, c, median(r), min(r), max(r), "events/s", isVzaps ? null : c,
                    ratio, target, met));
            results.add(new Result("webhook", scenario, c, failed.get(c), failed.get(c), failed.get(c), "failed requests",
                    null, null, "0", failed.get(c) == 0));
        }
    }

    // ---- memory ----

    private void memory() throws Exception {
        try (WebhookIngest ingest = new WebhookIngest()) {
            memoryRun("webhook-memory", "heap after GC, webhook events", plan.memoryTotal, events -> {
                WebhookIngest.Round r = ingest.run(WebhookIngest.VZAPS, events, plan.connections);
                if (r.failed() > 0) {
                    throw new IllegalStateException(r.failed() + " webhook events failed in the memory run");
                }
            });
        }
    }

    private interface Batch {
        void send(int events) throws Exception;
    }

    /** Heap after GC after {@code memoryFirst} events, then after {@code total}, sent in batches of 50,000. */
    private void memoryRun(String name, String scenario, int total, Batch batch) throws Exception {
        batch.send(plan.memoryFirst);
        long first = heapAfterGc();
        int sent = plan.memoryFirst;
        long start = System.nanoTime();
        while (sent < total) {
            int events = Math.min(50_000, total - sent);
            batch.send(events);
            sent += events;
            progress(name, sent, events, total, start);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        memoryRows(scenario, plan.memoryFirst, first, total, heapAfterGc(), seconds);
    }

    private void memoryRows(String scenario, int firstEvents, long first, int totalEvents, long last, double seconds) {
        double growth = (last - first) / MB;
        results.add(new Result("memory", scenario, "after " + firstEvents, first / MB, first / MB, first / MB,
                "MB", null, null, null, null));
        results.add(new Result("memory", scenario, "after " + totalEvents, last / MB, last / MB, last / MB,
                "MB", "after " + firstEvents, (double) last / first, "flat (growth ≤ 8 MB)",
                plan.smokeRun ? null : growth <= 8));
        results.add(new Result("memory", scenario, "time for the " + (totalEvents - firstEvents) + " after", seconds,
                seconds, seconds, "s", null, null, null, null));
    }

    /** A round's rate and how many of its events failed (failed requests, unacked events). */
    private record Outcome(double perSecond, long failures) {
    }

    private interface Load {
        Outcome run(String contender, int events) throws Exception;
    }

    /**
     * Warm-up, then {@code rounds} rounds in which every contender runs in turn, so drift on a shared machine hits
     * each alike; collects each contender's rates and adds up its failures.
     */
    private static void alternate(List<String> contenders, int warmup, int rounds, int events,
                                  Map<String, List<Double>> rates, Map<String, Long> failures, Load load) throws Exception {
        if (warmup > 0) {
            for (String c : contenders) {
                load.run(c, warmup);
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (String c : contenders) {
                Outcome outcome = load.run(c, events);
                rates.computeIfAbsent(c, k -> new ArrayList<>()).add(outcome.perSecond());
                failures.merge(c, outcome.failures(), Long::sum);
            }
        }
    }

    // ---- realtime ingest ----

    private void realtime() throws Exception {
        List<String> contenders = List.of(RealtimeIngest.BARE, RealtimeIngest.VZAPS);
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, Long> unacked = new LinkedHashMap<>();
        Map<String, Integer> reconnects = new LinkedHashMap<>();
        try (RealtimeIngest ingest = new RealtimeIngest()) {
            alternate(contenders, plan.realtimeWarmup, plan.realtimeRounds, plan.realtimeEvents, rates, unacked,
                    (c, events) -> {
                        RealtimeIngest.Round r = ingest.run(c, events);
                        return new Outcome(r.perSecond(), r.unacked());
                    });
            contenders.forEach(c -> reconnects.put(c, ingest.reconnects(c)));
        }
        String scenario = "realtime ingest, 1 connection, " + plan.realtimeRounds + "×" + plan.realtimeEvents + " events";
        double vzaps = median(rates.get(RealtimeIngest.VZAPS));
        for (String c : List.of(RealtimeIngest.VZAPS, RealtimeIngest.BARE)) {
            List<Double> r = rates.get(c);
            boolean isVzaps = c.equals(RealtimeIngest.VZAPS);
            results.add(new Result("realtime", scenario, c, median(r), min(r), max(r), "events/s", isVzaps ? null : c,
                    isVzaps ? null : vzaps / median(r), isVzaps ? null : "(none)", null));
            long missing = unacked.get(c);
            results.add(new Result("realtime", scenario, c, missing, missing, missing, "unacked events", null, null, "0",
                    missing == 0));
            int again = reconnects.get(c);
            results.add(new Result("realtime", scenario, c, again, again, again, "reconnects", null, null, "0",
                    again == 0));
        }
    }

    private void realtimeMemory() throws Exception {
        try (RealtimeIngest ingest = new RealtimeIngest()) {
            memoryRun("realtime-memory", "heap after GC, realtime events", plan.realtimeMemoryTotal, events -> {
                RealtimeIngest.Round r = ingest.run(RealtimeIngest.VZAPS, events);
                if (r.unacked() > 0) {
                    throw new IllegalStateException(r.unacked() + " realtime events were not acked in the memory run");
                }
            });
        }
    }

    /** One line per 100,000 events of a long memory run, so a 1M run shows it is moving. */
    private void progress(String scenario, int sent, int batch, int total, long start) {
        if (!plan.smokeRun && sent / 100_000 != (sent - batch) / 100_000 && sent < total) {
            System.out.printf(Locale.ROOT, "[bench] %s: %,d of %,d events, %.0f s%n", scenario, sent, total,
                    (System.nanoTime() - start) / 1e9);
        }
    }


    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---- fleet ----

    /**
     * Sockets per JVM: {@code -Dbench.fleet.sockets} sizes (default 1000,5000; smoke 50), each in a client JVM of its
     * own with the JDK's default WebSocket buffers and again with the fleet flags (see {@link FleetSockets.Setting}).
     */
    private void fleet() throws Exception {
        String sizes = System.getProperty("bench.fleet.sockets", plan.smokeRun ? "50" : "1000,5000");
        try (FleetSockets fleet = new FleetSockets()) {
            for (String size : sizes.split(",")) {
                for (FleetSockets.Setting setting : FleetSockets.Setting.values()) {
                    FleetSockets.Figures f = fleet.run(Integer.parseInt(size.trim()), 120_000, setting);
                    fleetRows(f, "fleet, " + f.sockets() + " sockets, one route, " + setting.label());
                }
            }
        }
    }

    private void fleetRows(FleetSockets.Figures f, String scenario) {
        results.add(new Result("fleet", scenario, "vzaps:realtime", f.connected(), f.connected(), f.connected(),
                "sockets connected", null, null, String.valueOf(f.sockets()), f.connected() == f.sockets()));
        results.add(new Result("fleet", scenario, "vzaps:realtime", f.threadsAdded(), f.threadsAdded(),
                f.threadsAdded(), "threads added", null, null, "≤ 64", f.threadsAdded() <= 64));
        results.add(new Result("fleet", scenario, "vzaps:realtime", f.heapPerSocketKb(), f.heapPerSocketKb(),
                f.heapPerSocketKb(), "KB heap per socket", null, null, "≤ 30", f.heapPerSocketKb() <= 30));
        results.add(new Result("fleet", scenario, "vzaps:realtime", f.connectSeconds(), f.connectSeconds(),
                f.connectSeconds(), "s to connect all", null, null, "≤ 60",
                f.connected() == f.sockets() && f.connectSeconds() <= 60));
    }

    /**
     * Sharding spread: {@code -Dbench.fleet.spread} instances (default 1000; smoke 30) over three replicas on a
     * ZooKeeper cluster service; the target is N / R ± 10% + 1 per replica, before and after one replica leaves.
     */
    private void fleetSpread() throws Exception {
        int instances = Integer.getInteger("bench.fleet.spread", plan.smokeRun ? 30 : 1000);
        int replicas = 3;
        try (FleetSpread spread = new FleetSpread()) {
            FleetSpread.Figures f = spread.run(instances, replicas, 180_000);
            addSpread(instances + " instances over " + replicas + " replicas", instances, replicas, f.min(), f.max(),
                    f.settleSeconds(), f.settled());
            addSpread(instances + " instances, one of " + replicas + " replicas stopped", instances, replicas - 1,
                    f.minAfterLeave(), f.maxAfterLeave(), f.rebalanceSeconds(), f.settled());
        }
    }

    private void addSpread(String what, int instances, int replicas, int min, int max, double seconds, boolean settled) {
        String scenario = "fleet sharding, " + what;
        double even = (double) instances / replicas;
        double tolerance = even * 0.1 + 1;
        String target = "%.0f ± %.0f".formatted(even, Math.floor(tolerance));
        results.add(new Result("fleet", scenario, "ZooKeeperClusterService", min, min, min,
                "fewest instances per replica", null, null, target, settled && even - min <= tolerance));
        results.add(new Result("fleet", scenario, "ZooKeeperClusterService", max, max, max,
                "most instances per replica", null, null, target, settled && max - even <= tolerance));
        results.add(new Result("fleet", scenario, "ZooKeeperClusterService", seconds, seconds, seconds,
                "s until each instance held once", null, null, null, null));
    }

    // ---- pacing ----

    /**
     * 16 senders, sendInterval 100 ms (smoke: 20 ms): the gaps between two arrivals of one instance, for one instance
     * and for 100; and the same load unpaced (the send rate with the pacing options unset).
     */
    private void pacing() throws Exception {
        long interval = plan.smokeRun ? 20 : 100;
        int oneInstanceSends = plan.smokeRun ? 10 : 100;
        int manyInstances = plan.smokeRun ? 10 : 100;
        int manySends = plan.smokeRun ? 40 : 1_000;
        try (PacingAccuracy pacing = new PacingAccuracy()) {
            pacing.run(16, 1, plan.smokeRun ? 20 : 2_000, 0); // warm-up
            PacingAccuracy.Round unpaced = pacing.run(16, manyInstances, plan.smokeRun ? 40 : 5_000, 0);
            results.add(new Result("pacing", "sendText, 16 threads, pacing options unset", "vzaps", unpaced.sendsPerSecond(),
                    unpaced.sendsPerSecond(), unpaced.sendsPerSecond(), "sends/s", null, null, null, null));
            for (int[] shape : new int[][] {{1, oneInstanceSends}, {manyInstances, manySends}}) {
                PacingAccuracy.Round r = pacing.run(16, shape[0], shape[1], interval);
                List<Double> gaps = r.gapsMillis();
                String scenario = "sendText, 16 threads, " + shape[0] + (shape[0] == 1 ? " instance" : " instances")
                                  + ", sendInterval " + interval + " ms";
                double lowest = min(gaps);
                results.add(new Result("pacing", scenario, "gap between arrivals", median(gaps), lowest,
                        percentile(gaps, 0.99), "ms (low–p99)", "sendInterval", median(gaps) / interval,
                        "never < sendInterval", lowest >= interval));
                results.add(new Result("pacing", scenario, "send rate", r.sendsPerSecond(), r.sendsPerSecond(),
                        r.sendsPerSecond(), "sends/s", null, null, null, null));
            }
        }
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    // ---- media ----

    private void media() throws Exception {
        List<Double> seconds = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        List<Double> allocated = new ArrayList<>();
        try (MediaSend media = new MediaSend(out, plan.mediaSize)) {
            if (!plan.smokeRun) {
                media.send();
            }
            for (int i = 0; i < plan.mediaRounds; i++) {
                MediaSend.Send s = media.send();
                seconds.add(s.seconds());
                peaks.add(s.peakHeapAbove() / MB);
                allocated.add(s.allocated() / MB);
            }
        }
        String scenario = "sendDocument from a " + (plan.mediaSize / (1024 * 1024)) + " MB file";
        double base64 = Math.ceil(plan.mediaSize / 3.0) * 4 / MB;
        results.add(new Result("media", scenario, "time", median(seconds), min(seconds), max(seconds), "s", null, null,
                "< 2 s", plan.smokeRun ? null : median(seconds) < 2.0));
        results.add(new Result("media", scenario, "peak heap above idle", median(peaks), min(peaks), max(peaks), "MB",
                "base64 size " + String.format(Locale.ROOT, "%.1f MB", base64), median(peaks) / base64,
                "≤ ~3 copies", plan.smokeRun ? null : median(peaks) / base64 <= 3.0));
        results.add(new Result("media", scenario, "allocated by the caller", median(allocated), min(allocated),
                max(allocated), "MB", "file size", median(allocated) / (plan.mediaSize / MB), "(none)", null));
    }

    // ---- output ----

    private void write() throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", plan.smokeRun ? "smoke" : "full");
        json.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        json.put("results", results);
        mapper.writeValue(out.resolve("benchmark-results.json").toFile(), json);

        StringBuilder md = new StringBuilder();
        md.append(plan.smokeRun ? "Smoke run: numbers are not measurements.\n\n" : "")
                .append("| group | scenario | contender | median | spread (low–high) | unit | vzaps ÷ baseline | target | met |\n")
                .append("|---|---|---|---:|---|---|---:|---|---|\n");
        for (Result r : results) {
            md.append("| ").append(r.group()).append(" | ").append(r.scenario()).append(" | ").append(r.contender())
                    .append(" | ").append(num(r.median())).append(" | ").append(num(r.low())).append("–").append(num(r.high()))
                    .append(" | ").append(r.unit()).append(" | ").append(r.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f×", r.ratio()))
                    .append(" | ").append(r.target() == null ? "" : r.target())
                    .append(" | ").append(r.met() == null ? "" : r.met() ? "yes" : "**no**").append(" |\n");
        }
        Files.writeString(out.resolve("benchmark-results.md"), md);
        System.out.println(md);
    }

    private static String num(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    @Override
    public String toString() {
        return "BenchmarkRunner" + Arrays.toString(plan.threads);
    }
}
