package org.camelvzaps.component;

import org.camelvzaps.model.session.SessionStatus;
import java.util.List;
import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.FailedToCreateProducerException;
import org.apache.camel.ResolveEndpointFailedException;
import org.camelvzaps.client.VZapsApiException;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsRateLimitException;
import org.camelvzaps.client.VZapsTransportException;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.InMemoryLogAppender;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
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
 * Every failure is an exception on the exchange with a message that says what to fix; nothing fails silently.
 */
class ErrorHandlingTest extends VZapsTestSupport {

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

    @Test
    void serverErrorBodyIsCutToAFewKilobytes() {
        String huge = "<html>" + "x".repeat(20_000) + "</html>";
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(502).withBody(huge)));

        VZapsApiException e = assertInstanceOf(VZapsApiException.class, failure(GET_STATUS));

        assertEquals(502, e.getStatusCode());
        assertTrue(e.getResponseBody().length() < 4200, "body kept: " + e.getResponseBody().length());
        assertTrue(e.getResponseBody().endsWith("more chars)"));
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
    void responseTimeoutIsATransportErrorNamingTheCall() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json("{}").withFixedDelay(3000)));

        VZapsTransportException e = assertInstanceOf(VZapsTransportException.class,
                failure(GET_STATUS + "&responseTimeout=300"));

        assertTrue(e.getMessage().startsWith("Could not call VZaps GET " + STATUS), e.getMessage());
    }

    @Test
    void unreachableApiIsATransportError() {
        int closedPort = org.apache.camel.test.AvailablePortFinder.getNextAvailable();

        VZapsTransportException e = assertInstanceOf(VZapsTransportException.class,
                failure(GET_STATUS + "&baseUrl=http://127.0.0.1:" + closedPort));

        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
    }

    @Test
    void malformedJsonBodyFailsBeforeAnyHttpCall() {
        api.resetAll();
        VZapsConfigurationException e = assertInstanceOf(VZapsConfigurationException.class,
                failure("vzaps:sendText?instanceId=" + INSTANCE_ID, "{\"phone\": \"5511\", ", Map.of()));

        assertTrue(e.getMessage().startsWith("vzaps:sendText body is not valid JSON"), e.getMessage());
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void sendTextWithoutPhoneNamesTheHeader() {
        api.resetAll();
        VZapsConfigurationException e = assertInstanceOf(VZapsConfigurationException.class,
                failure("vzaps:sendText?instanceId=" + INSTANCE_ID, "hello", Map.of()));

        assertTrue(e.getMessage().contains("CamelVZapsPhone"), e.getMessage());
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void createInstanceWithoutBodyNamesWhatToGive() {
        api.resetAll();
        VZapsConfigurationException e = assertInstanceOf(VZapsConfigurationException.class,
                failure("vzaps:createInstance"));

        assertEquals("vzaps:createInstance needs a request body: a CreateInstanceRequest, a Map or JSON text, or text (the name)", e.getMessage());
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void unknownOperationInTheHeaderSuggestsTheClosestNames() {
        VZapsConfigurationException e = assertInstanceOf(VZapsConfigurationException.class,
                failure(GET_STATUS, null, Map.of(VZapsConstants.OPERATION, "sendTxt")));

        assertTrue(e.getMessage().startsWith("Header CamelVZapsOperation: Unknown VZaps operation 'sendTxt'"), e.getMessage());
        assertTrue(e.getMessage().contains("Closest names: ") && e.getMessage().contains("sendText"), e.getMessage());
    }

    @Test
    void headerOperationOverridesTheEndpointOperation() {
        api.stubFor(get(urlEqualTo("/instances/" + INSTANCE_ID + "/session/qr"))
                .willReturn(json(Fixtures.read("response-session-qr.QRCode.json"))));

        Object body = template.requestBodyAndHeader(GET_STATUS, null, VZapsConstants.OPERATION, "getQr");

        assertInstanceOf(org.camelvzaps.model.session.QrCode.class, body);
    }

    @Test
    void unknownOperationInTheUriSuggestsTheClosestNames() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("vzaps:sendTxt"));

        assertTrue(e.getCause().getMessage().contains("Unknown VZaps operation 'sendTxt'. Closest names: "),
                e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().contains("sendText"), e.getCause().getMessage());
    }

    @Test
    void webhookIsNotAProducer() {
        FailedToCreateProducerException e = assertThrows(FailedToCreateProducerException.class,
                () -> template.requestBody("vzaps:webhook", (Object) null));

        assertTrue(e.getCause().getMessage().contains("use it in from(...)"), e.getCause().getMessage());
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
