package org.camelvzaps.component;

import java.time.Duration;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.apache.camel.Exchange;
import org.camelvzaps.client.VZapsApiException;
import org.camelvzaps.client.VZapsAuthException;
import org.camelvzaps.client.VZapsRateLimitException;
import org.camelvzaps.client.VZapsTransportException;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transport limits: a misbehaving or absent API cannot make the component follow redirects (nor re-post the secret),
 * read without bound ({@code maxResponseSize}), wait without bound ({@code responseTimeout} as a deadline for the whole
 * answer), hang on an unreachable host, exhaust the connection pool, refresh the JWT in a storm, or leak credentials
 * (the instance-token header, echoed secrets); odd header values become ordinary VZaps exceptions. What each answer
 * becomes is {@link ApiAnswersTest}.
 */
class HardeningTest extends VZapsTestSupport {

    private static final String STATUS = "/instances/" + INSTANCE_ID + "/session/status";
    private static final String GET_STATUS = "vzaps:getStatus?instanceId=" + INSTANCE_ID;

    @BeforeEach
    void reset() {
        api.resetAll();
    }

    @Test
    void aRedirectIsNotFollowedAndNamesTheStatusAndTheHost() {
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://collector.evil.example/steal")));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertEquals(302, e.getStatusCode());
        assertTrue(e.getMessage().contains("302") && e.getMessage().contains("collector.evil.example")
                   && e.getMessage().contains("redirects are not followed"), e.getMessage());
        api.verify(1, getRequestedFor(urlEqualTo(STATUS)));
    }

    @Test
    void aRedirectedTokenRequestDoesNotPostTheSecretAgain() {
        api.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(307).withHeader("Location", "/token2")));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertTrue(e.getMessage().startsWith("VZaps API answered 307 to POST /token"), e.getMessage());
        assertEquals(1, api.findAll(anyRequestedFor(anyUrl())).size(), "nothing but the first POST /token");
    }

    @Test
    void anAnswerAboveMaxResponseSizeFailsWithoutBeingReadWhole() {
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json("{\"code\":200,\"success\":true,\"data\":{\"x\":\""
                + "y".repeat(5_000) + "\"}}")));

        Exception e = failure(GET_STATUS + "&maxResponseSize=1000");

        assertInstanceOf(VZapsApiException.class, e);
        assertTrue(e.getMessage().contains("maxResponseSize (1000 bytes)"), e.getMessage());
    }

    /**
     * One test for the deadline: headers that come late hit the socket's read timeout, a body dribbled in hits the
     * deadline for the whole answer; both are transport errors naming the call.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("slowAnswers")
    void responseTimeoutIsADeadlineForTheWholeAnswer(String kind, ResponseDefinitionBuilder slow, String reason) {
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(slow));

        Exception e = failure(GET_STATUS + "&responseTimeout=500");

        assertInstanceOf(VZapsTransportException.class, e);
        assertTrue(e.getMessage().startsWith("Could not call VZaps GET " + STATUS), e.getMessage());
        assertTrue(java.util.Arrays.stream(reason.split("\\|")).anyMatch(e.getMessage()::contains), e.getMessage());
    }

    static Stream<Arguments> slowAnswers() {
        return Stream.of(
                // the socket's read timeout and the whole-answer deadline are both 500 ms: whichever fires first names it
                Arguments.of("headers after 3 s", json("{}").withFixedDelay(3000),
                        "Read timed out|no complete answer within 500 ms (responseTimeout)"),
                Arguments.of("body dribbled over 4 s", json(Fixtures.read("response-session-status-connected.json"))
                        .withChunkedDribbleDelay(20, 4_000), "no complete answer within 500 ms (responseTimeout)"));
    }

    @Test
    void unreachableApiIsATransportError() {
        stubToken();
        int closedPort = org.apache.camel.test.AvailablePortFinder.getNextAvailable();

        Exception e = failure(GET_STATUS + "&baseUrl=http://127.0.0.1:" + closedPort);

        assertInstanceOf(VZapsTransportException.class, e);
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
    }

    @Test
    void aStormOf401sCostsOneForcedRefresh() {
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"revoked\"}")));

        for (int i = 0; i < 64; i++) {
            assertInstanceOf(VZapsAuthException.class, failure(GET_STATUS));
        }

        api.verify(2, postRequestedFor(urlEqualTo("/token")));
        api.verify(128, getRequestedFor(urlEqualTo(STATUS)));
    }

    @Test
    void failuresNeverExhaustTheConnectionPool() {
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(500).withBody("{\"message\":\"down\"}")));
        String small = GET_STATUS + "&connectionsPerRoute=2&maxTotalConnections=2&connectionRequestTimeout=2000";

        for (int i = 0; i < 30; i++) {
            assertInstanceOf(VZapsApiException.class, failure(small));
        }
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-connected.json"))));

        assertEquals(null, template.send(small, exchange -> {
        }).getException(), "a call after 30 failures still gets a pooled connection");
    }

    @Test
    void oddHeaderValuesBecomeOrdinaryAnswers() {
        stubToken(JWT, Long.MAX_VALUE);
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "-5")
                .withBody("{\"message\":\"slow down\"}")));

        VZapsRateLimitException e = assertInstanceOf(VZapsRateLimitException.class, failure(GET_STATUS));

        assertEquals(Duration.ZERO, e.getRetryAfter());
        assertFalse(e.getMessage().contains(JWT));
    }

    @Test
    void theInstanceTokenHeaderDoesNotRideAlongTheRouteAfterTheCall() {
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-connected.json"))));

        Exchange result = template.send(GET_STATUS, exchange ->
                exchange.getMessage().setHeader(VZapsConstants.INSTANCE_TOKEN, INSTANCE_TOKEN));

        assertEquals(null, result.getMessage().getHeader(VZapsConstants.INSTANCE_TOKEN));
        api.verify(getRequestedFor(urlEqualTo(STATUS)).withHeader("X-Instance-Token",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(INSTANCE_TOKEN)));
    }

    @Test
    void echoedSecretsAreMaskedInEveryEncoding() {
        String secret = "inst_a+b/c\\\"d=e";
        stubToken();
        String urlEncoded = java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
        String jsonEscaped = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(secret));
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"bad token " + jsonEscaped + " in " + urlEncoded + "\"}")));

        Exception e = failure(GET_STATUS + "&instanceToken=RAW(" + secret + ")");

        assertFalse(e.getMessage().contains(urlEncoded), e.getMessage());
        assertFalse(e.getMessage().contains(secret), e.getMessage());
        assertFalse(((VZapsApiException) e).getResponseBody().contains(jsonEscaped));
        assertTrue(e.getMessage().contains("xxxxxx"), e.getMessage());
    }

    private Exception failure(String uri) {
        Exchange result = template.send(uri, exchange -> {
        });
        assertTrue(result.getException() != null, "the call should have failed");
        return result.getException();
    }
}
