package org.camelvzaps.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.test.TestingServer;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.consumer.realtime.RealtimeSocketState;
import org.camelvzaps.consumer.realtime.VZapsRealtimeConsumer;

/**
 * Sharding spread: R replicas (CamelContexts in this JVM, each with camel-zookeeper's ZooKeeperClusterService on an
 * in-process ZooKeeper) run the same {@code vzaps:realtime} route for N instances against a quiet local server.
 * Measured: the fewest and the most instances a replica holds once every instance is held exactly once, the time
 * until then, and the same after one replica stops (its instances move to the others).
 */
public final class FleetSpread implements AutoCloseable {

    /** What one run produced; min/max are instances per replica, seconds until every instance was held once. */
    public record Figures(int instances, int replicas, int min, int max, double settleSeconds, int minAfterLeave,
                          int maxAfterLeave, double rebalanceSeconds, boolean settled) {
    }

    private final FleetSockets server;
    private final TestingServer zookeeper;

    public FleetSpread() throws Exception {
        server = new FleetSockets();
        zookeeper = new TestingServer(true);
    }

    public Figures run(int instances, int replicas, long timeoutMillis) throws Exception {
        String ids = IntStream.rangeClosed(1, instances).mapToObj(i -> String.format("VZSPREAD%020d", i))
                .collect(Collectors.joining(","));
        List<CamelContext> contexts = new ArrayList<>();
        try {
            long start = System.nanoTime();
            for (int r = 1; r <= replicas; r++) {
                contexts.add(replica("replica-" + r, ids));
            }
            boolean settled = awaitEven(contexts, instances, timeoutMillis);
            double settle = (System.nanoTime() - start) / 1e9;
            int[] before = minMax(contexts);

            long leave = System.nanoTime();
            contexts.remove(0).stop();
            settled &= awaitEven(contexts, instances, timeoutMillis);
            double rebalance = (System.nanoTime() - leave) / 1e9;
            int[] after = minMax(contexts);
            return new Figures(instances, replicas, before[0], before[1], settle, after[0], after[1], rebalance,
                    settled);
        } finally {
            contexts.forEach(CamelContext::stop);
        }
    }

    private CamelContext replica(String name, String ids) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(name);
        cluster.setNodes(zookeeper.getConnectString());
        cluster.setBasePath("/camel-vzaps-bench");
        context.addService(cluster);
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setClientToken(ApiStub.CLIENT_TOKEN);
        vzaps.getConfiguration().setInstanceToken(ApiStub.INSTANCE_TOKEN);
        vzaps.getConfiguration().setRealtimeUrl(server.url());
        vzaps.getConfiguration().setInstanceIds(ids);
        context.addComponent("vzaps", vzaps);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?idleTimeout=600000").routeId("spread").log("${body}");
            }
        });
        context.start();
        return context;
    }

    private static List<Set<String>> held(List<CamelContext> contexts) {
        List<Set<String>> held = new ArrayList<>();
        for (CamelContext context : contexts) {
            VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("spread").getConsumer();
            held.add(consumer.socketStates().stream().filter(s -> s.status() == RealtimeSocketState.Status.CONNECTED)
                    .map(RealtimeSocketState::instanceId).collect(Collectors.toSet()));
        }
        return held;
    }

    /** Waits (bounded) until every instance is held by exactly one replica and each holds N / R rounded. */
    private static boolean awaitEven(List<CamelContext> contexts, int instances, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        int floor = instances / contexts.size();
        while (System.nanoTime() < deadline) {
            List<Set<String>> held = held(contexts);
            Set<String> union = new HashSet<>();
            int total = 0;
            boolean even = true;
            for (Set<String> share : held) {
                total += share.size();
                union.addAll(share);
                even &= share.size() == floor || share.size() == floor + 1;
            }
            if (even && total == instances && union.size() == instances) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static int[] minMax(List<CamelContext> contexts) {
        List<Integer> sizes = held(contexts).stream().map(Set::size).toList();
        return new int[] { sizes.stream().mapToInt(Integer::intValue).min().orElse(0),
                sizes.stream().mapToInt(Integer::intValue).max().orElse(0) };
    }

    @Override
    public void close() throws Exception {
        zookeeper.close();
        server.close();
    }

    /** {@code FleetSpread [instances] [replicas]}: e.g. {@code 1000 3}; prints the figures. */
    public static void main(String[] args) throws Exception {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int replicas = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (FleetSpread spread = new FleetSpread()) {
            Figures f = spread.run(instances, replicas, 180_000);
            System.out.printf(java.util.Locale.ROOT, "[fleet spread] %d instances over %d replicas: %d–%d each after "
                    + "%.1f s; one replica stopped: %d–%d each after %.1f s more%s%n", f.instances(), f.replicas(),
                    f.min(), f.max(), f.settleSeconds(), f.minAfterLeave(), f.maxAfterLeave(), f.rebalanceSeconds(),
                    f.settled() ? "" : " (did not settle within the bound)");
        }
        System.exit(0);
    }
}
