package org.camelvzaps.consumer.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the default engine a caller with a wrong secret, or a declared length above maxBodySize, is answered before it
 * has sent its body: the server never waits for (or buffers) those bytes.
 */
class WebhookEarlyRefusalTest extends WebhookTestSupport {

    private final List<String> routed = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/guarded&maxBodySize=4096&webhookSecret=" + SECRET_OPTION)
                        .process(e -> routed.add("event"));
            }
        };
    }

    @Test
    void aWrongSecretIsAnswered401BeforeTheBodyIsSent() throws Exception {
        String answer = sendHeadersOnly("/guarded?secret=wrong", "Content-Length: 52428800");

        assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
        assertTrue(routed.isEmpty());
    }

    @Test
    void aDeclaredLengthAboveMaxBodySizeIsAnswered413BeforeTheBodyIsSent() throws Exception {
        String answer = sendHeadersOnly(withSecret("/guarded"), "Content-Length: 52428800");

        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(routed.isEmpty());
    }

    @Test
    void aChunkedBodyIsCutOffAtMaxBodySizeWhileItIsStillBeingSent() throws Exception {
        // 64 KB in chunks against maxBodySize=4096, and the body never ends: the answer can only come from a server
        // that counts while reading, not from one that waits for the whole body before checking its size
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(chunkedPostHead(withSecret("/guarded")));
            byte[] chunk = new byte[1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                writeChunk(out, chunk);
            }
            out.flush();

            String answer = statusLine(socket.getInputStream());

            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        }
        assertTrue(routed.isEmpty());
    }

    @Test
    void aGoodChunkedCallStillGetsThrough() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            byte[] event = "{\"type\":\"Message\",\"event\":{}}".getBytes(StandardCharsets.US_ASCII);
            OutputStream out = socket.getOutputStream();
            out.write(chunkedPostHead(withSecret("/guarded")));
            writeChunk(out, event);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertTrue(statusLine(socket.getInputStream()).startsWith("HTTP/1.1 200"));
        }
        assertEquals(List.of("event"), routed);
    }

    @Test
    void aGoodCallStillGetsThrough() throws Exception {
        assertEquals(200, post(withSecret("/guarded"), "{\"type\":\"Message\",\"event\":{}}").statusCode());
        assertEquals(List.of("event"), routed);
    }

    /** Sends the request line and headers, no body, and reads the status line the server answers with. */
    private String sendHeadersOnly(String pathAndQuery, String lengthHeader) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\n" + lengthHeader + "\r\n\r\n{\"type\":").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return statusLine(socket.getInputStream());
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }
}
