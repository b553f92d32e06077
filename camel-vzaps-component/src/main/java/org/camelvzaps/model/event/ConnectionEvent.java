package org.camelvzaps.model.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed view of a {@code Connected} ({@code connected=true}) or {@code Disconnected} event. {@code jid} and
 * {@code reason} are read when the event object carries them.
 */
public record ConnectionEvent(boolean connected, String jid, String reason) {

    static ConnectionEvent from(boolean connected, JsonNode event) {
        return new ConnectionEvent(connected, Fields.text(event, "jid", "whatsapp_jid"), Fields.text(event, "reason"));
    }
}
