package org.camelvzaps.component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.CamelExecutionException;
import org.camelvzaps.client.VZapsAuthException;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One JWT serves every endpoint of an account until it expires; concurrent first calls share one refresh; a 401
 * refreshes it and retries the call once.
 */
class TokenLifecycleTest extends VZapsTestSupport {

    private static final String STATUS = "/instances/" + INSTANCE_ID + "/session/status";
    private static final String QR = "/instances/" + INSTANCE_ID + "/session/qr";

    @BeforeEach
    void stubs() {
        api.resetAll();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));
        api.stubFor(get(urlEqualTo(QR)).willReturn(json(Fixtures.read("response-session-qr.QRCode.json"))));
    }

    @Test
    void onePostTokenServesManyCallsAcrossEndpoints() {
        stubToken();
        for (int i = 0; i < 5; i++) {
            template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID, (Object) null);
            template.requestBody("vzaps:getQr?instanceId=" + INSTANCE_ID, (Object) null);
        }
        api.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson("{\"client_token\":\"" + CLIENT_TOKEN + "\",\"client_secret\":\"" + CLIENT_SECRET + "\"}")));
        api.verify(5, getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer " + JWT)));
    }

    @Test
    void thirtyTwoConcurrentFirstCallsCauseOnePostToken() throws Exception {
        // a slow token answer makes sure the callers really overlap
        api.stubFor(post(urlEqualTo("/token")).willReturn(json("{\"access_token\":\"" + JWT + "\",\"expires_in\":3600}")
                .withFixedDelay(300)));
        int callers = 32;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID, (Object) null);
                }));
            }
            start.countDown();
            for (Future<Object> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        api.verify(1, postRequestedFor(urlEqualTo("/token")));
        api.verify(callers, getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer " + JWT)));
    }

    @Test
    void unauthorizedRefreshesTheTokenAndRetriesOnce() {
        api.stubFor(post(urlEqualTo("/token")).inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(json("{\"access_token\":\"old-jwt-aaaa\",\"expires_in\":3600}")).willSetStateTo("second"));
        api.stubFor(post(urlEqualTo("/token")).inScenario("token").whenScenarioStateIs("second")
                .willReturn(json("{\"access_token\":\"new-jwt-bbbb\",\"expires_in\":3600}")));
        api.stubFor(get(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer old-jwt-aaaa"))
                .willReturn(aResponse().withStatus(401).withBody(Fixtures.read("error-401.sdk-test.json"))));

        Object status = template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID, (Object) null);

        api.verify(2, postRequestedFor(urlEqualTo("/token")));
        api.verify(1, getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer old-jwt-aaaa")));
        api.verify(1, getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer new-jwt-bbbb")));
        assertEquals(false, ((org.camelvzaps.model.session.SessionStatus) status).connected());
    }

    @Test
    void secondUnauthorizedIsAnAuthErrorAfterExactlyOneRetry() {
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(aResponse().withStatus(401)
                .withHeader("X-Request-Id", "req_42").withBody(Fixtures.read("error-401.sdk-test.json"))));

        CamelExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(CamelExecutionException.class,
                () -> template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID, (Object) null));

        VZapsAuthException auth = assertInstanceOf(VZapsAuthException.class, e.getCause());
        assertEquals(401, auth.getStatusCode());
        assertEquals("expired", auth.getApiMessage());
        assertEquals("req_42", auth.getRequestId());
        assertTrue(auth.getMessage().startsWith("VZaps API answered 401 Unauthorized to GET " + STATUS + ": expired"),
                auth.getMessage());
        api.verify(2, getRequestedFor(urlEqualTo(STATUS)));
        api.verify(2, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void rejectedCredentialsAreAnAuthErrorNamingTheOptions() {
        api.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(401)
                .withBody(Fixtures.read("error-401-token.sdk-test.json"))));

        CamelExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(CamelExecutionException.class,
                () -> template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID, (Object) null));

        VZapsAuthException auth = assertInstanceOf(VZapsAuthException.class, e.getCause());
        assertTrue(auth.getMessage().contains("POST /token: bad credentials"), auth.getMessage());
        assertTrue(auth.getMessage().contains("clientToken/clientSecret"), auth.getMessage());
        api.verify(0, getRequestedFor(urlEqualTo(STATUS)));
    }

    @Test
    void camelCaseTokenAnswerIsReadToo() {
        api.stubFor(post(urlEqualTo("/token")).willReturn(json(Fixtures.read("response-token-camelcase.sdk-test.json"))));

        template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID, (Object) null);

        api.verify(getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer jwt-token")));
    }
}
