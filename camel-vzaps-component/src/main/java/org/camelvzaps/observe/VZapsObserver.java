package org.camelvzaps.observe;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.camelvzaps.consumer.realtime.RealtimeSocketState;

/**
 * The one seam through which the component reports what it does: API calls, retries, token fetches, events, refused
 * webhook callbacks, realtime reconnects and sockets. Every method does nothing by default; {@link #NONE} is what a
 * component without a metrics registry uses. Implementations must be cheap and never throw: they run on the
 * producer's hot path and inside event handling. Instance ids are always passed; an implementation decides whether
 * to keep them (metrics keep them only with {@code metricsInstanceTag=true}).
 */
public interface VZapsObserver {

    /** Reports nothing. */
    VZapsObserver NONE = new VZapsObserver() {
    };

    /** The outcome of a call: {@code success}, {@code api_error}, {@code rate_limited} or {@code transport_error}. */
    String SUCCESS = "success";
    String API_ERROR = "api_error";
    String RATE_LIMITED = "rate_limited";
    String TRANSPORT_ERROR = "transport_error";

    /** A call finished (after its retries) with {@code outcome}; {@code status} is the HTTP status, 0 without one. */
    default void call(String operation, String instanceId, String outcome, int status, long nanos) {
    }

    /** A failed attempt is tried again; {@code reason} is {@code rate_limited}, {@code server_error} or {@code transport}. */
    default void retry(String operation, String instanceId, String reason) {
    }

    /** {@code POST /token} was called, with a call outcome. */
    default void tokenFetch(String outcome) {
    }

    /**
     * An event's fate in the event pipeline: {@code consumer} is {@code webhook}, {@code realtime} or
     * {@code pairing}; {@code outcome} {@code processed}, {@code failed}, {@code duplicate} or {@code filtered};
     * {@code lag} from the event's {@code created_at} to the end of its route, null when unknown or not routed.
     */
    default void event(String consumer, String type, String instanceId, String outcome, Duration lag) {
    }

    /** A webhook callback was refused: {@code unauthorized}, {@code too_large}, {@code bad_request}, {@code unsupported_media_type}. */
    default void webhookRefused(String reason) {
    }

    /** A realtime socket is being replaced by a new connection. */
    default void reconnect(String instanceId) {
    }

    /** The sockets of {@code owner} (a realtime consumer) count in the socket gauge until {@link #untrackSockets}. */
    default void trackSockets(Object owner, Supplier<List<RealtimeSocketState>> sockets) {
    }

    default void untrackSockets(Object owner) {
    }
}
