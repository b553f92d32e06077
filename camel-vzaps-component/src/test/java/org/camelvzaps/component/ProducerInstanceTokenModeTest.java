package org.camelvzaps.component;

import org.apache.camel.CamelExecutionException;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without clientSecret, instance calls send X-Instance-Token + X-Client-Token and no Authorization, and JWT-only
 * operations fail before any HTTP call.
 */
class ProducerInstanceTokenModeTest extends VZapsTestSupport {

    private static final String INSTANCE = "/instances/" + INSTANCE_ID;
    private static final String OPTIONS = "?instanceId=" + INSTANCE_ID + "&instanceToken=RAW(" + INSTANCE_TOKEN + ")";

    @Override
    protected boolean useClientSecret() {
        return false;
    }

    @BeforeEach
    void reset() {
        api.resetAll();
    }

    @Test
    void instanceOperationsSendInstanceAndClientTokensOnly() {
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/status"))
                .willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr"))
                .willReturn(json(Fixtures.read("response-session-qr.QRCode.json"))));

        SessionStatus status = template.requestBody("vzaps:getStatus" + OPTIONS, null, SessionStatus.class);
        template.requestBody("vzaps:getQr" + OPTIONS, (Object) null);

        for (String path : new String[] { "/session/status", "/session/qr" }) {
            api.verify(getRequestedFor(urlEqualTo(INSTANCE + path))
                    .withHeader("X-Instance-Token", equalTo(INSTANCE_TOKEN))
                    .withHeader("X-Client-Token", equalTo(CLIENT_TOKEN))
                    .withHeader("Authorization", absent()));
        }
        api.verify(0, postRequestedFor(urlEqualTo("/token")));
        assertFalse(status.connected());
    }

    @Test
    void connectAndItsFallbackUseInstanceTokens() {
        api.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(INSTANCE + "/connect"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)));
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr"))
                .willReturn(json(Fixtures.read("response-session-qr.qr_code.json"))));

        Object qr = template.requestBody("vzaps:connect" + OPTIONS, (Object) null);

        api.verify(postRequestedFor(urlEqualTo(INSTANCE + "/connect"))
                .withHeader("X-Instance-Token", equalTo(INSTANCE_TOKEN))
                .withHeader("X-Client-Token", equalTo(CLIENT_TOKEN))
                .withHeader("Authorization", absent()));
        api.verify(getRequestedFor(urlEqualTo(INSTANCE + "/session/qr"))
                .withHeader("X-Instance-Token", equalTo(INSTANCE_TOKEN))
                .withHeader("X-Client-Token", equalTo(CLIENT_TOKEN))
                .withHeader("Authorization", absent()));
        assertInstanceOf(org.camelvzaps.model.session.QrCode.class, qr);
    }

    @Test
    void headersBeatTheEndpointOptions() {
        String otherId = "VZOTHERINSTANCE01";
        api.stubFor(get(urlEqualTo("/instances/" + otherId + "/session/status"))
                .willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));

        template.send("vzaps:getStatus" + OPTIONS, e -> {
            e.getMessage().setHeader(VZapsConstants.INSTANCE_ID, otherId);
            e.getMessage().setHeader(VZapsConstants.INSTANCE_TOKEN, "inst_other_token_9");
        });

        api.verify(getRequestedFor(urlEqualTo("/instances/" + otherId + "/session/status"))
                .withHeader("X-Instance-Token", equalTo("inst_other_token_9")));
        api.verify(0, getRequestedFor(urlEqualTo(INSTANCE + "/session/status")));
    }

    @Test
    void jwtOnlyOperationFailsBeforeAnyHttpCallNamingClientSecret() {
        for (String op : new String[] { "createInstance", "subscribe" }) {
            CamelExecutionException e = assertThrows(CamelExecutionException.class,
                    () -> template.requestBody("vzaps:" + op + OPTIONS, "My instance"));
            VZapsConfigurationException cause = assertInstanceOf(VZapsConfigurationException.class, e.getCause());
            assertTrue(cause.getMessage().contains("clientSecret"), cause.getMessage());
        }
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void instanceOperationWithoutInstanceTokenFailsBeforeAnyHttpCall() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("vzaps:getQr?instanceId=" + INSTANCE_ID, (Object) null));
        VZapsConfigurationException cause = assertInstanceOf(VZapsConfigurationException.class, e.getCause());
        assertTrue(cause.getMessage().contains("instance token"), cause.getMessage());
        assertTrue(cause.getMessage().contains("clientSecret"), cause.getMessage());
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void instanceOperationWithoutInstanceIdFailsBeforeAnyHttpCall() {
        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("vzaps:getStatus?instanceToken=RAW(" + INSTANCE_TOKEN + ")", (Object) null));
        VZapsConfigurationException cause = assertInstanceOf(VZapsConfigurationException.class, e.getCause());
        assertEquals("vzaps:getStatus needs instanceId: set the CamelVZapsInstanceId header or the instanceId option",
                cause.getMessage());
        api.verify(0, anyRequestedFor(anyUrl()));
    }
}
