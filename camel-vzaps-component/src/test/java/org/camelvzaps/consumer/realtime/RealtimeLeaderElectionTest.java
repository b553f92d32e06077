package org.camelvzaps.consumer.realtime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.RealtimeTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_SECRET;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_TOKEN;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas, one realtime socket: with Camel's file-lock cluster service and a ClusteredRoutePolicy only the
 * leader connects; when it stops, the other takes over and resumes from the shared cursor, losing nothing.
 */
class RealtimeLeaderElectionTest {

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    private final RealtimeTestServer server = new RealtimeTestServer();
    private final List<String> processedByA = new CopyOnWriteArrayList<>();
    private final List<String> processedByB = new CopyOnWriteArrayList<>();
    private CamelContext a;
    private CamelContext b;

    @AfterEach
    void stop() {
        for (CamelContext context : new CamelContext[] { a, b }) {
            if (context != null) {
                context.stop();
            }
        }
        server.close();
    }

    private CamelContext replica(String name, List<String> processed) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(dir.resolve("cluster").toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setBaseUrl(api.baseUrl());
        vzaps.getConfiguration().setClientToken(CLIENT_TOKEN);
        vzaps.getConfiguration().setClientSecret(CLIENT_SECRET);
        context.addComponent("vzaps", vzaps);
        // every replica reads and writes the same cursor file (a JDBC or Redis repository in a real cluster)
        context.getRegistry().bind("cursors",
                FileStateRepository.fileStateRepository(dir.resolve("cursors.dat").toFile()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("vzaps:realtime?instanceId=" + INSTANCE_ID + "&realtimeUrl=" + server.url()
                     + "&stateRepository=#cursors&reconnectDelay=10&maxReconnectDelay=50")
                        .routeId("events").routePolicy(ClusteredRoutePolicy.forNamespace("vzaps-realtime"))
                        .process(e -> processed.add(e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class)));
            }
        });
        context.start();
        return context;
    }

    @Test
    void onlyTheLeaderConnectsAndTheOtherTakesOverFromTheSharedCursor() throws Exception {
        api.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"jwt\",\"expires_in\":3600}")));
        a = replica("replica-a", processedByA);
        await().atMost(Duration.ofSeconds(20)).until(() -> server.openConnections() == 1);
        b = replica("replica-b", processedByB);

        server.publish("evt_1", "Message", INSTANCE_ID);
        server.publish("evt_2", "Message", INSTANCE_ID);
        await().until(() -> server.acks().size() == 2);
        assertEquals(1, server.handshakes().size(), "only the leader connected");
        assertEquals(List.of("evt_1", "evt_2"), processedByA);
        assertTrue(processedByB.isEmpty());

        a.stop();
        server.publish("evt_3", "Message", INSTANCE_ID);

        await().atMost(Duration.ofSeconds(20)).until(() -> server.acks().contains("evt_3"));
        assertEquals("evt_2", server.handshakes().get(1).query().get("last_event_id"), "resumed from the shared cursor");
        assertEquals(List.of("evt_3"), processedByB, "nothing lost, nothing processed twice");
    }
}
