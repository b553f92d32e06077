package org.camelvzaps.benchmarks;

import java.lang.management.ManagementFactory;
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
import org.camelvzaps.consumer.realtime.RealtimeSocketState;
import org.camelvzaps.consumer.realtime.VZapsRealtimeConsumer;

/**
 * Fleet: one {@code vzaps:realtime?instanceIds=...} route holding N sockets against a local Vert.x WebSocket server
 * that accepts every instance and stays quiet. Measured: threads the route added (live threads after all N are
 * connected minus before the route started), heap per socket (heap after GC, after minus before, divided by the
 * sockets the consumer reports connected), and the time from the route's start until the consumer reports all N
 * connected (paced by the component at 200 attempts a second). Client and server share the JVM's heap: the server's
 * per-connection state is on the Vert.x side and counted too, so the figure is an upper bound for the client.
 */
public final class FleetSockets implements AutoCloseable {

    /** What one size produced. */
    public record Figures(int sockets, int threadsAdded, double heapPerSocketKb, double connectSeconds, int connected) {
    }

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

    /** Opens {@code sockets} sockets from one route, measures, and stops the route. */
    public Figures run(int sockets, long timeoutMillis) throws Exception {
        String ids = IntStream.rangeClosed(1, sockets).mapToObj(i -> String.format("VZFLEET%021d", i))
                .collect(Collectors.joining(","));
        CamelContext context = new DefaultCamelContext();
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setClientToken(ApiStub.CLIENT_TOKEN);
        vzaps.getConfiguration().setInstanceToken(ApiStub.INSTANCE_TOKEN);
        vzaps.getConfiguration().setRealtimeUrl("ws://127.0.0.1:" + server.actualPort());
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
                    .collect(Collectors.groupingBy(RealtimeSocketState::status, Collectors.counting()))
                    + "; server sees " + open.get() + " open");
        }
        Thread.sleep(2000); // let the HTTP client's idle workers settle
        long heapAfter = heapAfterGc();
        int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
        context.stop();
        long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (open.get() > 0 && System.nanoTime() < wait) {
            Thread.sleep(20);
        }
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

    /** {@code FleetSockets [sizes]}: e.g. {@code 1000,5000}; prints one line per size. */
    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "1000,5000";
        try (FleetSockets fleet = new FleetSockets()) {
            for (String size : sizes.split(",")) {
                Figures f = fleet.run(Integer.parseInt(size.trim()), 120_000);
                System.out.printf(java.util.Locale.ROOT, "[fleet] %d sockets: %d connected in %.1f s, %d threads added, "
                        + "%.1f KB heap per socket%n", f.sockets(), f.connected(), f.connectSeconds(), f.threadsAdded(),
                        f.heapPerSocketKb());
            }
        }
        System.exit(0);
    }
}
