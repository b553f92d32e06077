package org.camelvzaps.consumer.realtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.curator.test.TestingServer;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.RealtimeTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_TOKEN;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fleet route on three replicas (CamelContexts in this JVM) that share a real ZooKeeper through camel-zookeeper's
 * ZooKeeperClusterService: each instance's socket is held by exactly one replica, evenly; when a replica leaves its
 * instances move to the others, and a replica that joins takes a share, each resuming from the shared cursor, with
 * every event routed and none twice. (Killing a replica's JVM is the fleet tests' job.)
 */
class ZooKeeperInstanceShareTest {

    private static final List<String> INSTANCES = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> String.format("VZZK%024d", i)).toList();

    private TestingServer zookeeper;
    private RealtimeTestServer server;
    private final MemoryStateRepository cursors = new MemoryStateRepository();
    private final MemoryIdempotentRepository seen = new MemoryIdempotentRepository();
    private final Map<String, CamelContext> replicas = new HashMap<>();
    /** event id → how many times a route got it. */
    private final Map<String, Integer> routed = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        zookeeper = new TestingServer(true);
        server = new RealtimeTestServer();
        cursors.start();
        seen.start();
    }

    @AfterEach
    void stop() throws Exception {
        replicas.values().forEach(CamelContext::stop);
        server.close();
        zookeeper.close();
    }

    private void startReplica(String name) throws Exception {
        CamelContext context = new DefaultCamelContext();
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(name);
        cluster.setNodes(zookeeper.getConnectString());
        cluster.setBasePath("/camel-vzaps");
        context.addService(cluster);
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setClientToken(CLIENT_TOKEN);
        vzaps.getConfiguration().setInstanceToken(INSTANCE_TOKEN);
        vzaps.getConfiguration().setRealtimeUrl(server.url());
        vzaps.getConfiguration().setStateRepository(cursors);
        vzaps.getConfiguration().setIdempotentRepository(seen);
        context.addComponent("vzaps", vzaps);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?reconnectDelay=10&maxReconnectDelay=200&instanceIds=" + String.join(",", INSTANCES))
                        .routeId("fleet")
                        .process(e -> routed.merge(e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class), 1,
                                Integer::sum));
            }
        });
        context.start();
        replicas.put(name, context);
    }

    private Map<String, Set<String>> held() {
        Map<String, Set<String>> held = new HashMap<>();
        replicas.forEach((name, context) -> held.put(name, ((VZapsRealtimeConsumer) context.getRoute("fleet")
                .getConsumer()).socketStates().stream()
                .filter(s -> s.status() == RealtimeSocketState.Status.CONNECTED)
                .map(RealtimeSocketState::instanceId).collect(Collectors.toSet())));
        return held;
    }

    /** True once every instance is held by exactly one replica, each holding {@code each} of them. */
    private boolean sharedEvenly(int each) {
        Map<String, Set<String>> held = held();
        Set<String> union = new HashSet<>();
        int total = 0;
        for (Set<String> share : held.values()) {
            if (share.size() != each) {
                return false;
            }
            total += share.size();
            union.addAll(share);
        }
        return total == INSTANCES.size() && union.equals(Set.copyOf(INSTANCES))
               && server.openConnections() == INSTANCES.size();
    }

    private List<String> publishRound(String round) {
        List<String> ids = new ArrayList<>();
        for (String instance : INSTANCES) {
            String id = round + "-" + instance.substring(instance.length() - 2);
            server.publish(id, "Message", instance);
            ids.add(id);
        }
        return ids;
    }

    private void awaitRoutedOnce(List<String> published) {
        await().atMost(Duration.ofSeconds(60)).until(() -> routed.keySet().containsAll(published));
        for (String id : published) {
            assertEquals(1, routed.get(id), "event " + id + " routed once");
        }
    }

    @Test
    void aClusterServiceWithoutAMemberIdIsRefusedWithAnErrorSayingWhatToSet() throws Exception {
        org.apache.camel.cluster.CamelClusterService anonymous = new ZooKeeperClusterService() {
            @Override
            public org.apache.camel.cluster.CamelClusterView getView(String namespace) {
                return new org.apache.camel.support.cluster.AbstractCamelClusterView(this, namespace) {
                    @Override
                    public java.util.Optional<org.apache.camel.cluster.CamelClusterMember> getLeader() {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public org.apache.camel.cluster.CamelClusterMember getLocalMember() {
                        return new org.apache.camel.cluster.CamelClusterMember() {
                            @Override
                            public boolean isLeader() {
                                return false;
                            }

                            @Override
                            public boolean isLocal() {
                                return true;
                            }

                            @Override
                            public String getId() {
                                return null;
                            }
                        };
                    }

                    @Override
                    public List<org.apache.camel.cluster.CamelClusterMember> getMembers() {
                        return List.of();
                    }

                    @Override
                    protected void doStart() {
                    }

                    @Override
                    protected void doStop() {
                    }
                };
            }

            @Override
            public void releaseView(org.apache.camel.cluster.CamelClusterView view) {
            }
        };
        CamelContext context = new DefaultCamelContext();
        ClusterInstanceShare share = new ClusterInstanceShare(context, anonymous, "vzaps-realtime-fleet", 100);
        org.camelvzaps.client.VZapsConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.camelvzaps.client.VZapsConfigurationException.class, share::start);
        assertTrue(e.getMessage().contains("own id"), e.getMessage());
    }

    @Test
    void threeReplicasHoldFourInstancesEachAndHandThemOnWhenOneLeavesOrJoins() throws Exception {
        startReplica("replica-a");
        startReplica("replica-b");
        startReplica("replica-c");
        await().atMost(Duration.ofSeconds(60)).until(() -> sharedEvenly(4));

        List<String> published = new ArrayList<>(publishRound("r1"));
        awaitRoutedOnce(published);

        replicas.remove("replica-c").stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> sharedEvenly(6));
        published.addAll(publishRound("r2"));
        awaitRoutedOnce(published);

        startReplica("replica-d");
        await().atMost(Duration.ofSeconds(60)).until(() -> sharedEvenly(4));
        published.addAll(publishRound("r3"));
        awaitRoutedOnce(published);

        assertEquals(Set.copyOf(published), routed.keySet(), "nothing but the published events was routed");
        assertTrue(routed.values().stream().allMatch(n -> n == 1), "no event routed twice: " + routed);
    }
}
