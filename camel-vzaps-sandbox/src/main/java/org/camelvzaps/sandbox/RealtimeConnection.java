package org.camelvzaps.sandbox;

import io.netty.channel.Channel;
import io.vertx.core.Context;
import io.vertx.core.http.ServerWebSocket;

import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One open realtime socket: its event filter, and the silent switch. Frames are written on the socket's event loop
 * in the order they were offered (every write is queued there, whatever thread offers it), so the order the
 * {@link EventLog} decides is the order on the wire.
 */
final class RealtimeConnection {

    /** Bytes waiting to be written before a client is deemed not to read at all and is cut off. */
    static final int WRITE_QUEUE_MAX = 32 * 1024 * 1024;

    private final ServerWebSocket ws;
    private final Channel channel;
    private final Context context;
    /** Event types sent; null: every type. */
    private final Set<String> types;
    private final int heldLimit;
    private final ArrayDeque<String> held = new ArrayDeque<>();
    private boolean silent;
    private volatile boolean closedByServer;

    RealtimeConnection(ServerWebSocket ws, Channel channel, Context context, Set<String> types, int heldLimit) {
        this.ws = ws;
        this.channel = channel;
        this.context = context;
        this.types = types;
        this.heldLimit = heldLimit;
        ws.setWriteQueueMaxSize(WRITE_QUEUE_MAX);
    }

    /** Sends the event when the filter takes its type (holds it back while silent). */
    synchronized void offer(EventLog.Entry entry) {
        if (types != null && !types.contains(entry.type)) {
            return;
        }
        if (silent) {
            held.add(entry.frame);
            if (held.size() > heldLimit) {
                held.clear();
                abort(); // a real server gives up on a peer that long gone; the client resumes with last_event_id
            }
            return;
        }
        write(entry.frame);
    }

    private void write(String frame) {
        context.runOnContext(v -> {
            if (ws.isClosed()) {
                return;
            }
            if (ws.writeQueueFull()) {
                abort(); // the client does not read: cut it off rather than buffer without end
                return;
            }
            ws.writeTextMessage(frame);
        });
    }

    /**
     * Silent on: stop reading the socket (pings are not answered, acks not seen) and hold frames back. Off: send what
     * was held, in order, and read again.
     */
    synchronized void silence(boolean on) {
        if (on == silent) {
            return;
        }
        silent = on;
        if (on) {
            channel.config().setAutoRead(false);
        } else {
            while (!held.isEmpty()) {
                write(held.poll());
            }
            channel.config().setAutoRead(true);
        }
    }

    /**
     * Waits until what was asked of the socket's event loop so far has run: after silence(true) and settle(), the
     * socket reads nothing more (setting autoRead from another thread only takes effect on the event loop).
     */
    void settle() {
        if (channel.eventLoop().inEventLoop()) {
            return;
        }
        try {
            channel.eventLoop().submit(() -> { }).await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Cuts the TCP connection without a WebSocket close handshake (the client sees 1006 / an I/O error). */
    void abort() {
        closedByServer = true;
        // from the head of the pipeline: Vert.x's handler would otherwise send a close frame first
        channel.pipeline().firstContext().close();
    }

    /** Closes with a close frame carrying the code (e.g. 1011 internal error, 1001 going away). */
    void close(int code, String reason) {
        closedByServer = true;
        context.runOnContext(v -> {
            if (!ws.isClosed()) {
                ws.close((short) code, reason);
            }
        });
    }

    /** Whether the server closed or cut this socket (its close code is then not a client's). */
    boolean closedByServer() {
        return closedByServer;
    }
}
