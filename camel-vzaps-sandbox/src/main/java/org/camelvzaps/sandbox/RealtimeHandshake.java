package org.camelvzaps.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One handshake (HTTP request) the realtime server received on {@code /events/ws}, accepted or not. Secrets are
 * masked ({@code abcd****wxyz}): the values of {@code Authorization} (after {@code Bearer }), {@code X-Client-Token},
 * {@code X-Instance-Token} and of the query parameters {@code access_token}, {@code client_token},
 * {@code instance_token}.
 *
 * @param instanceId the {@code instance_id} query parameter, null when absent
 * @param query      query parameters (decoded; a repeated parameter has its values joined with ",")
 * @param headers    request headers (first value of each; keys case-insensitive)
 * @param status     101 when upgraded, else the HTTP status the handshake was refused with
 * @param at         when it arrived
 */
public record RealtimeHandshake(String instanceId, Map<String, String> query, Map<String, String> headers, int status,
                                Instant at) {

    public RealtimeHandshake {
        query = Collections.unmodifiableMap(new TreeMap<>(query));
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
    }

    /** Whether the handshake was accepted (upgraded to a WebSocket). */
    public boolean accepted() {
        return status == 101;
    }

    /** Header value (case-insensitive name), or null. */
    public String header(String name) {
        return headers.get(name);
    }
}
