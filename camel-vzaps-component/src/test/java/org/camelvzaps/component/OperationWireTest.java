package org.camelvzaps.component;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.camelvzaps.client.AuthScope;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.OperationSpec;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The exact HTTP request of every catalog operation, generated from the catalog plus one fixture per operation
 * ({@code fixtures/operations/<operation>.json}, format in that folder's README): method, path, query, auth headers
 * and JSON body, in JWT mode and (for operations that accept it) instance-token mode. An operation without a
 * fixture, or a fixture without an operation, fails the build.
 */
class OperationWireTest extends VZapsTestSupport {

    private static final String TOKEN_MODE = "vzapstoken";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VZapsComponent tokenMode = new VZapsComponent();
        tokenMode.getConfiguration().setBaseUrl(api.baseUrl());
        tokenMode.getConfiguration().setClientToken(CLIENT_TOKEN);
        tokenMode.getConfiguration().setInstanceToken(INSTANCE_TOKEN);
        context.addComponent(TOKEN_MODE, tokenMode);
        return context;
    }

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (VZapsOperation op : VZapsOperation.operations()) {
            JsonNode fixture = fixture(op.name());
            JsonNode cases = fixture.has("cases") ? fixture.get("cases") : Json.mapper().createArrayNode().add(fixture);
            for (int i = 0; i < cases.size(); i++) {
                all.add(Arguments.of(op, i + 1, cases.get(i)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} #{1} with a JWT")
    @MethodSource("cases")
    void jwtMode(VZapsOperation op, int number, JsonNode fixture) {
        Exchange answer = sendAndAnswer("vzaps", op, fixture);

        LoggedRequest request = theOneApiRequest();
        assertWireRequest(fixture.get("expect"), request);
        assertEquals("Bearer " + JWT, request.getHeader("Authorization"));
        assertEquals(CLIENT_TOKEN, request.getHeader("X-Client-Token"));
        assertTrue(!request.containsHeader("X-Instance-Token"), "no instance token was configured");
        assertAnswer(op, fixture, answer);
    }

    @ParameterizedTest(name = "{0} #{1} with instance tokens")
    @MethodSource("cases")
    void instanceTokenMode(VZapsOperation op, int number, JsonNode fixture) {
        if (op.spec().auth() == AuthScope.JWT) {
            Exchange refused = send(TOKEN_MODE, op, fixture);
            assertInstanceOf(VZapsConfigurationException.class, refused.getException());
            assertTrue(refused.getException().getMessage().contains("clientSecret"), refused.getException().getMessage());
            assertEquals(0, api.getAllServeEvents().size(), "a JWT-only operation must fail before any HTTP call");
            return;
        }
        Exchange answer = sendAndAnswer(TOKEN_MODE, op, fixture);

        LoggedRequest request = theOneApiRequest();
        assertWireRequest(fixture.get("expect"), request);
        assertEquals(INSTANCE_TOKEN, request.getHeader("X-Instance-Token"));
        assertEquals(CLIENT_TOKEN, request.getHeader("X-Client-Token"));
        assertTrue(!request.containsHeader("Authorization"), "instance-token mode sends no Authorization");
        assertAnswer(op, fixture, answer);
    }

    @Test
    void everyFixtureNamesAnOperation() throws IOException {
        List<String> orphans = new ArrayList<>();
        try (InputStream list = getClass().getResourceAsStream("/fixtures/operations/")) {
            for (String file : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (file.endsWith(".json")) {
                    String name = file.substring(0, file.length() - ".json".length());
                    if (VZapsOperation.operations().stream().noneMatch(op -> op.name().equals(name))) {
                        orphans.add(file);
                    }
                }
            }
        }
        assertEquals(List.of(), orphans, "fixtures for operations the catalog does not declare");
    }

    private Exchange sendAndAnswer(String scheme, VZapsOperation op, JsonNode fixture) {
        int status = fixture.path("status").asInt(200);
        JsonNode response = fixture.get("response");
        api.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(response == null ? null : Json.mapper().valueToTree(response).toString())));
        Exchange answer = send(scheme, op, fixture);
        if (answer.getException() != null) {
            fail("vzaps:" + op + " failed: " + answer.getException(), answer.getException());
        }
        return answer;
    }

    private Exchange send(String scheme, VZapsOperation op, JsonNode fixture) {
        return template.send(scheme + ":" + op.name(), exchange -> {
            exchange.getMessage().setHeader(VZapsConstants.INSTANCE_ID, INSTANCE_ID);
            fixture.path("headers").fields().forEachRemaining(
                    header -> exchange.getMessage().setHeader(header.getKey(), header.getValue().asText()));
            if (fixture.has("body")) {
                exchange.getMessage().setBody(fixture.get("body").toString());
            } else if (fixture.has("bodyText")) {
                exchange.getMessage().setBody(fixture.get("bodyText").asText());
            }
        });
    }

    private static LoggedRequest theOneApiRequest() {
        List<LoggedRequest> calls = api.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> !r.getUrl().equals("/token")).toList();
        assertEquals(1, calls.size(), "exactly one API call expected, got " + calls.stream().map(LoggedRequest::getUrl).toList());
        return calls.get(0);
    }

    private static void assertWireRequest(JsonNode expect, LoggedRequest request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        assertEquals(expect.get("method").asText(), request.getMethod().getName(), "method");
        assertEquals(expect.get("path").asText(), q < 0 ? url : url.substring(0, q), "path");
        Map<String, String> expectedQuery = new TreeMap<>();
        expect.path("query").fields().forEachRemaining(e -> expectedQuery.put(e.getKey(), e.getValue().asText()));
        assertEquals(expectedQuery, query(q < 0 ? "" : url.substring(q + 1)), "query");
        String body = request.getBodyAsString();
        if (expect.has("body")) {
            assertEquals(expect.get("body"), readTree(body), "JSON body");
            assertTrue(request.getHeader("Content-Type").startsWith("application/json"), "Content-Type");
        } else {
            assertEquals("", body, "no body expected");
            assertTrue(!request.containsHeader("Content-Type"), "no Content-Type without a body");
        }
        assertEquals("application/json", request.getHeader("Accept"));
    }

    private static void assertAnswer(VZapsOperation op, JsonNode fixture, Exchange answer) {
        OperationSpec spec = op.spec();
        Object body = answer.getMessage().getBody();
        assertEquals(fixture.path("status").asInt(200), answer.getMessage().getHeader(VZapsConstants.HTTP_STATUS));
        if (fixture.get("response") == null) {
            assertNull(body);
            return;
        }
        assertInstanceOf(spec.responseType(), body, "answer type");
        JsonNode messageId = fixture.get("response").path("data").path("message_id");
        if (spec.resultHeaders().stream().anyMatch(h -> h.header().equals(VZapsConstants.MESSAGE_ID))) {
            assertEquals(messageId.asText(), answer.getMessage().getHeader(VZapsConstants.MESSAGE_ID));
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static JsonNode readTree(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("body is not JSON: " + body, e);
        }
    }

    private static JsonNode fixture(String operation) {
        try (InputStream in = OperationWireTest.class.getResourceAsStream("/fixtures/operations/" + operation + ".json")) {
            if (in == null) {
                throw new AssertionError("vzaps:" + operation + " has no wire fixture: add fixtures/operations/"
                        + operation + ".json (format in that folder's README.md)");
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
