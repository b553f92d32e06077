package org.camelvzaps.consumer.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.test.VZapsTestSupport;

/**
 * A vzaps test with a real HTTP server (platform-http on Vert.x, as Camel Main would run it) so webhook callbacks
 * travel over HTTP exactly as VZaps would send them.
 */
abstract class WebhookTestSupport extends VZapsTestSupport {

    /** Holds characters that must be URL-encoded, so encoding mistakes show. */
    static final String SECRET = "whs_7Kq2+Zp/9x=Q&r";
    static final String ENCODED_SECRET = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
    /** The secret as it goes into an endpoint URI. */
    static final String SECRET_OPTION = "RAW(" + SECRET + ")";
    static final String JSON = "application/json";

    protected int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        port = AvailablePortFinder.getNextAvailable();
        MainHttpServer server = new MainHttpServer();
        server.setPort(port);
        context.addService(server);
        return context;
    }

    /** Request line and headers of a JSON POST sent without a length, chunk by chunk. */
    static byte[] chunkedPostHead(String pathAndQuery) {
        return ("POST " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** One chunk of a chunked body: its size in hex, the bytes, CRLF. */
    static void writeChunk(java.io.OutputStream out, byte[] data) throws java.io.IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static String withSecret(String path) {
        return path + "?secret=" + ENCODED_SECRET;
    }

    HttpResponse<String> post(String pathAndQuery, String body) throws IOException, InterruptedException {
        return send("POST", pathAndQuery, JSON, body, Map.of());
    }

    HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body,
                              Map<String, String> headers) throws IOException, InterruptedException {
        return http.send(request(method, pathAndQuery, contentType, body, headers), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> postAsync(String pathAndQuery, String body) {
        return http.sendAsync(request("POST", pathAndQuery, JSON, body, Map.of()), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String pathAndQuery, String contentType, String body,
                                Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return builder.build();
    }
}
