package org.camelvzaps.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.model.message.MediaDownload;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Downloads take the received Message event as body and give the decoded media: {@code .to("vzaps:downloadImage")
 * .to("file:inbox")} writes the picture, with its MIME type in Content-Type.
 */
class DownloadTest extends VZapsTestSupport {

    private static final byte[] PICTURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    @TempDir
    static Path inbox;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:incoming")
                        .to("vzaps:downloadImage?instanceId=" + INSTANCE_ID)
                        .to("file:" + inbox + "?fileName=picture.jpg");
            }
        };
    }

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
        api.stubFor(post(urlEqualTo("/instances/" + INSTANCE_ID + "/chat/downloadimage")).willReturn(json(
                "{\"code\":200,\"success\":true,\"data\":{\"mimetype\":\"image/jpeg\",\"data\":\"data:image/jpeg;base64,"
                + Base64.getEncoder().encodeToString(PICTURE) + "\"}}")));
    }

    @Test
    void aReceivedImageMessageIsDownloadedIntoAFile() throws Exception {
        VZapsEvent event = VZapsEvent.parse(Json.mapper().readTree(Fixtures.read("webhook-Message-image.inferred.json")));

        Exchange result = template.send("direct:incoming", exchange -> exchange.getMessage().setBody(event));

        assertArrayEquals(PICTURE, Files.readAllBytes(inbox.resolve("picture.jpg")));
        assertEquals("image/jpeg", result.getMessage().getHeader(Exchange.CONTENT_TYPE));
        assertInstanceOf(MediaDownload.class, result.getMessage().getBody());
        JsonNode sent = Json.mapper().readTree(api.getAllServeEvents().get(0).getRequest().getBodyAsString());
        assertEquals(event.mediaNode("image"), sent, "the image_message node of the event is what is sent");
        assertEquals("BASE64KEY=", sent.get("media_key").asText());
    }

    @Test
    void anEventWithAnotherKindOfMediaIsRefusedBeforeAnyCall() throws Exception {
        VZapsEvent event = VZapsEvent.parse(Json.mapper().readTree(Fixtures.read("webhook-Message-image.inferred.json")));
        api.stubFor(any(anyUrl()).atPriority(10).willReturn(json("{}")));

        Exchange result = template.send("vzaps:downloadVideo?instanceId=" + INSTANCE_ID,
                exchange -> exchange.getMessage().setBody(event));

        VZapsConfigurationException e = assertInstanceOf(VZapsConfigurationException.class, result.getException());
        assertEquals("vzaps:downloadVideo got a Message event without video media in it (it carries image media: "
                     + "use the matching download operation)", e.getMessage());
        assertTrue(api.getAllServeEvents().stream().noneMatch(s -> s.getRequest().getUrl().contains("/chat/")));
    }
}
