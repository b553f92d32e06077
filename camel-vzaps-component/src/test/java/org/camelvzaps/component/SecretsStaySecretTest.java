package org.camelvzaps.component;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.InMemoryLogAppender;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives every operation, the error paths and the webhook consumer with distinctive credential values, then looks
 * for those values in everything a user or operator can read: log output (DEBUG for the component), exception
 * messages and stack traces, error bodies kept on exceptions, endpoint and model strings, webhook answers.
 */
class SecretsStaySecretTest extends VZapsTestSupport {

    private static final String SECRET_INSTANCE_TOKEN = "inst_S3CR3T_instance_token_77a1";
    private static final String SECRET_WEBHOOK = "wh_S3CR3T_webhook_secret_19c4";
    private static final String SECRET_JWT = "eyJS3CR3T.jwt_value_payload.sig_5d2e";
    private static final String SECRET_PROXY_PASSWORD = "px_S3CR3T_proxy_password_88";
    private static final List<String> SECRETS = List.of(CLIENT_TOKEN, CLIENT_SECRET, SECRET_INSTANCE_TOKEN,
            SECRET_WEBHOOK, SECRET_JWT, SECRET_PROXY_PASSWORD);

    private final int httpPort = AvailablePortFinder.getNextAvailable();
    private final List<String> readable = new ArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        MainHttpServer server = new MainHttpServer();
        server.setPort(httpPort);
        context.addService(server);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookSecret=RAW(" + SECRET_WEBHOOK + ")&registerWebhook=true"
                     + "&webhookExternalUrl=https://public.example.com&instanceId=" + INSTANCE_ID
                     + "&instanceToken=RAW(" + SECRET_INSTANCE_TOKEN + ")")
                        .routeId("webhook").autoStartup(false)
                        .log("event ${header.CamelVZapsEventType}")
                        .filter(simple("${header.CamelVZapsEventType} == 'Disconnected'"))
                            .throwException(new IllegalStateException("route failed on purpose"));
            }
        };
    }

    @Test
    void noCredentialValueIsReadableAnywhere() throws Exception {
        InMemoryLogAppender.clear();
        stubApi();
        String options = "?instanceId=" + INSTANCE_ID + "&instanceToken=RAW(" + SECRET_INSTANCE_TOKEN + ")";

        // every operation, JWT mode
        keep(template.request("vzaps:createInstance", e -> e.getMessage().setBody(CreateInstanceRequest.named("shop"))));
        for (String op : List.of("subscribe", "connect", "getQr", "getStatus", "getWebhook")) {
            keep(template.request("vzaps:" + op + options, e -> { }));
        }
        keep(template.request("vzaps:setWebhook" + options, e -> e.getMessage().setBody("{\"webhookURL\":\"\"}")));
        keep(template.request("vzaps:sendText" + options, e -> {
            e.getMessage().setBody("hello");
            e.getMessage().setHeader(VZapsConstants.PHONE, "5511999999999");
        }));
        // instance-token mode, and a JWT-only call refused in it
        keep(template.request("vzaps:getStatus" + options + "&clientSecret=", e -> { }));
        keep(template.request("vzaps:subscribe" + options + "&clientSecret=", e -> { }));
        // error paths: API echoing credentials back, 401 twice, unreachable API, proxy with a password
        keep(template.request("vzaps:getQr?instanceId=VZECHO&instanceToken=RAW(" + SECRET_INSTANCE_TOKEN + ")", e -> { }));
        keep(template.request("vzaps:getStatus?instanceId=VZEXPIRED", e -> { }));
        keep(template.request("vzaps:getStatus" + options + "&baseUrl=http://127.0.0.1:"
                              + AvailablePortFinder.getNextAvailable(), e -> { }));
        keep(template.request("vzaps:getStatus" + options + "&proxyHost=127.0.0.1&proxyPort="
                              + AvailablePortFinder.getNextAvailable() + "&proxyAuthUsername=bob&proxyAuthPassword=RAW("
                              + SECRET_PROXY_PASSWORD + ")", e -> { }));

        // webhook: registration, right and wrong secret, a failing route, restore on stop
        context.getRouteController().startRoute("webhook");
        readable.add(postEvent("?secret=" + SECRET_WEBHOOK, "{\"type\":\"Connected\",\"event\":{}}"));
        readable.add(postEvent("?secret=" + SECRET_WEBHOOK, "{\"type\":\"Disconnected\",\"event\":{}}"));
        readable.add(postEvent("?secret=wrong-" + SECRET_WEBHOOK, "{\"type\":\"Connected\",\"event\":{}}"));
        readable.add(postEvent("?secret=" + SECRET_WEBHOOK, "{not json"));
        context.getRouteController().stopRoute("webhook");

        for (Endpoint endpoint : context.getEndpoints()) {
            readable.add(endpoint.toString());
            readable.add(endpoint.getEndpointBaseUri());
        }
        readable.add(InMemoryLogAppender.all());

        String everything = String.join("\n", readable);
        assertTrue(everything.contains("VZaps API answered 500"), "the error paths really ran");
        assertTrue(everything.contains("Registered the VZaps webhook"), "the webhook really registered");
        for (String secret : SECRETS) {
            int at = everything.indexOf(secret);
            assertEquals(-1, at, () -> "secret found: ..." + everything.substring(Math.max(0, everything.indexOf(secret) - 300),
                    Math.min(everything.length(), everything.indexOf(secret) + 100)));
        }
        assertFalse(everything.contains("S3CR3T"), "no fragment of any credential either");
    }

    private void stubApi() {
        api.resetAll();
        api.stubFor(post(urlEqualTo("/token")).willReturn(json("{\"access_token\":\"" + SECRET_JWT + "\",\"expires_in\":3600}")));
        api.stubFor(put(urlEqualTo("/instances/create")).willReturn(json(Fixtures.read("response-instances-create.json")
                .replace("inst_xxxxxxxxxxxxx", SECRET_INSTANCE_TOKEN))));
        String instance = "/instances/" + INSTANCE_ID;
        api.stubFor(post(urlEqualTo(instance + "/subscribe")).willReturn(json(Fixtures.read("response-instances-subscribe.shape.json"))));
        api.stubFor(post(urlEqualTo(instance + "/connect")).willReturn(aResponse().withStatus(404)));
        api.stubFor(get(urlEqualTo(instance + "/session/qr")).willReturn(json(Fixtures.read("response-session-qr.QRCode.json"))));
        api.stubFor(get(urlEqualTo(instance + "/session/status")).willReturn(json(Fixtures.read("response-session-status-connected.json"))));
        api.stubFor(get(urlEqualTo(instance + "/webhook")).willReturn(json(Fixtures.read("response-webhook-get.json"))));
        api.stubFor(post(urlEqualTo(instance + "/webhook")).willReturn(json(Fixtures.read("response-webhook-set.json"))));
        api.stubFor(post(urlEqualTo(instance + "/chat/send/text")).willReturn(json(Fixtures.read("response-chat-send.shape.json"))));
        api.stubFor(get(urlPathMatching("/instances/VZECHO/.*")).willReturn(aResponse().withStatus(500).withBody(
                "{\"message\":\"token " + SECRET_INSTANCE_TOKEN + " of client " + CLIENT_TOKEN + " (secret " + CLIENT_SECRET
                + ", jwt " + SECRET_JWT + ") rejected\"}")));
        api.stubFor(get(urlPathMatching("/instances/VZEXPIRED/.*")).willReturn(aResponse().withStatus(401)
                .withBody("{\"message\":\"expired " + SECRET_JWT + "\"}")));
    }

    private void keep(Exchange exchange) {
        readable.add(String.valueOf(exchange.getMessage().getBody()));
        Exception e = exchange.getException();
        if (e != null) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            readable.add(trace.toString());
            for (Throwable t = e; t != null; t = t.getCause()) {
                readable.add(String.valueOf(t.getMessage()));
                if (t instanceof org.camelvzaps.client.VZapsApiException api) {
                    readable.add(String.valueOf(api.getResponseBody()));
                    readable.add(String.valueOf(api.getApiMessage()));
                }
            }
        }
        for (Map.Entry<String, Object> header : exchange.getMessage().getHeaders().entrySet()) {
            if (!header.getKey().equals(VZapsConstants.INSTANCE_TOKEN)) { // a header the caller set itself
                readable.add(header.getKey() + "=" + header.getValue());
            }
        }
    }

    private String postEvent(String query, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/vzaps/webhook" + query))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.headers().map() + " " + response.body();
    }
}
