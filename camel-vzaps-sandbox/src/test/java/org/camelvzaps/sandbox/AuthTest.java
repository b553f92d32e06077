package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthTest {

    @RegisterExtension
    static VZapsSandboxExtension extension = VZapsSandboxExtension.builder().clientToken("ct-test").clientSecret("cs-test").build();
    static VZapsSandbox sandbox;
    static Api api;

    @BeforeAll
    static void start() {
        sandbox = extension.get();
        api = new Api(sandbox);
    }

    @Test
    void tokenAnswersTopLevelJwtWithExpiry() throws Exception {
        Api.Res r = api.call("POST", "/token", ((com.fasterxml.jackson.databind.node.ObjectNode) Api.fixture("request-token.json"))
                .put("client_token", "ct-test").put("client_secret", "cs-test"));
        assertEquals(200, r.status());
        Shapes.assertContainsShape(Api.fixture("response-token.json"), r.json());
        assertEquals("Bearer", r.json().get("token_type").asText());
        assertEquals(3600, r.json().get("expires_in").asInt());
        String[] parts = r.json().get("access_token").asText().split("\\.");
        assertEquals(3, parts.length);
        JsonNode header = Api.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        JsonNode claims = Api.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertEquals("HS256", header.get("alg").asText());
        assertTrue(claims.get("exp").asLong() > System.currentTimeMillis() / 1000);
        assertNotNull(r.header("X-Request-Id"));
        assertTrue(r.header("X-Request-Id").startsWith("req_"));
    }

    @Test
    void badCredentialsAre401() {
        Api.Res r = api.call("POST", "/token", Map.of("client_token", "ct-test", "client_secret", "wrong"));
        assertEquals(401, r.status());
        assertEquals(Api.MAPPER.createObjectNode().put("code", 401).put("success", false).put("message", "bad credentials"),
                r.json());
        assertNotNull(r.header("X-Request-Id"));
    }

    @Test
    void missingJwtIs401() {
        Api.Res r = api.call("PUT", "/instances/create", Map.of("name", "abc"));
        assertError(r, 401);
    }

    @Test
    void garbageJwtIs401() {
        Api.Res r = api.withJwt("a.b.c", "POST", "/instances/list", Map.of());
        assertError(r, 401);
    }

    @Test
    void expiredJwtIs401AndANewTokenWorks() {
        String jwt = api.jwt();
        assertEquals(200, api.withJwt(jwt, "POST", "/instances/list", Map.of()).status());
        sandbox.expireTokens();
        Api.Res expired = api.withJwt(jwt, "POST", "/instances/list", Map.of());
        assertError(expired, 401);
        assertEquals("token expired", expired.json().get("message").asText());
        assertEquals(200, api.withJwt(api.jwt(), "POST", "/instances/list", Map.of()).status());
    }

    @Test
    void tokenLifetimeIsHonoured() {
        try (VZapsSandbox shortLived = VZapsSandbox.builder().tokenLifetime(Duration.ofMillis(400)).build().start()) {
            Api a = new Api(shortLived);
            Api.Res t = a.call("POST", "/token", Map.of("client_token", shortLived.clientToken(),
                    "client_secret", shortLived.clientSecret()));
            assertEquals(1, t.json().get("expires_in").asInt());
            String jwt = t.json().get("access_token").asText();
            assertEquals(200, a.withJwt(jwt, "POST", "/instances/list", Map.of()).status());
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> a.withJwt(jwt, "POST", "/instances/list", Map.of()).status() == 401);
        }
    }

    @Test
    void instanceTokenDoesNotReplaceJwtOnJwtOnlyEndpoints() {
        String id = api.createInstance(api.jwt());
        for (String[] call : new String[][]{{"POST", "/instances/" + id + "/subscribe"},
                {"POST", "/instances/" + id + "/resume-subscription"}, {"PUT", "/instances/" + id + "/cancel"},
                {"DELETE", "/instances/" + id + "/cancel"}, {"POST", "/instances/list"}, {"POST", "/instances/get"},
                {"PUT", "/instances/create"}, {"PUT", "/instances/provision"}, {"POST", "/instances/search"}}) {
            Api.Res r = api.withInstanceToken(id, call[0], call[1], Map.of("id", id, "name", "abcd"));
            assertError(r, 403);
            assertTrue(r.json().get("message").asText().contains("instance token is not accepted"));
        }
        // every JWT-only route of the table refuses the instance token
        for (String route : sandbox.routes()) {
            if (route.endsWith("(JWT)")) {
                String[] parts = route.split(" ");
                Api.Res r = api.withInstanceToken(id, parts[0], parts[1].replace("{id}", id), Map.of("id", id));
                assertError(r, 403);
            }
        }
        // without any credentials it stays 401, and an expired JWT next to the pair is 401 (the client refreshes)
        assertError(api.call("POST", "/instances/list", Map.of()), 401);
        String jwt = api.jwt();
        sandbox.expireTokens();
        SandboxInstance i = sandbox.instance(id).orElseThrow();
        assertError(api.call("POST", "/instances/" + id + "/subscribe", null, "Authorization", "Bearer " + jwt,
                "X-Instance-Token", i.token(), "X-Client-Token", sandbox.clientToken()), 401);
    }

    @Test
    void instanceTokenPairWorksOnInstanceEndpoints() {
        String id = api.createInstance(api.jwt());
        assertEquals(200, api.withInstanceToken(id, "GET", "/instances/" + id + "/session/status", null).status());
        assertEquals(200, api.withJwt(api.jwt(), "GET", "/instances/" + id + "/session/status", null).status());
    }

    @Test
    void instanceTokenPairWinsOverAnExpiredJwt() {
        String jwt = api.jwt();
        String id = api.createInstance(jwt);
        sandbox.expireTokens();
        SandboxInstance i = sandbox.instance(id).orElseThrow();
        Api.Res r = api.call("GET", "/instances/" + id + "/session/status", null, "Authorization", "Bearer " + jwt,
                "X-Instance-Token", i.token(), "X-Client-Token", sandbox.clientToken());
        assertEquals(200, r.status());
        assertError(api.withJwt(jwt, "GET", "/instances/" + id + "/session/status", null), 401);
    }

    @Test
    void wrongClientTokenIs403() {
        String id = api.createInstance(api.jwt());
        SandboxInstance i = sandbox.instance(id).orElseThrow();
        Api.Res r = api.call("GET", "/instances/" + id + "/session/status", null,
                "X-Instance-Token", i.token(), "X-Client-Token", "someone-else");
        assertError(r, 403);
    }

    @Test
    void wrongInstanceTokenIs403() {
        String jwt = api.jwt();
        String id = api.createInstance(jwt);
        String other = api.createInstance(jwt);
        Api.Res r = api.call("GET", "/instances/" + id + "/session/status", null,
                "X-Instance-Token", sandbox.instance(other).orElseThrow().token(), "X-Client-Token", sandbox.clientToken());
        assertError(r, 403);
    }

    @Test
    void instanceTokenWithoutClientTokenIs401() {
        String id = api.createInstance(api.jwt());
        Api.Res r = api.call("GET", "/instances/" + id + "/session/status", null,
                "X-Instance-Token", sandbox.instance(id).orElseThrow().token());
        assertError(r, 401);
    }

    @Test
    void noCredentialsOnInstanceEndpointIs401() {
        String id = api.createInstance(api.jwt());
        assertError(api.call("GET", "/instances/" + id + "/session/qr", null), 401);
    }

    @Test
    void unknownInstanceIs404() {
        assertError(api.withJwt(api.jwt(), "GET", "/instances/VZDOESNOTEXIST/session/status", null), 404);
        assertError(api.call("GET", "/instances/VZDOESNOTEXIST/session/status", null,
                "X-Instance-Token", "inst_x", "X-Client-Token", sandbox.clientToken()), 404);
        assertError(api.withJwt(api.jwt(), "POST", "/instances/VZDOESNOTEXIST/subscribe", Map.of()), 404);
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        assertError(api.withJwt(api.jwt(), "GET", "/nothing/here", null), 404);
        Api.Res r = api.withJwt(api.jwt(), "GET", "/token", null);
        assertError(r, 405);
        assertEquals("POST", r.header("Allow"));
    }

    @Test
    void invalidJsonIs400() {
        Api.Res r = api.call("POST", "/token", "{not json");
        assertError(r, 400);
    }

    static void assertError(Api.Res r, int status) {
        assertEquals(status, r.status(), () -> r.raw().body());
        JsonNode b = r.json();
        assertEquals(Shapes.names(Api.MAPPER.createObjectNode().put("code", 1).put("success", false).put("message", "")),
                Shapes.names(b));
        assertEquals(status, b.get("code").asInt());
        assertFalse(b.get("success").asBoolean());
        assertNotEquals("", b.get("message").asText());
        assertNotNull(r.header("X-Request-Id"));
    }
}
