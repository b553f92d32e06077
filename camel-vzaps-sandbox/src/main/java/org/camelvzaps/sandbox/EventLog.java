package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The realtime side of one instance: its ordered event log (the last {@code retention} events), its open sockets,
 * the acks and close codes its clients sent, and its fault switches (silent, refuse the next handshakes).
 *
 * <p>Appending an event and attaching a socket (replay of the events after its cursor) take the same lock, so a
 * socket gets the replayed events and then the live ones, in log order, with nothing missing or repeated between.
 */
final class EventLog {

    /** Close codes kept per instance. */
    private static final int CLOSE_CODES_KEPT = 1000;

    /** One logged event; {@code frame} is the envelope text sent on the sockets. */
    static final class Entry {
        final long seq;
        final String id;
        final String type;
        final Instant createdAt;
        final String frame;
        boolean acked;

        Entry(long seq, String type, Instant createdAt, String frame) {
            this.seq = seq;
            this.id = id(seq);
            this.type = type;
            this.createdAt = createdAt;
            this.frame = frame;
        }
    }

    private final String instanceId;
    private final int retention;
    private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>();
    private final List<RealtimeConnection> connections = new ArrayList<>();
    private final ArrayDeque<String> acks = new ArrayDeque<>();
    private final ArrayDeque<Integer> closeCodes = new ArrayDeque<>();
    private Entry newest;
    private boolean silent;
    private int refuseCount;
    private int refuseStatus;

    EventLog(String instanceId, int retention) {
        this.instanceId = instanceId;
        this.retention = retention;
    }

    static String id(long seq) {
        return "evt_" + seq;
    }

    /** The number of an event id {@code evt_<n>}, or -1 when the text is not one. */
    static long seqOf(String eventId) {
        if (eventId == null || !eventId.startsWith("evt_") || eventId.length() == 4 || eventId.length() > 22) {
            return -1;
        }
        for (int i = 4; i < eventId.length(); i++) {
            if (!Character.isDigit(eventId.charAt(i))) {
                return -1;
            }
        }
        try {
            return Long.parseLong(eventId.substring(4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Logs the event under the next id, drops the oldest past the retention, and sends it to the open sockets whose
     * filter takes its type.
     */
    synchronized Entry append(LongSupplier ids, ObjectNode payload, Instant at) {
        long seq = ids.getAsLong();
        String type = payload.path("type").asText();
        ObjectNode envelope = Json.object()
                .put("id", id(seq))
                .put("type", type)
                .put("instance_id", instanceId)
                .put("created_at", Json.isoMillis(at));
        envelope.set("data", payload);
        Entry entry = new Entry(seq, type, at, Json.write(envelope));
        entries.put(seq, entry);
        newest = entry;
        if (entries.size() > retention) {
            Iterator<Entry> oldest = entries.values().iterator();
            oldest.next();
            oldest.remove();
        }
        for (RealtimeConnection c : connections) {
            c.offer(entry);
        }
        return entry;
    }

    /** Replays the retained events after {@code afterSeq} (0: all) to the socket, then sends it the live ones. */
    synchronized void attach(RealtimeConnection connection, long afterSeq) {
        if (silent) {
            connection.silence(true);
        }
        for (Entry e : entries.values()) {
            if (e.seq > afterSeq) {
                connection.offer(e);
            }
        }
        connections.add(connection);
    }

    synchronized void detach(RealtimeConnection connection) {
        connections.remove(connection);
    }

    synchronized List<RealtimeConnection> connections() {
        return List.copyOf(connections);
    }

    /** Forgets every socket (the server stopped). */
    synchronized void detachAll() {
        connections.clear();
    }

    /** A client acknowledged the event: recorded (in arrival order), and the event marked acked when retained. */
    synchronized void ack(String eventId) {
        acks.add(eventId);
        while (acks.size() > retention) {
            acks.poll();
        }
        Entry e = entries.get(seqOf(eventId));
        if (e != null) {
            e.acked = true;
        }
    }

    /** A client closed its socket with this code. */
    synchronized void closedByClient(int code) {
        closeCodes.add(code);
        while (closeCodes.size() > CLOSE_CODES_KEPT) {
            closeCodes.poll();
        }
    }

    /**
     * Silent on: the open and the new sockets stop reading (pings go unanswered) and get no frames (they are held).
     * Off: they get what was held and read again. Answers the sockets switched (to {@link RealtimeConnection#settle()}
     * outside this lock).
     */
    synchronized List<RealtimeConnection> silent(boolean on) {
        silent = on;
        for (RealtimeConnection c : connections) {
            c.silence(on);
        }
        return List.copyOf(connections);
    }

    synchronized boolean silent() {
        return silent;
    }

    /** The next {@code count} handshakes for the instance are refused with {@code status} (count 0: none). */
    synchronized void refuse(int count, int status) {
        refuseCount = count;
        refuseStatus = status;
    }

    /** The status to refuse this handshake with (and one refusal less), or 0 to let it through. */
    synchronized int takeRefusal() {
        if (refuseCount <= 0) {
            return 0;
        }
        refuseCount--;
        return refuseStatus;
    }

    synchronized int pendingRefusals() {
        return refuseCount;
    }

    synchronized int refusalStatus() {
        return refuseCount > 0 ? refuseStatus : 0;
    }

    synchronized List<RealtimeEvent> events() {
        List<RealtimeEvent> list = new ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            list.add(new RealtimeEvent(e.id, e.type, instanceId, e.createdAt, e.frame, e.acked));
        }
        return list;
    }

    synchronized List<String> frames() {
        List<String> list = new ArrayList<>(entries.size());
        entries.values().forEach(e -> list.add(e.frame));
        return list;
    }

    synchronized String lastEventId() {
        return newest == null ? null : newest.id;
    }

    synchronized List<String> acks() {
        return List.copyOf(acks);
    }

    synchronized List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }
}
