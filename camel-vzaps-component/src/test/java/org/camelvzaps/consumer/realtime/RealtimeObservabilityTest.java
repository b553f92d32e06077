package org.camelvzaps.consumer.realtime;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A realtime route as an operator sees it: {@code vzaps.realtime.sockets} by state, {@code vzaps.realtime.reconnects},
 * {@code vzaps.events} for the realtime consumer, and a health check that is DOWN ("silent since …") when the socket
 * is connected, the session reports connected, and no event came for {@code silenceTimeout}.
 */
class RealtimeObservabilityTest extends RealtimeTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", MeterRegistry.class, meters);
        return context;
    }

    private void route(String extra) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?instanceId=" + INSTANCE_ID + "&realtimeUrl=" + server.url()
                     + "&reconnectDelay=10&maxReconnectDelay=50" + extra).routeId("realtime").log("${body}");
            }
        });
    }

    private double sockets(String state) {
        return meters.find("vzaps.realtime.sockets").tag("state", state).gauge().value();
    }

    @Test
    void socketsReconnectsAndEventsAreMeasured() throws Exception {
        route("");
        await().atMost(Duration.ofSeconds(10)).until(() -> sockets("connected") == 1.0);
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().contains("evt_1"));

        server.dropConnections();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.handshakes().size() >= 2 && sockets("connected") == 1.0);

        assertEquals(1.0, meters.find("vzaps.events").tags("consumer", "realtime", "type", "Message", "outcome",
                "processed").counter().count());
        assertNotNull(meters.find("vzaps.realtime.reconnects").counter());
        assertTrue(meters.find("vzaps.realtime.reconnects").counter().count() >= 1.0);
        assertEquals(0.0, sockets("backing_off"));

        context.getRouteController().stopRoute("realtime");
        assertEquals(0.0, sockets("connected"), "a stopped route's sockets no longer count");
    }

    @Test
    void aConnectedSocketWithoutEventsForSilenceTimeoutIsDownWhileTheSessionSaysConnected() throws Exception {
        api.stubFor(get(urlEqualTo("/instances/" + INSTANCE_ID + "/session/status"))
                .willReturn(json(Fixtures.read("response-session-status-connected.json"))));
        route("&silenceTimeout=300");
        VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("realtime").getConsumer();
        HealthCheck check = consumer.getHealthCheck();

        await().atMost(Duration.ofSeconds(10)).until(() -> check.call().getState() == HealthCheck.State.DOWN
                                                           && consumer.isConnected());
        HealthCheck.Result down = check.call();
        assertTrue(String.valueOf(down.getDetails().get("vzaps.silent")).startsWith("silent since "), down.getDetails().toString());
        assertTrue(down.getMessage().orElse("").contains(INSTANCE_ID), down.getMessage().toString());

        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().contains("evt_1"));
        assertEquals(HealthCheck.State.UP, check.call().getState(), "an event ends the silence");
    }
}
