package org.camelvzaps.component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.Exchange;
import org.camelvzaps.client.VZapsApiException;
import org.camelvzaps.client.VZapsException;
import org.camelvzaps.client.VZapsRateLimitException;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * maxRetries: a 429 is retried for any operation after its Retry-After (waited at most maxRetryDelay); a 5xx or a lost
 * answer only for idempotent operations, never for a send; the failure given up on says how many attempts were made.
 */
class RetryTest extends VZapsTestSupport {

    private static final String INSTANCE = "/instances/" + INSTANCE_ID;
    private static final String RETRIES = "&maxRetries=2&retryDelay=1&maxRetryDelay=5";

    @BeforeEach
    void reset() {
        api.resetAll();
        stubToken();
    }

    /** Answers {@code first}, then {@code then}, then {@code last} for every later call. */
    private static void sequence(Supplier<MappingBuilder> call, ResponseDefinitionBuilder first,
                                 ResponseDefinitionBuilder then, ResponseDefinitionBuilder last) {
        api.stubFor(call.get().inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(first).willSetStateTo("2"));
        api.stubFor(call.get().inScenario("s").whenScenarioStateIs("2").willReturn(then).willSetStateTo("3"));
        api.stubFor(call.get().inScenario("s").whenScenarioStateIs("3").willReturn(last));
    }

    private static ResponseDefinitionBuilder status(int code) {
        return aResponse().withStatus(code).withHeader("Retry-After", "0").withBody("{\"message\":\"busy\"}");
    }

    @Test
    void a429IsRetriedEvenForASendBecauseThePlatformDidNotActOnIt() {
        sequence(() -> post(urlEqualTo(INSTANCE + "/chat/send/text")), status(429), status(429),
                json(Fixtures.read("response-chat-send.shape.json")));

        Exchange result = send("vzaps:sendText?instanceId=" + INSTANCE_ID + "&phone=5511999999999" + RETRIES, "hi");

        assertNull(result.getException());
        api.verify(3, postRequestedFor(urlEqualTo(INSTANCE + "/chat/send/text")));
    }

    @Test
    void a503IsNeverRetriedForASend() {
        sequence(() -> post(urlEqualTo(INSTANCE + "/chat/send/text")), status(503), status(503), status(503));

        Exchange result = send("vzaps:sendText?instanceId=" + INSTANCE_ID + "&phone=5511999999999" + RETRIES, "hi");

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, result.getException());
        assertEquals(1, e.getAttempts());
        api.verify(1, postRequestedFor(urlEqualTo(INSTANCE + "/chat/send/text")));
    }

    @Test
    void aReadIsRetriedOn503UntilItSucceeds() {
        sequence(() -> get(urlEqualTo(INSTANCE + "/session/status")), status(503), status(502),
                json(Fixtures.read("response-session-status-connected.json")));

        Exchange result = send("vzaps:getStatus?instanceId=" + INSTANCE_ID + RETRIES, null);

        assertNull(result.getException());
        api.verify(3, getRequestedFor(urlEqualTo(INSTANCE + "/session/status")));
    }

    @Test
    void theLastFailureSaysHowManyAttemptsWereMade() {
        sequence(() -> get(urlEqualTo(INSTANCE + "/session/status")), status(503), status(503), status(503));

        Exchange result = send("vzaps:getStatus?instanceId=" + INSTANCE_ID + RETRIES, null);

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, result.getException());
        assertEquals(3, e.getAttempts());
        assertTrue(e.getMessage().endsWith("(after 3 attempts)"), e.getMessage());
        api.verify(3, getRequestedFor(urlEqualTo(INSTANCE + "/session/status")));
    }

    @Test
    void withoutMaxRetriesNothingIsRetried() {
        sequence(() -> get(urlEqualTo(INSTANCE + "/session/status")), status(429), status(429), status(429));

        Exchange result = send("vzaps:getStatus?instanceId=" + INSTANCE_ID, null);

        assertInstanceOf(VZapsRateLimitException.class, result.getException());
        api.verify(1, getRequestedFor(urlEqualTo(INSTANCE + "/session/status")));
    }

    @Test
    void aSendWhoseAnswerIsLostIsNotRetriedWhileAReadIs() {
        String lost = "&maxRetries=3&retryDelay=1&maxRetryDelay=5";
        api.stubFor(post(urlEqualTo(INSTANCE + "/chat/send/text"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        sequence(() -> get(urlEqualTo(INSTANCE + "/session/status")), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(Fixtures.read("response-session-status-connected.json")));

        Exchange sent = send("vzaps:sendText?instanceId=" + INSTANCE_ID + "&phone=5511999999999" + lost, "hi");
        Exchange read = send("vzaps:getStatus?instanceId=" + INSTANCE_ID + lost, null);

        assertInstanceOf(VZapsException.class, sent.getException(), "the send may have been performed: not repeated");
        api.verify(1, postRequestedFor(urlEqualTo(INSTANCE + "/chat/send/text")));
        assertNull(read.getException());
        api.verify(3, getRequestedFor(urlEqualTo(INSTANCE + "/session/status")));
    }

    @Test
    void aHugeRetryAfterIsWaitedAtMostMaxRetryDelay() throws Exception {
        sequence(() -> get(urlEqualTo(INSTANCE + "/session/status")),
                aResponse().withStatus(429).withHeader("Retry-After", "86400").withBody("{\"message\":\"slow down\"}"),
                json(Fixtures.read("response-session-status-connected.json")),
                json(Fixtures.read("response-session-status-connected.json")));

        // a wait of a day would never end within the bound below
        Exchange result = CompletableFuture.supplyAsync(() -> send("vzaps:getStatus?instanceId=" + INSTANCE_ID
                + "&maxRetries=1&maxRetryDelay=50", null)).get(30, TimeUnit.SECONDS);

        assertNull(result.getException());
        api.verify(2, getRequestedFor(urlEqualTo(INSTANCE + "/session/status")));
    }

    private Exchange send(String uri, Object body) {
        return template.send(uri, exchange -> exchange.getMessage().setBody(body));
    }
}
