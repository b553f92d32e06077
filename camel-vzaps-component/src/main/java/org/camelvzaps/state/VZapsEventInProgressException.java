package org.camelvzaps.state;

/**
 * Thrown by {@link JdbcIdempotentRepository#add} when the event is being routed right now under a live lease: by
 * another replica, or by another route of this one. The event is neither new nor a duplicate yet, so the consumer
 * counts it as failed: the webhook answers 500 and the realtime socket does not acknowledge it, and the platform
 * delivers it again later, to whoever holds it then. If the holder finishes, that delivery is a duplicate; if the
 * holder dies, its lease runs out and the delivery is routed.
 */
public class VZapsEventInProgressException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String eventId;

    public VZapsEventInProgressException(String eventId, String tableName) {
        super("VZaps event " + eventId + " is being routed by another replica (or another route) right now under a "
              + "live lease in " + tableName + "; it is delivered again and decided then");
        this.eventId = eventId;
    }

    /** The id of the event in progress. */
    public String getEventId() {
        return eventId;
    }
}
