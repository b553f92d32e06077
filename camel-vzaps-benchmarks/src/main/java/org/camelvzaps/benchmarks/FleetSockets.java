package org.camelvzaps.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.consumer.realtime.FleetJvmFlags;
import org.camelvzaps.consumer.realtime.RealtimeSocketState;
import org.camelvzaps.consumer.realtime.VZapsRealtimeConsumer;

/**
 * Fleet: one {@code vzaps:realtime?instanceIds=...} route holding N sockets against a local Vert.x WebSocket server
 * that accepts every instance and stays quiet. The route runs in a client JVM of its own, forked for each run, so the
 * figures are the client's alone (the server stays in this JVM) and a run can set the JVM-wide WebSocket buffer sizes:
 * {@link Setting#DEFAULT} leaves the JDK's, {@link Setting#FLEET_FLAGS} starts the client JVM with the flags
 * docs/receiving-events.md recommends for fleets. Measured in the client JVM: threads the route added (live threads
 * after all N are connected minus before the route started), heap per socket (heap after GC, after minus before,
 * divided by the sockets the consumer reports connected), and the time from the route's start until the consumer
 * reports all N connected (paced by the component at 200 attempts a second).
 */
public final class FleetSockets implements AutoCloseable {

    /** What one size produced. */
    public record Figures(int sockets, int threadsAdded, double heapPerSocketKb, double connectSeconds, int connected) {
    }

    /** The JVM settings of a client run. */
    public enum Setting {
        DEFAULT("default JDK buffers", List.of()),
        FLEET_FLAGS("fleet flags", FleetJvmFlags.FLAGS);

        private final String label;
        private final List<String> flags;

        Setting(String label, List<String> flags) {
            this.label = label;
            this.flags = flags;
        }

        public String label() {
            return label;
        }

        public List<String> flags() {
            return flags;
        }
    }

    private static final String FIGURES = "[fleet-figures] ";

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpServer server;
    private final AtomicInteger open = new AtomicInteger();

    public FleetSockets() throws Exception {
        server = vertx.createHttpServer().webSocketHandler(ws -> {
            open.incrementAndGet();
            ws.closeHandler(v -> open.decrementAndGet());
        });
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** The server's URL, for other scenarios that need a quiet realtime server. */
    public String url() {
        return "ws://127.0.0.1:" + server.actualPort();
    }

    /**
     * Forks a client JVM with {@code setting} that opens {@code sockets} sockets to this server from one route,
     * measures and exits; the client JVM is killed by its pid if it outlives the bound.
     */
    public Figures run(int sockets, long timeoutMillis, Setting setting) throws Exception {
        Path output = Files.createTempFile("fleet-client", ".out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(setting.flags());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FleetSockets.class.getName(), url(),
                String.valueOf(sockets), String.valueOf(timeoutMillis)));
        Process client = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!client.waitFor(timeoutMillis + 120_000, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the fleet client JVM did not finish: " + Files.readString(output));
            }
            String out = Files.readString(output);
            Figures figures = out.lines().filter(line -> line.startsWith(FIGURES)).findFirst()
                    .map(FleetSockets::parse)
                    .orElseThrow(() -> new IllegalStateException("the fleet client JVM printed no figures: " + out));
            out.lines().filter(line -> line.startsWith("[fleet]")).forEach(System.out::println);
            return figures;
        } finally {
            client.toHandle().destroyForcibly();
            client.waitFor(30, TimeUnit.SECONDS);
            long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (open.get() > 0 && System.nanoTime() < wait) {
                Thread.sleep(20);
            }
            Files.deleteIfExists(output);
        }
    }

    private static Figures parse(String line) {
        String[] f = line.substring(FIGURES.length()).trim().split(" ");
        return new Figures(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Integer.parseInt(f[4]));
    }

    /** In the client JVM: opens {@code sockets} sockets to {@code url} from one route, measures, and stops the route. */
    static Figures measure(String url, int sockets, long timeoutMillis) throws Exception {
        String ids = IntStream.rangeClosed(1, sockets).mapToObj(i -> String.format("VZFLEET%021d", i))
                .collect(Collectors.joining(","));
        CamelContext context = new DefaultCamelContext();
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setClientToken(ApiStub.CLIENT_TOKEN);
        vzaps.getConfiguration().setInstanceToken(ApiStub.INSTANCE_TOKEN);
        vzaps.getConfiguration().setRealtimeUrl(url);
        context.addComponent("vzaps", vzaps);
        vzaps.getConfiguration().setInstanceIds(ids); // thousands of ids: too long for a readable URI
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?idleTimeout=600000").routeId("fleet").log("${body}");
            }
        });
        context.getRouteController().stopRoute("fleet");
        context.start();
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapBefore = heapAfterGc();
        long start = System.nanoTime();
        context.getRouteController().startRoute("fleet");
        VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("fleet").getConsumer();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        int connected = 0;
        while (connected < sockets && System.nanoTime() < deadline) {
            Thread.sleep(20);
            connected = (int) consumer.socketStates().stream()
                    .filter(s -> s.status() == RealtimeSocketState.Status.CONNECTED).count();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (connected < sockets) {
            System.out.println("[fleet] sockets by state after " + timeoutMillis + " ms: " + consumer.socketStates().stream()
                    .collect(Collectors.groupingBy(RealtimeSocketState::status, Collectors.counting())));
        }
        Thread.sleep(2000); // let the HTTP client's idle workers settle
        long heapAfter = heapAfterGc();
        int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        context.stop();
        return new Figures(sockets, threadsAfter - threadsBefore, (heapAfter - heapBefore) / 1024.0 / Math.max(1, connected),
                seconds, connected);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /**
     * {@code FleetSockets [sizes]}: e.g. {@code 1000,5000}; runs every size with each {@link Setting} against a server
     * in this JVM and prints one line per run. {@code FleetSockets <ws-url> <sockets> <timeoutMillis>} is the client
     * JVM of one run.
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].startsWith("ws://")) {
            Figures f = measure(args[0], Integer.parseInt(args[1]), Long.parseLong(args[2]));
            System.out.println(FIGURES + f.sockets() + " " + f.threadsAdded() + " " + f.heapPerSocketKb() + " "
                               + f.connectSeconds() + " " + f.connected());
            System.exit(0);
        }
        String sizes = args.length > 0 ? args[0] : "1000,5000";
        try (FleetSockets fleet = new FleetSockets()) {
            for (String size : sizes.split(",")) {
                for (Setting setting : Setting.values()) {
                    Figures f = fleet.run(Integer.parseInt(size.trim()), 120_000, setting);
                    System.out.printf(Locale.ROOT, "[fleet] %d sockets, %s: %d connected in %.1f s, %d threads added, "
                            + "%.1f KB heap per socket%n", f.sockets(), setting.label(), f.connected(), f.connectSeconds(),
                            f.threadsAdded(), f.heapPerSocketKb());
                }
            }
        }
        System.exit(0);
    }
}
