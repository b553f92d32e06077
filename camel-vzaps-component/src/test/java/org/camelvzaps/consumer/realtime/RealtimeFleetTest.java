package org.camelvzaps.consumer.realtime;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.camelvzaps.component.VZapsConstants;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One route for many instances: {@code instanceIds} as a list and as {@code *} (every instance of the account,
 * discovered page by page and again every {@code discoveryInterval}), each instance in order with its
 * {@code CamelVZapsInstanceId}, a slow instance not holding up the others, one shared transport for all sockets.
 */
class RealtimeFleetTest extends RealtimeTestSupport {

    private static final String A = "VZAAAAAAAAAAAAAAAAAAAAAAAA01";
    private static final String B = "VZBBBBBBBBBBBBBBBBBBBBBBBB02";
    private static final String C = "VZCCCCCCCCCCCCCCCCCCCCCCCC03";


    /** instance id + ":" + event id, in the order the route saw them. */
    private final List<String> routed = new CopyOnWriteArrayList<>();

    private void route(String id, String options, org.apache.camel.Processor step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?realtimeUrl=" + server.url() + "&reconnectDelay=10&maxReconnectDelay=50&" + options)
                        .routeId(id).process(step)
                        .process(e -> routed.add(e.getMessage().getHeader(VZapsConstants.INSTANCE_ID, String.class) + ":"
                                                 + e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class)));
            }
        });
    }

    private static Set<String> connectedInstances() {
        return server.handshakes().stream().map(h -> h.query().get("instance_id")).collect(Collectors.toSet());
    }

    private List<String> routedOf(String instance) {
        return routed.stream().filter(r -> r.startsWith(instance + ":")).map(r -> r.substring(instance.length() + 1))
                .toList();
    }

    @Test
    void aListOfInstancesIsServedByOneRouteEachInOrderWithItsInstanceHeader() throws Exception {
        route("fleet", "instanceIds=" + A + "," + B + "," + C, e -> {
        });
        await().until(() -> server.openConnections() == 3);
        for (int i = 1; i <= 20; i++) {
            for (String instance : List.of(A, B, C)) {
                server.publish(instance.substring(2, 3) + i, "Message", instance);
            }
        }

        await().until(() -> server.acks().size() == 60);
        for (String instance : List.of(A, B, C)) {
            String letter = instance.substring(2, 3);
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> letter + i).toList(),
                    routedOf(instance), "each instance's events in order, with its own CamelVZapsInstanceId");
        }
        VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("fleet").getConsumer();
        HealthCheck.Result health = consumer.getHealthCheck().call();
        assertEquals(HealthCheck.State.UP, health.getState());
        assertEquals(3, health.getDetails().get("vzaps.connected"));
        assertEquals(3, health.getDetails().get("vzaps.total"));
        assertEquals(Set.of(A, B, C), consumer.socketStates().stream().map(RealtimeSocketState::instanceId)
                .collect(Collectors.toSet()));
    }

    @Test
    void theHealthCheckGoesDownWhenSocketsKeepFailingAndNamesThem() throws Exception {
        route("fleet", "instanceIds=" + A + "," + B, e -> {
        });
        VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("fleet").getConsumer();
        await().until(() -> consumer.getHealthCheck().call().getDetails().get("vzaps.connected").equals(2));

        server.refuseWith(503);
        server.dropConnections();

        // failing for longer than 3 × maxReconnectDelay (50 ms)
        await().until(() -> consumer.getHealthCheck().call().getState() == HealthCheck.State.DOWN);
        HealthCheck.Result down = consumer.getHealthCheck().call();
        assertEquals(0, down.getDetails().get("vzaps.connected"));
        String notConnected = String.valueOf(down.getDetails().get("vzaps.notConnected"));
        assertTrue(notConnected.contains(A) && notConnected.contains(B) && notConnected.contains("503"), notConnected);
        assertEquals("consumer:vzaps-realtime-fleet-fleet", consumer.getHealthCheck().getId());

        server.refuseWith(0);
        await().until(() -> consumer.getHealthCheck().call().getState() == HealthCheck.State.UP
                            && consumer.getHealthCheck().call().getDetails().get("vzaps.connected").equals(2));
    }

    @Test
    void aSlowRouteOnOneInstanceDoesNotHoldUpTheOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        route("fleet", "instanceIds=" + A + "," + B, e -> {
            if (A.equals(e.getMessage().getHeader(VZapsConstants.INSTANCE_ID))) {
                release.await(20, TimeUnit.SECONDS);
            }
        });
        await().until(() -> server.openConnections() == 2);

        server.publish("a1", "Message", A);
        server.publish("a2", "Message", A);
        server.publish("b1", "Message", B);
        server.publish("b2", "Message", B);

        await().until(() -> routedOf(B).equals(List.of("b1", "b2")));
        assertEquals(List.of(), routedOf(A), "A's first event is still in the route");
        release.countDown();
        await().until(() -> routedOf(A).equals(List.of("a1", "a2")));
    }

    @Test
    void everyInstanceOfTheAccountIsFoundOnEveryPageAndADeletedOnesSocketIsClosed() throws Exception {
        stubInstancePage(1, 2, A, B);
        stubInstancePage(2, 2, C);
        route("fleet", "instanceIds=*&discoveryInterval=300", e -> {
        });

        await().until(() -> server.openConnections() == 3);
        assertEquals(Set.of(A, B, C), connectedInstances());
        api.verify(postRequestedFor(urlEqualTo("/instances/list")).withHeader("Authorization", equalTo("Bearer " + JWT)));
        server.publish("c1", "Message", C);
        await().until(() -> routedOf(C).equals(List.of("c1")));

        stubInstancePage(1, 1, A, B); // C was deleted
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openConnections() == 2);
        assertEquals(List.of(1000), server.closeCodes(), "C's socket closed cleanly");
        VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("fleet").getConsumer();
        assertEquals(Set.of(A, B), consumer.socketStates().stream().map(RealtimeSocketState::instanceId)
                .collect(Collectors.toSet()));
    }

    @Test
    void moreThanAThousandSocketsAllConnect() throws Exception {
        // Camel's default scheduler profile queues at most 1,000 tasks: the 1,001st socket's connect was once dropped
        int count = 1_050;
        String ids = java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> String.format("VZMANY%022d", i))
                .collect(Collectors.joining(","));
        route("fleet", "instanceIds=" + ids, e -> {
        });

        await().atMost(Duration.ofSeconds(90)).until(() -> server.openConnections() >= count);
        assertEquals(count, connectedInstances().size());
    }

    @Test
    void allRealtimeRoutesOfAComponentShareOneTransport() throws Exception {
        route("one", "instanceId=" + A, e -> {
        });
        route("two", "instanceId=" + B, e -> {
        });
        route("three", "instanceIds=" + C, e -> {
        });
        await().until(() -> server.openConnections() == 3);

        Set<RealtimeTransport> transports = Set.of("one", "two", "three").stream()
                .map(id -> ((VZapsRealtimeConsumer) context.getRoute(id).getConsumer()).transport())
                .collect(Collectors.toSet());
        assertEquals(1, transports.size(), "one transport for the component");
        assertEquals(1, transports.iterator().next().clientCount(), "one HTTP client (one selector thread) for three sockets");
        server.publish("b1", "Message", B);
        await().until(() -> routedOf(B).equals(List.of("b1")));
    }

    @Test
    void everyInstanceNeedsTheAccountJwt() {
        context.getComponent("vzaps", org.camelvzaps.component.VZapsComponent.class).getConfiguration()
                .setClientSecret(null);
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> route("fleet", "instanceIds=*&instanceToken=" + INSTANCE_TOKEN, ex -> {
                }));
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof org.camelvzaps.client.VZapsConfigurationException)) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("instanceIds=*") && cause.getMessage().contains("clientSecret"),
                cause.getMessage());
        assertFalse(cause.getMessage().contains(INSTANCE_TOKEN));
    }

    private static void stubInstancePage(int page, int totalPages, String... ids) {
        String content = java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\",\"name\":\"n\"}")
                .collect(Collectors.joining(","));
        api.stubFor(post(urlEqualTo("/instances/list")).withRequestBody(matchingJsonPath("$.page", equalTo(
                String.valueOf(page)))).willReturn(json("{\"page\":" + page + ",\"size\":100,\"total\":" + ids.length
                                                        + ",\"total_pages\":" + totalPages + ",\"content\":[" + content
                                                        + "]}")));
    }

}
