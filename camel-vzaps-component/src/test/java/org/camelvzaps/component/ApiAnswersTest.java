package org.camelvzaps.component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.CamelExecutionException;
import org.camelvzaps.client.VZapsApiException;
import org.camelvzaps.client.VZapsRateLimitException;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.InMemoryLogAppender;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer the VZaps API gives becomes either a result or an exception: each shape of a successful answer is read;
 * every error (HTTP status, {@code success=false} inside a 200, a body that is not JSON or does not fit the answer
 * type) is a {@link VZapsApiException} naming the status, the API's message and code, the request id and
 * {@code Retry-After}; error bodies and messages are cut to a few kilobytes; a checkout-mode answer shows its URL as a
 * header. Bad input is {@link ParametersAndBadInputTest}; transport limits are {@link HardeningTest}.
 */
class ApiAnswersTest extends VZapsTestSupport {

    private static final String STATUS = "/instances/" + INSTANCE_ID + "/session/status";
    private static final String GET_STATUS = "vzaps:getStatus?instanceId=" + INSTANCE_ID;

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
    }

    private Throwable failure(String uri, Object body, Map<String, Object> headers) {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeaders(uri, body, headers));
        return e.getCause();
    }

    private Throwable failure(String uri) {
        return failure(uri, null, Map.of());
    }

    @Test
    void notFoundCarriesStatusMessageAndRequestId() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(404).withHeader("X-Request-Id", "req_9f2")
                .withBody("{\"code\":404,\"success\":false,\"error\":\"instance not found\"}")));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertEquals(404, e.getStatusCode());
        assertEquals("instance not found", e.getApiMessage());
        assertNull(e.getApiCode(), "a numeric code is the status, not an API error code");
        assertEquals("req_9f2", e.getRequestId());
        assertEquals("VZaps API answered 404 Not Found to GET " + STATUS + ": instance not found [request id req_9f2]",
                e.getMessage());
    }

    @Test
    void rateLimitCarriesRetryAfterAndTheApiCode() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody(Fixtures.read("error-429.sdk-test.json"))));

        VZapsRateLimitException e = assertInstanceOf(VZapsRateLimitException.class, failure(GET_STATUS));

        assertEquals(429, e.getStatusCode());
        assertEquals(Duration.ofSeconds(7), e.getRetryAfter());
        assertEquals("rate_limit", e.getApiCode());
        assertEquals("slow down", e.getApiMessage());
        assertTrue(e.getMessage().endsWith("Retry after 7 s"), e.getMessage());
    }

    /** One test for the cut: an HTML page and a JSON error whose message and code are megabytes long. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeErrorBodies")
    void aHugeErrorBodyAndMessageAreCutInTheException(String kind, String contentType, String body) {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(502).withHeader("Content-Type", contentType)
                .withBody(body)));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertEquals(502, e.getStatusCode());
        assertTrue(e.getMessage().length() < 2_000, "message of " + e.getMessage().length() + " chars");
        assertTrue(e.getResponseBody().length() < 4200, "body kept: " + e.getResponseBody().length());
        assertTrue(e.getResponseBody().endsWith("more chars)"), e.getResponseBody());
    }

    static Stream<Arguments> hugeErrorBodies() {
        String huge = "x".repeat(2_000_000);
        return Stream.of(
                Arguments.of("an HTML page", "text/html", "<html>" + "x".repeat(20_000) + "</html>"),
                Arguments.of("a JSON error with a huge message and code", "application/json",
                        "{\"message\":\"" + huge + "\",\"code\":\"" + huge + "\"}"));
    }

    @Test
    void successFalseInsideA200IsAnError() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json("{\"code\":409,\"success\":false,\"message\":\"busy\"}")));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertEquals(409, e.getStatusCode());
        assertTrue(e.getMessage().contains("success=false"), e.getMessage());
    }

    @Test
    void successFalseWithDataThatDoesNotFitIsStillTheApiError() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json("{\"data\":[1,2],\"code\":409,\"success\":false}")));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertEquals(409, e.getStatusCode());
        assertTrue(e.getMessage().contains("success=false"), e.getMessage());
    }

    @Test
    void dataThatDoesNotFitTheAnswerTypeNamesTheType() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json("{\"code\":200,\"success\":true,\"data\":[1,2]}")));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertTrue(e.getMessage().startsWith("VZaps API answered 200 to GET " + STATUS
                + " but the body could not be read as SessionStatus"), e.getMessage());
    }

    @Test
    void everyShapeOfASuccessfulAnswerIsRead() {
        String status = "{\"connected\":true,\"phone\":\"5511999999999\"}";
        List<String> answers = List.of(
                "{\"code\":200,\"success\":true,\"data\":" + status + "}",
                "{\"success\":true,\"extra\":{\"a\":[1,{\"b\":2}]},\"data\":" + status + ",\"code\":200}",
                "{\"code\":200,\"data\":" + status + "}",
                status,
                "{\"code\":200,\"success\":true,\"data\":{\"connected\":false},\"data\":" + status + "}");
        for (String answer : answers) {
            api.stubFor(get(urlEqualTo(STATUS)).willReturn(json(answer)));

            SessionStatus read = template.requestBody(GET_STATUS, null, SessionStatus.class);

            assertTrue(read.connected(), answer);
            assertEquals("5511999999999", read.phone(), answer);
        }
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json("{\"code\":200,\"success\":true,\"data\":null}")));
        assertNull(template.requestBody(GET_STATUS, (Object) null));
    }

    @Test
    void a200ThatIsNotJsonIsAnError() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertTrue(e.getMessage().contains("is not JSON"), e.getMessage());
    }

    @Test
    void checkoutModeIsVisibleAsHeaderAndLoggedOnceAtInfo() {
        String checkout = "https://checkout.example/session/cs_live_1";
        api.stubFor(post(urlPathMatching("/instances/.*/subscribe")).willReturn(json(
                "{\"url\":\"" + checkout + "\",\"sessionId\":\"cs_live_1\",\"mode\":\"checkout\",\"subscriptionId\":null}")));
        InMemoryLogAppender.clear();

        var result = template.request("vzaps:subscribe?instanceId=" + INSTANCE_ID, e -> { });

        assertEquals(checkout, result.getMessage().getHeader(VZapsConstants.CHECKOUT_URL));
        assertTrue(result.getMessage().getBody(org.camelvzaps.model.instance.SubscriptionResult.class).isCheckout());
        long infoLines = InMemoryLogAppender.lines().stream()
                .filter(l -> l.startsWith("INFO") && l.contains(checkout)).count();
        assertEquals(1, infoLines, InMemoryLogAppender.all());
        api.verify(1, postRequestedFor(urlPathMatching("/instances/.*/subscribe")));
    }
}
