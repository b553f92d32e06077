package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The realtime side of the sandbox: one {@link EventLog} per instance (kept across stop/start, like the rest of the
 * state), the event id counter, the record of handshakes, and the WebSocket server ({@link RealtimeServer}) that runs
 * between start() and stop().
 */
final class Realtime {

    static final String PATH = "/events/ws";
    /** Handshakes kept (all instances together). */
    private static final int HANDSHAKES_KEPT = 1000;

    private final Settings settings;
    private final Authenticator authenticator;
    /** Last event number given out; shared by all instances, so ids are unique in the sandbox. */
    private final AtomicLong lastSeq = new AtomicLong();
    private final Map<String, EventLog> logs = new ConcurrentHashMap<>();
    private final ArrayDeque<RealtimeHandshake> handshakes = new ArrayDeque<>();
    private RealtimeServer server;

    Realtime(Settings settings, Authenticator authenticator) {
        this.settings = settings;
        this.authenticator = authenticator;
    }

    // ---- lifecycle

    /** Starts the WebSocket server (idempotent). */
    synchronized void start() {
        if (server == null) {
            server = RealtimeServer.start(this, settings.bindAddress, settings.realtimePort);
        }
    }

    /** Closes the sockets (1001) and the server (idempotent). Logs, acks and switches are kept. */
    synchronized void stop() {
        if (server != null) {
            for (EventLog log : logs.values()) {
                log.connections().forEach(c -> c.close(1001, "sandbox stopped"));
            }
            server.close();
            server = null;
            logs.values().forEach(EventLog::detachAll);
        }
    }

    synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("sandbox not started");
        }
        return server.port();
    }

    // ---- state

    /** Appends an emitted event to the instance's log (which sends it to the instance's open sockets). */
    void append(String instanceId, ObjectNode payload, Instant at) {
        log(instanceId).append(lastSeq::incrementAndGet, payload, at);
    }

    EventLog log(String instanceId) {
        return logs.computeIfAbsent(instanceId, id -> new EventLog(id, settings.realtimeRetention));
    }

    /** The log of an instance that already has one, else null (unknown ids do not create logs). */
    EventLog existingLog(String instanceId) {
        return instanceId == null ? null : logs.get(instanceId);
    }

    int retention() {
        return settings.realtimeRetention;
    }

    Authenticator authenticator() {
        return authenticator;
    }

    void recorded(RealtimeHandshake handshake) {
        synchronized (handshakes) {
            handshakes.add(handshake);
            while (handshakes.size() > HANDSHAKES_KEPT) {
                handshakes.poll();
            }
        }
    }

    /** Handshakes seen, oldest first: all, or those naming the instance (instanceId not null). */
    List<RealtimeHandshake> handshakes(String instanceId) {
        List<RealtimeHandshake> list = new ArrayList<>();
        synchronized (handshakes) {
            for (RealtimeHandshake h : handshakes) {
                if (instanceId == null || instanceId.equals(h.instanceId())) {
                    list.add(h);
                }
            }
        }
        return list;
    }

    /** Switches the realtime faults off (silent, pending refusals) and forgets the handshakes seen. */
    void reset() {
        for (EventLog log : logs.values()) {
            log.silent(false);
            log.refuse(0, 0);
        }
        synchronized (handshakes) {
            handshakes.clear();
        }
    }
}
