package org.camelvzaps.component;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.camelvzaps.client.VZapsApiException;
import org.camelvzaps.model.session.QrAlreadyConnected;
import org.camelvzaps.model.session.QrCode;
import org.camelvzaps.model.session.QrResult;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectAndQrTest extends VZapsTestSupport {

    private static final String INSTANCE = "/instances/" + INSTANCE_ID;
    /** A real 1x1 PNG, so "valid PNG bytes" is checked by decoding, not by trusting. */
    private static final String PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/Pm8qYQAAAABJRU5ErkJggg==";

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
    }

    @Test
    void connectPostsAndReturnsTheAnswer() {
        api.stubFor(post(urlEqualTo(INSTANCE + "/connect"))
                .willReturn(json("{\"instance_id\":\"" + INSTANCE_ID + "\",\"status\":\"connecting\",\"details\":\"\"}")));

        Exchange result = template.request("vzaps:connect?instanceId=" + INSTANCE_ID, e -> { });

        api.verify(postRequestedFor(urlEqualTo(INSTANCE + "/connect")).withRequestBody(absent()));
        api.verify(0, getRequestedFor(urlEqualTo(INSTANCE + "/session/qr")));
        assertEquals("connecting", result.getMessage().getBody(JsonNode.class).get("status").asText());
        assertEquals("connect", result.getMessage().getHeader(VZapsConstants.ANSWERED_BY));
    }

    @ParameterizedTest
    @ValueSource(ints = { 404, 405 })
    void connectFallsBackToGetQrWhenThePlatformHasNoConnectRoute(int status) {
        api.stubFor(post(urlEqualTo(INSTANCE + "/connect")).willReturn(aResponse().withStatus(status)));
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr")).willReturn(json(Fixtures.read("response-session-qr.QRCode.json"))));

        Exchange result = template.request("vzaps:connect?instanceId=" + INSTANCE_ID, e -> { });

        api.verify(1, postRequestedFor(urlEqualTo(INSTANCE + "/connect")));
        api.verify(1, getRequestedFor(urlEqualTo(INSTANCE + "/session/qr")));
        assertInstanceOf(QrCode.class, result.getMessage().getBody());
        assertEquals("getQr", result.getMessage().getHeader(VZapsConstants.ANSWERED_BY));
    }

    @Test
    void connectDoesNotHideOtherErrors() {
        api.stubFor(post(urlEqualTo(INSTANCE + "/connect")).willReturn(aResponse().withStatus(500)));

        CamelExecutionException e = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("vzaps:connect?instanceId=" + INSTANCE_ID, (Object) null));

        assertEquals(500, assertInstanceOf(VZapsApiException.class, e.getCause()).getStatusCode());
        api.verify(0, getRequestedFor(urlEqualTo(INSTANCE + "/session/qr")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "QRCode", "qr_code" })
    void bothQrSpellingsBecomeValidPngBytes(String key) throws Exception {
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr")).willReturn(json(
                "{\"code\":200,\"success\":true,\"data\":{\"" + key + "\":\"data:image/png;base64," + PNG_BASE64 + "\"}}")));

        QrResult qr = template.requestBody("vzaps:getQr?instanceId=" + INSTANCE_ID, (Object) null, QrResult.class);
        byte[] png = context.getTypeConverter().mandatoryConvertTo(byte[].class, qr);

        assertInstanceOf(QrCode.class, qr);
        assertArrayEquals(Base64.getDecoder().decode(PNG_BASE64), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "PNG bytes must decode as an image");
        assertEquals(1, image.getWidth());
    }

    @Test
    void theShippedFixturesReadAsQrCodes() {
        for (String fixture : new String[] { "response-session-qr.QRCode.json", "response-session-qr.qr_code.json" }) {
            api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr")).willReturn(json(Fixtures.read(fixture))));
            QrResult qr = template.requestBody("vzaps:getQr?instanceId=" + INSTANCE_ID, (Object) null, QrResult.class);
            assertTrue(((QrCode) qr).dataUrl().startsWith("data:image/png;base64,"), fixture);
        }
    }

    @Test
    void alreadyConnectedIsItsOwnStateNotAnError() {
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr"))
                .willReturn(json(Fixtures.read("response-session-qr.already-connected.shape.json"))));

        QrResult qr = template.requestBody("vzaps:getQr?instanceId=" + INSTANCE_ID, (Object) null, QrResult.class);

        QrAlreadyConnected connected = assertInstanceOf(QrAlreadyConnected.class, qr);
        assertTrue(connected.isConnected());
        assertEquals("connected", connected.status());
        assertEquals("5511999999999", connected.phone());
    }

    @Test
    void aRouteWritesTheQrAsAPngFile(@TempDir Path dir) throws Exception {
        api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr")).willReturn(json(
                "{\"code\":200,\"success\":true,\"data\":{\"QRCode\":\"data:image/png;base64," + PNG_BASE64 + "\"}}")));
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:qr").to("vzaps:getQr?instanceId=" + INSTANCE_ID)
                        .to("file:" + dir.toAbsolutePath() + "?fileName=qr.png");
            }
        });

        template.sendBody("direct:qr", null);

        byte[] written = Files.readAllBytes(dir.resolve("qr.png"));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(written)));
    }
}
