package org.camelvzaps.consumer.webhook;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the caller (VZaps) gets back, and whether the route ran: 200 only after the route succeeded, 500 without a stack
 * trace when it failed, and 400/401/405/413/415 for calls that must never reach the route.
 */
class WebhookAnswerCodesTest extends WebhookTestSupport {

    private static final String PATH = "/hooks/vz";
    private static final String SLOW_PATH = "/hooks/slow";
    private static final String FAIL_PATH = "/hooks/fail";
    private static final String MESSAGE = Fixtures.read("webhook-Message-text.inferred.json");

    private final CountDownLatch routeEntered = new CountDownLatch(1);
    private final CountDownLatch releaseRoute = new CountDownLatch(1);

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=" + PATH + "&webhookSecret=" + SECRET_OPTION + "&maxBodySize=2048")
                        .to("mock:events");
                from("vzaps:webhook?webhookPath=" + SLOW_PATH + "&webhookSecret=" + SECRET_OPTION)
                        .process(e -> {
                            routeEntered.countDown();
                            assertTrue(releaseRoute.await(30, TimeUnit.SECONDS), "test never released the route");
                        })
                        .to("mock:slow");
                from("vzaps:webhook?webhookPath=" + FAIL_PATH + "&webhookSecret=" + SECRET_OPTION)
                        .to("mock:failing")
                        .throwException(new IllegalStateException("boom in the route"));
            }
        };
    }

    @Test
    void answers200AfterTheRouteSucceeded() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        HttpResponse<String> response = post(withSecret(PATH), MESSAGE);

        assertEquals(200, response.statusCode(), response.body());
        events.assertIsSatisfied();
    }

    @Test
    void acceptsJsonWithCharset() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(1);

        HttpResponse<String> response = send("POST", withSecret(PATH), "application/json; charset=UTF-8", MESSAGE, Map.of());

        assertEquals(200, response.statusCode(), response.body());
        events.assertIsSatisfied();
    }

    @Test
    void answersOnlyOnceTheRouteHasFinished() throws Exception {
        MockEndpoint slow = getMockEndpoint("mock:slow");
        slow.expectedMessageCount(1);

        CompletableFuture<HttpResponse<String>> answer = postAsync(withSecret(SLOW_PATH), MESSAGE);
        assertTrue(routeEntered.await(30, TimeUnit.SECONDS), "the route was not called");
        // the route is still running: the caller must not have an answer yet
        assertFalse(answer.isDone(), "answered before the route finished");
        releaseRoute.countDown();

        assertEquals(200, answer.get(30, TimeUnit.SECONDS).statusCode());
        slow.assertIsSatisfied();
    }

    @Test
    void answers500WithoutStackTraceWhenTheRouteFails() throws Exception {
        MockEndpoint failing = getMockEndpoint("mock:failing");
        failing.expectedMessageCount(1);

        HttpResponse<String> response = post(withSecret(FAIL_PATH), MESSAGE);

        assertEquals(500, response.statusCode(), response.body());
        assertFalse(response.body().contains("boom in the route"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("\tat "), response.body());
        failing.assertIsSatisfied();
    }

    @Test
    void answers400ForMalformedJson() throws Exception {
        assertRejected(400, "POST", withSecret(PATH), JSON, "{\"type\":\"Message\",");
    }

    @Test
    void answers400ForJsonWithoutType() throws Exception {
        assertRejected(400, "POST", withSecret(PATH), JSON, "{\"event\":{}}");
    }

    @Test
    void answers400ForJsonThatIsNotAnObject() throws Exception {
        assertRejected(400, "POST", withSecret(PATH), JSON, "[1,2]");
    }

    @Test
    void answers401WithoutSecret() throws Exception {
        assertRejected(401, "POST", PATH, JSON, MESSAGE);
    }

    @Test
    void answers401ForWrongSecret() throws Exception {
        assertRejected(401, "POST", PATH + "?secret=not-the-secret", JSON, MESSAGE);
    }

    @Test
    void answers401ForSecretThatIsOnlyAPrefix() throws Exception {
        assertRejected(401, "POST", PATH + "?secret=" + ENCODED_SECRET.substring(0, 5), JSON, MESSAGE);
    }

    @Test
    void answers405ForGet() throws Exception {
        assertRejected(405, "GET", withSecret(PATH), null, null);
    }

    @Test
    void answers405ForPut() throws Exception {
        assertRejected(405, "PUT", withSecret(PATH), JSON, MESSAGE);
    }

    @Test
    void answers413OverMaxBodySize() throws Exception {
        String big = "{\"type\":\"Message\",\"event\":{\"pad\":\"" + "x".repeat(4096) + "\"}}";
        assertRejected(413, "POST", withSecret(PATH), JSON, big);
    }

    @Test
    void answers413OverMaxBodySizeWhenSentChunked() throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(0);
        byte[] big = ("{\"type\":\"Message\",\"event\":{\"pad\":\"" + "x".repeat(4096) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        // no Content-Length: only the size of what arrives can tell
        java.net.http.HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + withSecret(PATH)))
                .header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode(), response.body());
        events.assertIsSatisfied();
    }

    @Test
    void answers415ForTextPlain() throws Exception {
        assertRejected(415, "POST", withSecret(PATH), "text/plain", MESSAGE);
    }

    private void assertRejected(int status, String method, String pathAndQuery, String contentType, String body)
            throws Exception {
        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(0);

        HttpResponse<String> response = send(method, pathAndQuery, contentType, body, Map.of());

        assertEquals(status, response.statusCode(), response.body());
        // the answer only comes once the route would have finished: nothing reached it
        events.assertIsSatisfied();
    }
}
