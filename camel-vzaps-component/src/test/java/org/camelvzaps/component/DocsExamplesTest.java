package org.camelvzaps.component;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples in docs/vzaps-component.md run as written.
 */
class DocsExamplesTest extends VZapsTestSupport {

    private static final String INSTANCE = "/instances/" + INSTANCE_ID;

    @TempDir
    Path dir;

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
        api.stubFor(put(urlEqualTo("/instances/create")).willReturn(json(Fixtures.read("response-instances-create.json"))));
        api.stubFor(post(urlEqualTo(INSTANCE + "/subscribe")).willReturn(json(Fixtures.read("response-instances-subscribe.shape.json"))));
        api.stubFor(post(urlEqualTo(INSTANCE + "/connect")).willReturn(aResponse().withStatus(404)));
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr")).willReturn(json(
                "{\"code\":200,\"success\":true,\"data\":{\"QRCode\":\"data:image/png;base64,"
                + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/Pm8qYQAAAABJRU5ErkJggg==\"}}")));
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/status")).willReturn(json(Fixtures.read("response-session-status-connected.json"))));
        api.stubFor(post(urlEqualTo(INSTANCE + "/chat/send/text")).willReturn(json(Fixtures.read("response-chat-send.shape.json"))));
    }

    @Test
    void yamlOnboardingRouteFromTheGuideRuns() throws Exception {
        String guide = Files.readString(Path.of("..", "docs", "vzaps-component.md"));
        String marker = "### The five onboarding operations in YAML DSL";
        String section = guide.substring(guide.indexOf(marker));
        String yaml = section.substring(section.indexOf("```yaml") + 7, section.indexOf("```", section.indexOf("```yaml") + 7))
                .replace("uri: file:target", "uri: file:" + dir.toAbsolutePath());
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("onboard.yaml", yaml));

        Object status = template.requestBody("direct:onboard", (Object) null);

        api.verify(putRequestedFor(urlEqualTo("/instances/create")));
        api.verify(postRequestedFor(urlEqualTo(INSTANCE + "/subscribe")));
        api.verify(2, getRequestedFor(urlEqualTo(INSTANCE + "/session/qr"))); // connect's fallback, then getQr
        assertTrue(Files.size(dir.resolve("qr.png")) > 0);
        assertTrue(((org.camelvzaps.model.session.SessionStatus) status).connected());
    }

    @Test
    void simpleExpressionsUsedInTheGuideResolve() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:notify")
                        .setHeader("CamelVZapsPhone", constant("5511999999999"))
                        .setBody(constant("Your order has shipped"))
                        .to("vzaps:sendText?instanceId=" + INSTANCE_ID)
                        .setBody(simple("sent ${body.messageId}"));
                from("direct:qr")
                        .to("vzaps:getQr?instanceId=" + INSTANCE_ID)
                        .setBody(simple("${body.connected}"));
            }
        });

        assertEquals("sent 3EB0EXAMPLE", template.requestBody("direct:notify", (Object) null));
        assertEquals("false", template.requestBody("direct:qr", (Object) null, String.class));
    }
}
