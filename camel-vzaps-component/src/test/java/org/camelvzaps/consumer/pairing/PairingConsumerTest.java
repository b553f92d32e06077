package org.camelvzaps.consumer.pairing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.client.VZapsException;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.session.LinkingCode;
import org.camelvzaps.model.session.QrCode;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * vzaps:pairing emits each new QR code once (or the linking code with phone), then Connected with the session status,
 * and stops polling; past the timeout it fails with a message that says what to do.
 */
class PairingConsumerTest extends VZapsTestSupport {

    private static final String INSTANCE = "/instances/" + INSTANCE_ID;
    private static final String PNG_A = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/Pm8qYQAAAABJRU5ErkJggg==";
    private static final String PNG_B = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private final List<Exchange> emitted = new CopyOnWriteArrayList<>();
    private final List<Exception> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
    }

    private void route(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(VZapsException.class).handled(true).process(e -> failures.add(
                        e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from("vzaps:pairing?instanceId=" + INSTANCE_ID + "&delay=20&initialDelay=0&bridgeErrorHandler=true" + options)
                        .routeId("pairing").process(e -> emitted.add(e.copy()));
            }
        });
    }

    private void statusSequence(String... fixtures) {
        for (int i = 0; i < fixtures.length; i++) {
            api.stubFor(get(urlEqualTo(INSTANCE + "/session/status")).inScenario("status")
                    .whenScenarioStateIs(state("s", i))
                    .willReturn(json(Fixtures.read(fixtures[i]))).willSetStateTo(state("s", Math.min(i + 1, fixtures.length - 1))));
        }
    }

    private void qrSequence(String... dataUrls) {
        for (int i = 0; i < dataUrls.length; i++) {
            api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr")).inScenario("qr")
                    .whenScenarioStateIs(state("q", i))
                    .willReturn(json("{\"code\":200,\"success\":true,\"data\":{\"QRCode\":\"" + dataUrls[i] + "\"}}"))
                    .willSetStateTo(state("q", Math.min(i + 1, dataUrls.length - 1))));
        }
    }

    /** WireMock scenario state of the i-th answer of a sequence; the last answer repeats. */
    private static String state(String prefix, int i) {
        return i == 0 ? Scenario.STARTED : prefix + i;
    }

    @Test
    void emitsEachNewQrCodeOnceThenConnectedAndStopsPolling() throws Exception {
        String disconnected = "response-session-status-disconnected.json";
        statusSequence(disconnected, disconnected, disconnected, "response-session-status-connected.json");
        qrSequence(PNG_A, PNG_A, PNG_B);

        route("");

        await().until(() -> emitted.size() == 3);
        assertEquals(List.of("QrCode", "QrCode", "Connected"), emitted.stream()
                .map(e -> e.getMessage().getHeader(VZapsConstants.EVENT_TYPE, String.class)).toList());
        assertEquals(PNG_A, emitted.get(0).getMessage().getBody(QrCode.class).dataUrl());
        assertEquals(PNG_B, emitted.get(1).getMessage().getBody(QrCode.class).dataUrl());
        assertArrayEquals(emitted.get(1).getMessage().getBody(QrCode.class).toPng(),
                emitted.get(1).getMessage().getBody(byte[].class), "a QR code converts to PNG bytes");
        assertTrue(emitted.get(2).getMessage().getBody(SessionStatus.class).connected());
        assertEquals(INSTANCE_ID, emitted.get(2).getMessage().getHeader(VZapsConstants.INSTANCE_ID));

        int statusCalls = api.findAll(getRequestedFor(urlEqualTo(INSTANCE + "/session/status"))).size();
        VZapsPairingConsumer consumer = (VZapsPairingConsumer) context.getRoute("pairing").getConsumer();
        await().until(consumer::isFinished);
        org.apache.camel.health.HealthCheck.Result health = consumer.getHealthCheck().call();
        assertEquals(org.apache.camel.health.HealthCheck.State.UP, health.getState());
        assertEquals("connected", health.getDetails().get("vzaps.pairing"));
        assertEquals(4, statusCalls, "no call after Connected");
        assertEquals(3, api.findAll(getRequestedFor(urlEqualTo(INSTANCE + "/session/qr"))).size());
    }

    @Test
    void withAPhoneItEmitsTheLinkingCodeOnceThenConnected() throws Exception {
        String disconnected = "response-session-status-disconnected.json";
        statusSequence(disconnected, disconnected, "response-session-status-connected.json");
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/paircode/5511999999999"))
                .willReturn(json("{\"code\":200,\"success\":true,\"data\":{\"LinkingCode\":\"9H3J-H3J8\"}}")));

        route("&phone=5511999999999");

        await().until(() -> emitted.size() == 2);
        assertEquals("LinkingCode", emitted.get(0).getMessage().getHeader(VZapsConstants.EVENT_TYPE));
        assertEquals("9H3J-H3J8", emitted.get(0).getMessage().getBody(LinkingCode.class).code());
        assertEquals("Connected", emitted.get(1).getMessage().getHeader(VZapsConstants.EVENT_TYPE));
        api.verify(1, getRequestedFor(urlEqualTo(INSTANCE + "/session/paircode/5511999999999")));
    }

    @Test
    void theTimeoutAlsoEndsPairingWhileTheApiKeepsFailing() throws Exception {
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/status")).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withStatus(503).withBody("{\"message\":\"down\"}")));

        route("&timeout=100");

        await().until(() -> failures.stream().anyMatch(f -> f.getMessage().contains("was not paired within 100 ms")));
        VZapsPairingConsumer consumer = (VZapsPairingConsumer) context.getRoute("pairing").getConsumer();
        assertTrue(consumer.isFinished());
        // polling has ended, so nothing can signal it again: the timeout was signalled once
        assertEquals(1, failures.stream().filter(f -> f.getMessage().contains("was not paired within")).count(),
                failures.toString());
    }

    @Test
    void pairingThatTakesLongerThanTheTimeoutFailsWithAClearMessage() throws Exception {
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/status"))
                .willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));
        qrSequence(PNG_A);

        route("&timeout=100");

        VZapsPairingConsumer consumer = (VZapsPairingConsumer) context.getRoute("pairing").getConsumer();
        await().until(() -> failures.size() == 1);
        assertInstanceOf(VZapsException.class, failures.get(0));
        org.apache.camel.health.HealthCheck.Result health = consumer.getHealthCheck().call();
        assertEquals(org.apache.camel.health.HealthCheck.State.DOWN, health.getState());
        assertEquals("timed out", health.getDetails().get("vzaps.pairing"));
        assertEquals("VZaps instance " + INSTANCE_ID + " was not paired within 100 ms (timeout option): scan the QR code "
                     + "or type the linking code sooner, or raise timeout", failures.get(0).getMessage());
        assertEquals(1, emitted.size(), "the QR code, and no Connected");
    }
}
