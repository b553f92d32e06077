package org.camelvzaps.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The API calls the sandbox received, bounded so a long-running or flooded sandbox keeps a constant footprint: the
 * last {@code journalSize} calls (older ones are dropped first), each body cut to {@link #MAX_BODY_CHARS}
 * characters. WireMock's own request journal, which keeps every request whole, is turned off.
 */
final class Journal {

    /** Longest body text kept per call; the rest is replaced by a note of how much was cut. */
    static final int MAX_BODY_CHARS = 16 * 1024;

    private final int size;
    private final Deque<RecordedCall> calls = new ArrayDeque<>();

    Journal(int size) {
        this.size = size;
    }

    void record(String method, String path, Map<String, String> headers, String body, int status, Instant receivedAt) {
        if (size == 0) {
            return;
        }
        RecordedCall call = new RecordedCall(method, path, headers, cut(body == null ? "" : body), status,
                receivedAt);
        synchronized (calls) {
            calls.addLast(call);
            while (calls.size() > size) {
                calls.removeFirst();
            }
        }
    }

    /** Oldest first. */
    List<RecordedCall> calls() {
        synchronized (calls) {
            return List.copyOf(new ArrayList<>(calls));
        }
    }

    void clear() {
        synchronized (calls) {
            calls.clear();
        }
    }

    static String cut(String body) {
        if (body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        return body.substring(0, MAX_BODY_CHARS) + "…(" + (body.length() - MAX_BODY_CHARS) + " more characters not kept)";
    }
}
