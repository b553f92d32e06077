package org.camelvzaps.consumer.realtime;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One WebSocket connection to the realtime service: collects text frames, hands each whole frame to its handler, and
 * serialises what it sends (acks, pings, close), since the JDK WebSocket allows one outstanding send. Frames are
 * requested one at a time, and only when the handler has finished the previous one, so events stay in order.
 * Whatever the JDK WebSocket throws while asked for a frame or to send (it can throw {@code InternalError} on a
 * connection cut at the wrong moment) is reported as a lost connection, never thrown to the caller.
 */
final class RealtimeSession implements WebSocket.Listener {

    /** What the owner does with a session's traffic. */
    interface Handler {
        void opened(RealtimeSession session);

        void frame(RealtimeSession session, String text);

        /** A frame was refused (too large): it will come again after a reconnect. */
        void refused(RealtimeSession session, String reason);

        /** The server closed the connection with a close frame. */
        void closed(RealtimeSession session, int code, String reason);

        void lost(RealtimeSession session, String reason);
    }

    private final Handler handler;
    private final long maxFrameBytes;
    private final String jwt;
    private final StringBuilder text = new StringBuilder();
    /** The UTF-8 length of {@code text}, counted as its parts arrive. */
    private long textBytes;
    private volatile WebSocket socket;
    private volatile long lastActivity = System.nanoTime();
    private volatile long openedAt;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    RealtimeSession(Handler handler, long maxFrameBytes, String jwt) {
        this.handler = handler;
        this.maxFrameBytes = maxFrameBytes;
        this.jwt = jwt;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        openedAt = System.nanoTime();
        touch();
        handler.opened(this);
        next();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        touch();
        long bytes = textBytes + utf8Length(data);
        if (bytes > maxFrameBytes) {
            text.setLength(0);
            text.trimToSize();
            textBytes = 0;
            handler.refused(this, "a frame larger than maxBodySize (" + maxFrameBytes + ") was refused");
            return null;
        }
        text.append(data);
        textBytes = bytes;
        if (!last) {
            next();
            return null;
        }
        String frame = text.toString();
        text.setLength(0);
        textBytes = 0;
        if (text.capacity() > 4096) {
            text.trimToSize(); // an idle socket keeps no large buffer
        }
        handler.frame(this, frame);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        touch();
        next();
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        touch();
        next();
        return null; // the JDK answers the ping with a pong itself
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        touch();
        next();
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        handler.closed(this, statusCode, reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        handler.lost(this, describe(error));
    }

    /** Asks for the next frame. */
    void next() {
        WebSocket ws = socket;
        if (ws != null) {
            try {
                ws.request(1);
            } catch (Throwable e) {
                handler.lost(this, "the connection failed when asked for the next frame: " + describe(e));
            }
        }
    }

    synchronized CompletableFuture<?> send(String message) {
        WebSocket ws = socket;
        if (ws == null || ws.isOutputClosed()) {
            return CompletableFuture.completedFuture(null);
        }
        sending = sending.handle((ignored, error) -> null).thenCompose(ignored -> ws.sendText(message, true));
        return sending;
    }

    synchronized void ping() {
        WebSocket ws = socket;
        if (ws != null && !ws.isOutputClosed()) {
            sending = sending.handle((ignored, error) -> null).thenCompose(ignored -> ws.sendPing(ByteBuffer.allocate(0)));
        }
    }

    synchronized CompletableFuture<?> close(int code, String reason) {
        WebSocket ws = socket;
        if (ws == null || ws.isOutputClosed()) {
            return CompletableFuture.completedFuture(null);
        }
        sending = sending.handle((ignored, error) -> null).thenCompose(ignored -> ws.sendClose(code, reason));
        return sending;
    }

    /**
     * Drops the connection. The JDK WebSocket calls neither {@code onClose} nor {@code onError} after it, so the
     * caller decides what comes next (a reconnect, or nothing when stopping).
     */
    void abort() {
        WebSocket ws = socket;
        if (ws != null) {
            try {
                ws.abort();
            } catch (Throwable e) {
                // the connection is gone either way
            }
        }
    }

    /** The JWT this connection was opened with (null without clientSecret); never logged. */
    String jwt() {
        return jwt;
    }

    boolean isOpen() {
        WebSocket ws = socket;
        return ws != null && !ws.isInputClosed() && !ws.isOutputClosed();
    }

    /** True once the handshake succeeded. */
    boolean wasOpened() {
        return openedAt != 0;
    }

    /** Milliseconds since the handshake succeeded; 0 before. */
    long millisOpen() {
        long at = openedAt;
        return at == 0 ? 0 : (System.nanoTime() - at) / 1_000_000;
    }

    long millisSinceLastActivity() {
        return (System.nanoTime() - lastActivity) / 1_000_000;
    }

    /** Counts as activity: a frame, a pong, or the end of an event's processing (a slow route is not silence). */
    void touch() {
        lastActivity = System.nanoTime();
    }

    /**
     * The bytes {@code chars} takes in UTF-8, without encoding it. Each half of a surrogate pair counts 2 (the pair 4),
     * so a pair split between two parts of a frame is counted right too.
     */
    static long utf8Length(CharSequence chars) {
        long bytes = 0;
        for (int i = 0, n = chars.length(); i < n; i++) {
            char c = chars.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    static String describe(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }
}
