package org.camelvzaps.sandbox;

import java.time.Instant;

/**
 * One event of an instance's realtime log, as sent on the realtime WebSocket.
 *
 * @param id         {@code evt_<n>}; n grows with every event the sandbox emits (all instances share the counter,
 *                   so ids are unique and increase within each instance's log)
 * @param type       {@code Message}, {@code ReadReceipt}, {@code Connected}, ...
 * @param instanceId instance that emitted the event
 * @param createdAt  when the event was emitted (appended to the log)
 * @param json       the text frame sent: the envelope {@code {id, type, instance_id, created_at, data}}, where
 *                   {@code data} is the webhook payload {@code {type, event, media_url?}}
 * @param acked      whether a client acknowledged it ({@code {"type":"ack","id":...}} or {@code "event_id"})
 */
public record RealtimeEvent(String id, String type, String instanceId, Instant createdAt, String json, boolean acked) {
}
