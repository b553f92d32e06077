package org.camelvzaps.consumer.webhook;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.camelvzaps.observe.VZapsObserver;

/**
 * What one webhook consumer has seen, for its health check and the dev console: the last accepted delivery, when
 * each instance last sent an event, refusals by reason, whether registration failed and the last replay. Refusals
 * are also reported to the component's {@link VZapsObserver} ({@code vzaps.webhook.refused}).
 */
public final class WebhookActivity {

    /** Refusal reasons, as metrics name them. */
    static final String UNAUTHORIZED = "unauthorized";
    static final String TOO_LARGE = "too_large";
    static final String BAD_REQUEST = "bad_request";
    static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";

    /** The last replay of failed deliveries. */
    public record ReplayRun(Instant at, int replayed, int refused) {
    }

    private final VZapsObserver observer;
    private final Instant started = Instant.now();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastEventByInstance = new ConcurrentHashMap<>();
    private volatile Instant lastAccepted;
    private volatile String registrationProblem;
    private volatile ReplayRun lastReplay;

    WebhookActivity(VZapsObserver observer) {
        this.observer = observer;
    }

    /** A callback was refused with {@code status} (401, 413, 415 or 400). */
    void refused(int status) {
        String reason = switch (status) {
            case 401 -> UNAUTHORIZED;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> BAD_REQUEST;
        };
        refusals.computeIfAbsent(reason, r -> new LongAdder()).increment();
        observer.webhookRefused(reason);
    }

    /** An event of {@code instanceId} arrived (whatever the route then makes of it). */
    void arrived(String instanceId) {
        if (instanceId != null) {
            lastEventByInstance.put(instanceId, Instant.now());
        }
    }

    /** A delivery was answered 2xx. */
    void accepted() {
        lastAccepted = Instant.now();
    }

    void registrationFailed(String problem) {
        registrationProblem = problem;
    }

    void registered() {
        registrationProblem = null;
    }

    void replayed(int replayed, int refused) {
        lastReplay = new ReplayRun(Instant.now(), replayed, refused);
    }

    /** When the consumer started listening. */
    public Instant started() {
        return started;
    }

    /** When a delivery was last answered 2xx, or null. */
    public Instant lastAccepted() {
        return lastAccepted;
    }

    /** Refusals by reason, sorted. */
    public Map<String, Long> refusals() {
        Map<String, Long> copy = new TreeMap<>();
        refusals.forEach((reason, count) -> copy.put(reason, count.sum()));
        return copy;
    }

    /** When each instance last sent an event. */
    public Map<String, Instant> lastEventByInstance() {
        return Map.copyOf(lastEventByInstance);
    }

    /** Why registering the webhook failed, or null. */
    public String registrationProblem() {
        return registrationProblem;
    }

    /** The last replay, or null before one ended. */
    public ReplayRun lastReplay() {
        return lastReplay;
    }
}
