package org.camelvzaps.component;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Media sends from binary bodies: files, paths, bytes and streams become base64 data URLs with the right MIME type,
 * file name and caption; oversized or untyped media is refused before anything is encoded or sent.
 */
class MediaSendTest extends VZapsTestSupport {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path outbox;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + outbox.resolve("documents") + "?initialDelay=0&delay=50")
                        .setHeader(VZapsConstants.PHONE, constant("5511999999999"))
                        .to("vzaps:sendDocument?instanceId=" + INSTANCE_ID);
            }
        };
    }

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
        api.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(json("{\"code\":200,\"success\":true,\"data\":{\"message_id\":\"3EB0AAAA\"}}")));
    }

    @Test
    void aFileDroppedInAFolderIsSentAsADocumentWithItsNameAndType() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
        Files.createDirectories(outbox.resolve("documents"));
        Files.write(outbox.resolve("documents").resolve("invoice-4821.pdf"), PDF);

        assertTrue(done.matches(10, TimeUnit.SECONDS), "the file route did not complete");
        JsonNode sent = sentBody();
        assertEquals("5511999999999", sent.get("phone").asText());
        assertEquals("data:application/pdf;base64," + Base64.getEncoder().encodeToString(PDF), sent.get("document").asText());
        assertEquals("invoice-4821.pdf", sent.get("file_name").asText());
    }

    @Test
    void bytesGetTheirTypeFromTheirContentAndTheCaptionFromItsHeader() {
        Exchange result = send("sendImage", JPEG, Map.of(VZapsConstants.CAPTION, "New arrivals"));

        JsonNode sent = sentBody();
        assertEquals("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(JPEG), sent.get("image").asText());
        assertEquals("New arrivals", sent.get("caption").asText());
        assertEquals("3EB0AAAA", result.getMessage().getHeader(VZapsConstants.MESSAGE_ID));
    }

    @Test
    void aPathGetsItsTypeFromItsNameAndAStreamFromTheMimeTypeHeader(@TempDir Path dir) throws Exception {
        Path voice = dir.resolve("note.ogg");
        Files.write(voice, new byte[] {1, 2, 3, 4});
        send("sendAudio", voice, Map.of());
        send("sendVideo", new ByteArrayInputStream(new byte[] {9, 9, 9}), Map.of(VZapsConstants.MIME_TYPE, "video/mp4"));

        List<JsonNode> sent = sentBodies();
        assertEquals("data:audio/ogg;base64,AQIDBA==", sent.get(0).get("audio").asText());
        assertEquals("data:video/mp4;base64,CQkJ", sent.get(1).get("video").asText());
    }

    @Test
    void aUrlTextIsSentAsTheMediaField() {
        send("sendImage", "https://cdn.example.com/p.jpg", Map.of(VZapsConstants.CAPTION, "Look"));

        assertEquals(Json.mapper().createObjectNode().put("image", "https://cdn.example.com/p.jpg")
                .put("caption", "Look").put("phone", "5511999999999"), sentBody());
    }

    @Test
    void aTypedBodyKeepsItsOwnCaptionAndFileName() {
        send("sendDocument", "{\"document\":\"https://x/y.pdf\",\"file_name\":\"given.pdf\",\"caption\":\"mine\"}",
                Map.of(VZapsConstants.CAPTION, "header", Exchange.FILE_NAME, "dir/other.pdf"));

        JsonNode sent = sentBody();
        assertEquals("given.pdf", sent.get("file_name").asText());
        assertEquals("mine", sent.get("caption").asText());
    }

    @Test
    void mediaOfUnknownTypeIsRefusedBeforeAnyCall() {
        Exception e = failure("sendImage", "just some text bytes".getBytes(StandardCharsets.UTF_8), Map.of());

        assertEquals("vzaps:sendImage cannot tell the MIME type of the image: set the CamelVZapsMimeType header (e.g. "
                     + "image/jpeg, application/pdf), or send a file whose name has a known extension", e.getMessage());
        assertEquals(0, sentBodies().size());
    }

    @Test
    void mediaAboveWhatsAppsLimitIsRefusedBeforeEncoding() {
        Exception e = failure("sendImage", new byte[16 * 1024 * 1024 + 1], Map.of());

        assertTrue(e.getMessage().startsWith("vzaps:sendImage: the image is larger than the 16 MB WhatsApp accepts for it"),
                e.getMessage());
        assertTrue(e.getMessage().contains("sendDocument (up to 100 MB)"), e.getMessage());
        assertEquals(0, sentBodies().size());
    }

    @Test
    void documentsAboveOneHundredMegabytesAreRefusedWithoutReadingThem(@TempDir Path dir) throws Exception {
        File big = dir.resolve("big.pdf").toFile();
        try (RandomAccessFile sparse = new RandomAccessFile(big, "rw")) {
            sparse.setLength(100L * 1024 * 1024 + 1);
        }
        Exception e = failure("sendDocument", big, Map.of());

        assertTrue(e.getMessage().startsWith("vzaps:sendDocument: the document is larger than the 100 MB"), e.getMessage());
        assertEquals(0, sentBodies().size());
    }

    @Test
    void aLargeFileIsSentWithItsLengthDeclaredAndArrivesByteForByte(@TempDir Path dir) throws Exception {
        // 3 MB + 1 byte: several encoder buffers and a padded last group
        byte[] content = new byte[3 * 1024 * 1024 + 1];
        new java.util.Random(7).nextBytes(content);
        Path report = Files.write(dir.resolve("report.pdf"), content);

        send("sendDocument", report, Map.of(VZapsConstants.CAPTION, "Q3"));

        var request = api.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getUrl().contains("/chat/send/")).findFirst().orElseThrow();
        assertEquals(String.valueOf(request.getBody().length), request.getHeader("Content-Length"));
        assertTrue(!request.containsHeader("Transfer-Encoding"), "not chunked");
        JsonNode sent = Json.mapper().readTree(request.getBody());
        String dataUrl = sent.get("document").asText();
        assertTrue(dataUrl.startsWith("data:application/pdf;base64,"), dataUrl.substring(0, 40));
        assertArrayEquals(content, Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1)));
        assertEquals("report.pdf", sent.get("file_name").asText());
        assertEquals("Q3", sent.get("caption").asText());
        assertEquals("5511999999999", sent.get("phone").asText());
    }

    @Test
    void aStreamedMediaBodyIsSentWholeAgainWhenTheCallIsRetried(@TempDir Path dir) throws Exception {
        api.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/instances/.*/chat/send/image"))
                .inScenario("busy").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(429)
                        .withHeader("Retry-After", "0").withBody("{\"success\":false,\"error\":\"slow down\"}"))
                .willSetStateTo("free"));
        Path photo = Files.write(dir.resolve("photo.jpg"), JPEG);

        Exchange result = template.send("vzaps:sendImage?instanceId=" + INSTANCE_ID + "&phone=5511999999999&maxRetries=1",
                exchange -> exchange.getMessage().setBody(photo));

        assertEquals(null, result.getException());
        List<JsonNode> sent = sentBodies();
        assertEquals(2, sent.size(), "the 429 and the retry");
        assertEquals(sent.get(0), sent.get(1));
        assertEquals("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(JPEG), sent.get(1).get("image").asText());
    }

    @Test
    void aMimeTypeHeaderThatIsNotATypeIsRefusedBeforeAnyCall() {
        Exception e = failure("sendImage", JPEG, Map.of(VZapsConstants.MIME_TYPE, "image/jpeg\",\"x\":\"y"));

        assertEquals("vzaps:sendImage: 'image/jpeg\",\"x\":\"y' is not a MIME type (type/subtype, e.g. image/jpeg): fix "
                     + "the CamelVZapsMimeType or Content-Type header", e.getMessage());
        assertEquals(0, sentBodies().size());
    }

    @ParameterizedTest(name = "{0} bytes are {1}")
    @CsvSource({
            "FFD8FFE0, image/jpeg",
            "89504E470D0A1A0A, image/png",
            "474946383961, image/gif",
            "524946460000000057454250, image/webp",
            "000000186674797069736F6D, video/mp4",
            "000000146674797033677034, video/3gpp",
            "4F67675300, audio/ogg",
            "4944330300, audio/mpeg",
            "FFFB9000, audio/mpeg",
            "FFF15080, audio/aac",
            "255044462D312E34, application/pdf",
            "504B0304140000000800776F72642F646F63756D656E742E786D6C, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "504B03041400000008, application/zip"
    })
    void magicBytesTellTheCommonWhatsAppTypes(String hex, String mime) {
        assertEquals(mime, MediaTypes.fromContent(java.util.HexFormat.of().parseHex(hex)));
    }

    private Exchange send(String operation, Object body, Map<String, Object> headers) {
        Exchange result = exchange(operation, body, headers);
        if (result.getException() != null) {
            throw new AssertionError(result.getException());
        }
        return result;
    }

    private Exception failure(String operation, Object body, Map<String, Object> headers) {
        return assertInstanceOf(VZapsConfigurationException.class, exchange(operation, body, headers).getException());
    }

    private Exchange exchange(String operation, Object body, Map<String, Object> headers) {
        return template.send("vzaps:" + operation + "?instanceId=" + INSTANCE_ID + "&phone=5511999999999", exchange -> {
            exchange.getMessage().setHeaders(new HashMap<>(headers));
            exchange.getMessage().setBody(body);
        });
    }

    private static JsonNode sentBody() {
        List<JsonNode> bodies = sentBodies();
        assertEquals(1, bodies.size());
        return bodies.get(0);
    }

    private static List<JsonNode> sentBodies() {
        List<JsonNode> bodies = new java.util.ArrayList<>();
        api.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().contains("/chat/send/")).forEach(e -> {
            try {
                bodies.add(0, Json.mapper().readTree(e.getRequest().getBodyAsString()));
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        });
        return bodies;
    }
}
