package org.camelvzaps.consumer.realtime;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One WebSocket connection to the realtime service: collects text frames, hands each whole frame to the consumer,
 * and serialises what it sends (acks, pings, close), since the JDK WebSocket allows one outstanding send. Frames are
 * requested one at a time, and only when the consumer has finished the previous one, so events stay in order.
 */
final class RealtimeSession implements WebSocket.Listener {

    /** What the consumer does with a session's traffic. */
    interface Handler {
        void opened(RealtimeSession session);

        void frame(RealtimeSession session, String text);

        /** A frame was refused (too large): it will come again after a reconnect. */
        void refused(RealtimeSession session, String reason);

        void lost(RealtimeSession session, String reason);
    }

    private final Handler handler;
    private final long maxFrameChars;
    private final StringBuilder text = new StringBuilder();
    private volatile WebSocket socket;
    private volatile long lastActivity = System.nanoTime();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    RealtimeSession(Handler handler, long maxFrameChars) {
        this.handler = handler;
        this.maxFrameChars = maxFrameChars;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        touch();
        handler.opened(this);
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        touch();
        if (text.length() + data.length() > maxFrameChars) {
            text.setLength(0);
            handler.refused(this, "a frame larger than maxBodySize (" + maxFrameChars + ") was refused");
            return null;
        }
        text.append(data);
        if (!last) {
            webSocket.request(1);
            return null;
        }
        String frame = text.toString();
        text.setLength(0);
        handler.frame(this, frame);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        touch();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        touch();
        webSocket.request(1);
        return null; // the JDK answers the ping with a pong itself
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        touch();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        handler.lost(this, "closed by the server (" + statusCode + (reason == null || reason.isEmpty() ? "" : " " + reason)
                + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        handler.lost(this, error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage()));
    }

    /** Asks for the next frame. */
    void next() {
        WebSocket ws = socket;
        if (ws != null) {
            ws.request(1);
        }
    }

    synchronized CompletableFuture<?> send(String message) {
        WebSocket ws = socket;
        if (ws == null) {
            return CompletableFuture.completedFuture(null);
        }
        sending = sending.handle((ignored, error) -> null).thenCompose(ignored -> ws.sendText(message, true));
        return sending;
    }

    synchronized void ping() {
        WebSocket ws = socket;
        if (ws != null) {
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

    void abort() {
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
    }

    boolean isOpen() {
        WebSocket ws = socket;
        return ws != null && !ws.isInputClosed() && !ws.isOutputClosed();
    }

    long millisSinceLastActivity() {
        return (System.nanoTime() - lastActivity) / 1_000_000;
    }

    /** Counts as activity: a frame, a pong, or the end of an event's processing (a slow route is not silence). */
    void touch() {
        lastActivity = System.nanoTime();
    }
}
