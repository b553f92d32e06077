package org.camelvzaps.consumer.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.opentelemetry2.OpenTelemetryTracer;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * With camel-opentelemetry2 and the OpenTelemetry SDK, a route {@code direct → vzaps:sendText} and a
 * {@code vzaps:webhook} route produce spans carrying the vzaps attributes (operation, instance, message id, HTTP
 * status, server address; event type and id), and no secret in any attribute.
 */
class TracingTest extends WebhookTestSupport {

    private static final String PATH = "/hooks/traced";
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private OpenTelemetrySdk openTelemetry;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        openTelemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .build();
        GlobalOpenTelemetry.resetForTest();
        GlobalOpenTelemetry.set(openTelemetry);
        CamelContext context = super.createCamelContext();
        new OpenTelemetryTracer().init(context);
        return context;
    }

    @AfterEach
    void closeSdk() {
        GlobalOpenTelemetry.resetForTest();
        openTelemetry.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").routeId("send")
                        .to("vzaps:sendText?instanceId=" + INSTANCE_ID + "&phone=5511999999999&instanceToken=RAW("
                            + INSTANCE_TOKEN + ")");
                from("vzaps:webhook?webhookPath=" + PATH + "&webhookSecret=" + SECRET_OPTION).routeId("hook")
                        .log("${header.CamelVZapsEventId}");
            }
        };
    }

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
        api.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/instances/" + INSTANCE_ID
                + "/chat/send/text")).willReturn(json(Fixtures.read("response-chat-send.shape.json"))));
    }

    @Test
    void aSendAndAnEventProduceSpansWithTheVZapsAttributesAndNoSecret() throws Exception {
        template.sendBody("direct:send", "hi");
        String event = "{\"type\":\"Message\",\"id\":\"evt_42\",\"instance_id\":\"" + INSTANCE_ID + "\",\"created_at\":\""
                       + Instant.now() + "\",\"event\":{\"info\":{\"id\":\"M1\"}}}";
        assertEquals(200, post(withSecret(PATH), event).statusCode());

        await().until(() -> find("vzaps.event_id").size() == 1 && find("vzaps.message_id").size() == 1);

        SpanData send = find("vzaps.message_id").get(0);
        assertEquals("sendText", attribute(send, "vzaps.operation"));
        assertEquals(INSTANCE_ID, attribute(send, "vzaps.instance_id"));
        assertEquals("200", attribute(send, "http.response.status_code"));
        assertEquals("localhost", attribute(send, "server.address"));
        assertNotNull(attribute(send, "vzaps.message_id"));

        SpanData received = find("vzaps.event_id").get(0);
        assertEquals("evt_42", attribute(received, "vzaps.event_id"));
        assertEquals("Message", attribute(received, "vzaps.event_type"));
        assertEquals("webhook", attribute(received, "vzaps.operation"));
        assertEquals(INSTANCE_ID, attribute(received, "vzaps.instance_id"));

        for (SpanData span : spans.getFinishedSpanItems()) {
            String attributes = span.getAttributes().toString() + span.getName() + span.getEvents();
            for (String secret : new String[] { CLIENT_SECRET, CLIENT_TOKEN, INSTANCE_TOKEN, JWT, SECRET, ENCODED_SECRET }) {
                assertFalse(attributes.contains(secret), "a secret in span " + span.getName() + ": " + attributes);
            }
        }
    }

    private List<SpanData> find(String attribute) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getAttributes().get(AttributeKey.stringKey(attribute)) != null).toList();
    }

    private static String attribute(SpanData span, String name) {
        Map<AttributeKey<?>, Object> all = span.getAttributes().asMap();
        Object value = all.get(AttributeKey.stringKey(name));
        return value == null ? null : value.toString();
    }
}
