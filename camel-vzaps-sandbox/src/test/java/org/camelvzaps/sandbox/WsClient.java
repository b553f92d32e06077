package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A realtime client for the tests: the JDK {@link WebSocket} on loopback, recording every text frame, pong, and how
 * the socket ended (close code, or the I/O error).
 */
final class WsClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Everything the listener saw, in order: "text:<frame>", "pong", "close:<code>", "error:<class>". */
    final List<String> seen = new CopyOnWriteArrayList<>();
    final List<String> frames = new CopyOnWriteArrayList<>();
    final AtomicInteger pongs = new AtomicInteger();
    private volatile Integer closeCode;
    private volatile Throwable error;
    private final WebSocket socket;

    private WsClient(URI uri, String... headers) {
        WebSocket.Builder b = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            socket = b.buildAsync(uri, new Listener()).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Connects to {@code <realtimeUrl>/events/ws?<query>} with the headers (name, value, ...). */
    static WsClient connect(VZapsSandbox sandbox, String query, String... headers) {
        return new WsClient(URI.create(sandbox.realtimeUrl() + "/events/ws?" + query), headers);
    }

    /** The HTTP status the handshake was refused with (fails when it was accepted). */
    static int refusal(VZapsSandbox sandbox, String query, String... headers) {
        WsClient accepted;
        try {
            accepted = connect(sandbox, query, headers);
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        accepted.close();
        throw new AssertionError("handshake accepted: " + query);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public java.util.concurrent.CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String frame = text.toString();
                text.setLength(0);
                frames.add(frame);
                seen.add("text:" + frame);
            }
            ws.request(1);
            return null;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            pongs.incrementAndGet();
            seen.add("pong");
            ws.request(1);
            return null;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closeCode = statusCode;
            seen.add("close:" + statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable e) {
            error = e;
            seen.add("error:" + e.getClass().getSimpleName());
        }
    }

    List<JsonNode> events() {
        return frames.stream().map(WsClient::parse).toList();
    }

    List<String> ids() {
        return events().stream().map(e -> e.path("id").asText()).toList();
    }

    List<String> types() {
        return events().stream().map(e -> e.path("type").asText()).toList();
    }

    /** The ack the component sends: both spellings. */
    void ack(String eventId) {
        send("{\"type\":\"ack\",\"id\":\"" + eventId + "\",\"event_id\":\"" + eventId + "\"}");
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    void ping() {
        socket.sendPing(ByteBuffer.allocate(0)).join();
    }

    void closeWith(int code) {
        socket.sendClose(code, "bye").join();
    }

    /** Whether the server ended the socket (close frame or cut connection). */
    boolean ended() {
        return closeCode != null || error != null;
    }

    Integer closeCode() {
        return closeCode;
    }

    Throwable error() {
        return error;
    }

    @Override
    public void close() {
        socket.abort();
    }

    static JsonNode parse(String text) {
        try {
            return Api.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
