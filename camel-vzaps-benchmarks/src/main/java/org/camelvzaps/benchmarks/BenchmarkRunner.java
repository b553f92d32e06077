package org.camelvzaps.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.openjdk.jmh.infra.BenchmarkParams;
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
 * <p>Usage: {@code BenchmarkRunner [full|smoke] [outputDir]}.
 */
public final class BenchmarkRunner {

    /** How much work each scenario does. */
    public record Plan(boolean smokeRun, int[] threads, int webhookRounds, int webhookRequests, int webhookWarmup,
                       int connections, int memoryFirst, int memoryTotal, int mediaSize, int mediaRounds) {

        public static Plan full() {
            return new Plan(false, new int[] {1, 16, 64}, 5, 10_000, 5_000, 64, 10_000,
                    Integer.getInteger("bench.memory.events", 200_000), 16 * 1024 * 1024, 3);
        }

        public static Plan smoke() {
            return new Plan(true, new int[] {1, 16, 64}, 1, 200, 0, 64, 300, 600, 1024 * 1024, 1);
        }
    }

    private static final double MB = 1024.0 * 1024.0;

    private final Plan plan;
    private final Path out;
    private final List<Result> results = new ArrayList<>();

    public BenchmarkRunner(Plan plan, Path out) {
        this.plan = plan;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Plan plan = args.length > 0 && args[0].equals("smoke") ? Plan.smoke() : Plan.full();
        Path out = Path.of(args.length > 1 ? args[1] : "target");
        new BenchmarkRunner(plan, out).run();
        System.exit(0);
    }

    public List<Result> run() throws Exception {
        Files.createDirectories(out);
        producer();
        token();
        webhook();
        memory();
        media();
        write();
        return results;
    }

    // ---- producer (JMH) ----

    private void producer() throws Exception {
        try (ApiStub api = new ApiStub()) {
            System.setProperty(ApiStub.BASE_URL_PROPERTY, api.baseUrl());
            api.warmUp(plan.smokeRun ? 200 : 5_000);
            for (int threads : plan.threads) {
                ChainedOptionsBuilder options = new OptionsBuilder()
                        .include(ProducerBenchmark.class.getName() + ".getStatus")
                        .threads(threads)
                        .timeUnit(TimeUnit.MICROSECONDS)
                        .shouldFailOnError(true);
                if (plan.smokeRun) {
                    options.forks(0).mode(Mode.SingleShotTime).warmupIterations(0).measurementIterations(1)
                            .measurementBatchSize(3);
                } else {
                    options.forks(1).mode(Mode.SampleTime)
                            .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                            .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                            .jvmArgsAppend("-D" + ApiStub.BASE_URL_PROPERTY + "=" + api.baseUrl(), "-Xmx256m");
                }
                Collection<RunResult> runs = new Runner(options.build()).run();
                Map<String, double[]> byContender = new LinkedHashMap<>();
                for (RunResult run : runs) {
                    BenchmarkParams params = run.getParams();
                    List<Double> rounds = new ArrayList<>();
                    for (BenchmarkResult fork : run.getBenchmarkResults()) {
                        for (IterationResult iteration : fork.getIterationResults()) {
                            rounds.add(iteration.getPrimaryResult().getStatistics().getPercentile(50));
                        }
                    }
                    double median = run.getPrimaryResult().getStatistics().getPercentile(50);
                    byContender.put(params.getParam("contender"), new double[] {median, min(rounds), max(rounds)});
                }
                producerRows(threads, byContender);
            }
        } finally {
            System.clearProperty(ApiStub.BASE_URL_PROPERTY);
        }
    }

    private void producerRows(int threads, Map<String, double[]> m) {
        String scenario = threads == 1 ? "getStatus, sequential" : "getStatus, " + threads + " threads";
        double[] vzaps = m.get(ProducerBenchmark.VZAPS);
        for (Map.Entry<String, double[]> e : m.entrySet()) {
            double[] v = e.getValue();
            if (e.getKey().equals(ProducerBenchmark.VZAPS)) {
                results.add(new Result("producer", scenario, e.getKey(), v[0], v[1], v[2], "µs/call", null, null, null, null));
                continue;
            }
            double ratio = vzaps[0] / v[0];
            double limit = e.getKey().equals(ProducerBenchmark.HTTPCLIENT5) ? 1.2 : 1.0;
            boolean checked = !e.getKey().equals(ProducerBenchmark.HTTPCLIENT5) || threads == 1;
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
        List<String> contenders = List.of(WebhookIngest.BARE, WebhookIngest.BARE_JSON, WebhookIngest.VZAPS);
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, Long> failed = new LinkedHashMap<>();
        try (WebhookIngest ingest = new WebhookIngest()) {
            if (plan.webhookWarmup > 0) {
                for (String c : contenders) {
                    ingest.run(c, plan.webhookWarmup, plan.connections);
                }
            }
            for (int round = 0; round < plan.webhookRounds; round++) {
                for (String c : contenders) {
                    WebhookIngest.Round r = ingest.run(c, plan.webhookRequests, plan.connections);
                    rates.computeIfAbsent(c, k -> new ArrayList<>()).add(r.perSecond());
                    failed.merge(c, r.failed(), Long::sum);
                }
            }
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
            ingest.run(WebhookIngest.VZAPS, plan.memoryFirst, plan.connections);
            long first = heapAfterGc();
            int sent = plan.memoryFirst;
            while (sent < plan.memoryTotal) {
                int batch = Math.min(50_000, plan.memoryTotal - sent);
                WebhookIngest.Round r = ingest.run(WebhookIngest.VZAPS, batch, plan.connections);
                if (r.failed() > 0) {
                    throw new IllegalStateException(r.failed() + " webhook events failed in the memory run");
                }
                sent += batch;
            }
            long last = heapAfterGc();
            double growth = (last - first) / MB;
            String scenario = "heap after GC, webhook events";
            results.add(new Result("memory", scenario, "after " + plan.memoryFirst, first / MB, first / MB, first / MB,
                    "MB", null, null, null, null));
            results.add(new Result("memory", scenario, "after " + plan.memoryTotal, last / MB, last / MB, last / MB,
                    "MB", "after " + plan.memoryFirst, (double) last / first, "flat (growth ≤ 8 MB)",
                    plan.smokeRun ? null : growth <= 8));
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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
