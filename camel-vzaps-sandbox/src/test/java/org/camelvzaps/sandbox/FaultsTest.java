package org.camelvzaps.sandbox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FaultsTest {

    @RegisterExtension
    static VZapsSandboxExtension extension = VZapsSandboxExtension.builder().build();
    static VZapsSandbox sandbox;
    static Api api;
    String jwt;

    @BeforeAll
    static void start() {
        sandbox = extension.get();
        api = new Api(sandbox);
    }

    @BeforeEach
    void setUp() {
        jwt = api.jwt();
    }

    private Api.Res list() {
        return api.withJwt(jwt, "POST", "/instances/list", Map.of());
    }

    @Test
    void rateLimitForNextCalls() {
        sandbox.faults().nextCalls(2, Fault.rateLimited(Duration.ofSeconds(2)));
        for (int i = 0; i < 2; i++) {
            Api.Res r = list();
            assertEquals(429, r.status());
            assertEquals("2", r.header("Retry-After"));
            assertTrue(r.header("X-Request-Id").startsWith("req_"));
            // the SDK test fixture has the same keys; there "code" holds "rate_limit", here (per the sandbox's
            // error shape) "code" is the HTTP status and the machine code is in "error_code", which SDKs also read
            assertTrue(Shapes.names(r.json()).containsAll(Shapes.names(Api.fixture("error-429.sdk-test.json"))));
            assertEquals(Map.of("code", 429, "success", false, "message", "slow down", "error_code", "rate_limit"),
                    Api.MAPPER.convertValue(r.json(), Map.class));
        }
        assertEquals(200, list().status());
    }

    @Test
    void serverErrorForNextCallIncludingToken() {
        sandbox.faults().nextCalls(1, Fault.serverError(503));
        Api.Res r = api.call("POST", "/token", Map.of("client_token", sandbox.clientToken(), "client_secret", sandbox.clientSecret()));
        AuthTest.assertError(r, 503);
        assertEquals(200, list().status());
    }

    @Test
    void faultedCallsHaveNoEffect() {
        sandbox.faults().nextCalls(1, Fault.serverError(500));
        int before = sandbox.instances().size();
        AuthTest.assertError(api.withJwt(jwt, "PUT", "/instances/create", Map.of("name", "never")), 500);
        assertEquals(before, sandbox.instances().size());
    }

    @Test
    void slowAnswerIsServedAfterTheDelay() {
        sandbox.faults().nextCalls(1, Fault.slow(Duration.ofMillis(700)));
        long start = System.nanoTime();
        Api.Res r = list();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, r.status());
        assertTrue(tookMs >= 700, "took " + tookMs + " ms");
        assertEquals(200, list().status());
    }

    @Test
    void shareOneAlwaysAndShareZeroNever() {
        sandbox.faults().share(0.0, Fault.serverError(502));
        for (int i = 0; i < 5; i++) {
            assertEquals(200, list().status());
        }
        sandbox.faults().share(1.0, Fault.serverError(502));
        for (int i = 0; i < 5; i++) {
            assertEquals(502, list().status());
        }
        sandbox.faults().clear();
        assertEquals(200, list().status());
    }

    @Test
    void adminCallsAreNeverFaulted() {
        sandbox.faults().share(1.0, Fault.rateLimited(Duration.ofSeconds(1)));
        assertEquals(200, api.call("GET", "/__sandbox/credentials", null).status());
        assertEquals(429, list().status());
    }

    @Test
    void faultsFireInTheOrderTheyWereAdded() {
        sandbox.faults().nextCalls(1, Fault.serverError(500)).nextCalls(1, Fault.rateLimited(Duration.ofMillis(1500)));
        assertEquals(500, list().status());
        Api.Res r = list();
        assertEquals(429, r.status());
        assertEquals("2", r.header("Retry-After"));
        assertEquals(200, list().status());
    }

    @Test
    void invalidFaultArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fault.serverError(404));
        assertThrows(IllegalArgumentException.class, () -> sandbox.faults().share(1.5, Fault.serverError(500)));
        assertThrows(IllegalArgumentException.class, () -> sandbox.faults().nextCalls(0, Fault.serverError(500)));
    }
}
