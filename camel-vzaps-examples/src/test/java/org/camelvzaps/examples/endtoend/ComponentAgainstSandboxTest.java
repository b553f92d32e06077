package org.camelvzaps.examples.endtoend;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.client.VZapsAuthException;
import org.camelvzaps.client.VZapsRateLimitException;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.sandbox.Fault;
import org.camelvzaps.sandbox.RecordedCall;
import org.camelvzaps.sandbox.VZapsSandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The component against the sandbox rather than WireMock stubs: the behaviours that only work when both agree
 * on the API (auth rules, token expiry, rate limits, checkout, webhook registration and real deliveries).
 */
class ComponentAgainstSandboxTest {

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder().autoPairAfterQrFetches(1).build();

    private final int httpPort = SandboxCamel.freePort();
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        camel = SandboxCamel.create(sandbox, httpPort);
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
        sandbox.setCardOnFile(true);
    }

    private Instance createInstance(String name) {
        return template.requestBody("vzaps:createInstance", name, Instance.class);
    }

    @Test
    void anExpiredJwtIsRefreshedOnceAndTheCallSucceeds() {
        Instance instance = createInstance("expiry");
        sandbox.resetJournal();
        sandbox.expireTokens();

        SessionStatus status = template.requestBodyAndHeader("vzaps:getStatus", null,
                VZapsConstants.INSTANCE_ID, instance.id(), SessionStatus.class);

        assertEquals(false, status.connected());
        List<String> calls = sandbox.journal().stream().map(c -> c.status() + " " + c.method() + " " + c.path()).toList();
        String statusPath = "/instances/" + instance.id() + "/session/status";
        assertEquals(List.of("401 GET " + statusPath, "200 POST /token", "200 GET " + statusPath), calls);
    }

    @Test
    void instanceTokenModeWorksAndJwtOnlyCallsAreRefusedLocally() {
        Instance instance = createInstance("tokens");
        sandbox.resetJournal();
        String tokenMode = "&clientSecret=&instanceId=" + instance.id() + "&instanceToken=RAW(" + instance.token() + ")";

        Object qr = template.requestBody("vzaps:getQr?" + tokenMode.substring(1), (Object) null);
        CamelExecutionException refused = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("vzaps:subscribe?" + tokenMode.substring(1), (Object) null));

        assertNotNull(qr);
        assertTrue(refused.getCause().getMessage().contains("clientSecret"));
        RecordedCall call = sandbox.journal().get(0);
        assertEquals(200, call.status());
        assertEquals(instance.token(), call.header("X-Instance-Token"));
        assertEquals(null, call.header("Authorization"));
        assertEquals(1, sandbox.journal().size(), "the refused subscribe never reached the API");
    }

    @Test
    void wrongInstanceTokenIsAnAuthError() {
        Instance instance = createInstance("wrong-token");

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("vzaps:getStatus?clientSecret=&instanceId=" + instance.id()
                                           + "&instanceToken=inst_not_this_one", (Object) null));

        VZapsAuthException auth = assertInstanceOf(VZapsAuthException.class, e.getCause());
        assertEquals(403, auth.getStatusCode());
        assertNotNull(auth.getRequestId());
    }

    @Test
    void rateLimitCarriesTheSandboxRetryAfter() {
        Instance instance = createInstance("rate");
        sandbox.faults().nextCalls(1, Fault.rateLimited(Duration.ofSeconds(4)));

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("vzaps:getStatus", null, VZapsConstants.INSTANCE_ID, instance.id()));

        VZapsRateLimitException limited = assertInstanceOf(VZapsRateLimitException.class, e.getCause());
        assertEquals(Duration.ofSeconds(4), limited.getRetryAfter());
        assertEquals("rate_limit", limited.getApiCode());
    }

    @Test
    void checkoutModeGivesTheHostedUrl() {
        sandbox.setCardOnFile(false);
        Exchange result = template.request("vzaps:createInstance", e -> e.getMessage().setBody("no-card"));
        result = template.send("vzaps:subscribe", result);

        String url = result.getMessage().getHeader(VZapsConstants.CHECKOUT_URL, String.class);
        assertNotNull(url, "checkout URL header");
        assertTrue(url.startsWith(sandbox.baseUrl()), url);
    }

    @Test
    void registeredWebhookReceivesRealDeliveriesAndIsRestoredOnStop() throws Exception {
        Instance instance = createInstance("webhook");
        List<VZapsEvent> received = new CopyOnWriteArrayList<>();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?registerWebhook=true&webhookExternalUrl=http://127.0.0.1:" + httpPort
                     + "&webhookSecret=s3cr3t-value&events=Connected,Message&instanceId=" + instance.id())
                        .routeId("events")
                        .process(e -> received.add(e.getMessage().getBody(VZapsEvent.class)));
            }
        });
        assertEquals("http://127.0.0.1:" + httpPort + "/vzaps/webhook?secret=s3cr3t-value",
                sandbox.instance(instance.id()).orElseThrow().webhookUrl());

        sandbox.scan(instance.id());
        sandbox.injectInboundMessage(instance.id(), "5511988887777", "Ana", "hello from Ana");

        await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 2);
        assertEquals("Connected", received.get(0).type());
        assertEquals("hello from Ana", received.get(1).asMessage().text());
        assertEquals(instance.id(), received.get(1).instanceId());
        var logs = sandbox.deliveryLogs(instance.id());
        assertTrue(logs.size() >= 2, "the sandbox logged both deliveries: " + logs);
        assertTrue(logs.stream().allMatch(log -> log.succeeded()), "every delivery answered 2xx: " + logs);

        // the instance had no webhook before the route started: stopping the route puts that back
        camel.getRouteController().stopRoute("events");
        String after = sandbox.instance(instance.id()).orElseThrow().webhookUrl();
        assertTrue(after == null || after.isEmpty(), "webhook after stop: " + after);
    }
}
