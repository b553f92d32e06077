package org.camelvzaps.observe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.camelvzaps.consumer.realtime.RealtimeSocketState;
import org.camelvzaps.consumer.realtime.RealtimeSocketState.Status;

/**
 * Reports into a Micrometer {@link MeterRegistry}: {@code vzaps.calls}, {@code vzaps.retries},
 * {@code vzaps.token.fetches}, {@code vzaps.events}, {@code vzaps.events.lag}, {@code vzaps.webhook.refused},
 * {@code vzaps.realtime.sockets} and {@code vzaps.realtime.reconnects}. Meters are looked up once per tag set and
 * kept, so the hot path costs a map lookup. Instance ids become the {@code instance_id} tag only with
 * {@code metricsInstanceTag=true}. Loaded only when micrometer-core is on the classpath ({@link MicrometerSupport}).
 */
final class MicrometerObserver implements VZapsObserver {

    static final String INSTANCE_TAG = "instance_id";

    private final MeterRegistry registry;
    private final boolean instanceTag;
    private final Map<List<Object>, Timer> timers = new ConcurrentHashMap<>();
    private final Map<List<Object>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<Object, Supplier<List<RealtimeSocketState>>> sockets = new ConcurrentHashMap<>();

    MicrometerObserver(MeterRegistry registry, boolean instanceTag) {
        this.registry = registry;
        this.instanceTag = instanceTag;
        for (Status status : new Status[] { Status.CONNECTED, Status.CONNECTING, Status.BACKING_OFF }) {
            Gauge.builder("vzaps.realtime.sockets", this, observer -> observer.sockets(status))
                    .description("Realtime sockets by state").tag("state", status.name().toLowerCase())
                    .strongReference(true).register(registry);
        }
    }

    @Override
    public void call(String operation, String instanceId, String outcome, int status, long nanos) {
        String statusTag = status > 0 ? Integer.toString(status) : "none";
        timer(List.of("vzaps.calls", operation, outcome, statusTag, instance(instanceId)),
                () -> Tags.of("operation", operation, "outcome", outcome, "status", statusTag), instanceId,
                "VZaps API calls")
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void retry(String operation, String instanceId, String reason) {
        counter(List.of("vzaps.retries", operation, reason, instance(instanceId)),
                () -> Tags.of("operation", operation, "reason", reason), instanceId, "Retried VZaps API calls")
                .increment();
    }

    @Override
    public void tokenFetch(String outcome) {
        counter(List.of("vzaps.token.fetches", outcome), () -> Tags.of("outcome", outcome), null,
                "JWTs fetched with POST /token").increment();
    }

    @Override
    public void event(String consumer, String type, String instanceId, String outcome, Duration lag) {
        String typeTag = type == null ? "unknown" : type;
        counter(List.of("vzaps.events", consumer, typeTag, outcome, instance(instanceId)),
                () -> Tags.of("consumer", consumer, "type", typeTag, "outcome", outcome), instanceId, "VZaps events")
                .increment();
        if (lag != null && !lag.isNegative()) {
            timer(List.of("vzaps.events.lag", consumer, instance(instanceId)), () -> Tags.of("consumer", consumer),
                    instanceId, "From an event's created_at to the end of its route").record(lag);
        }
    }

    @Override
    public void webhookRefused(String reason) {
        counter(List.of("vzaps.webhook.refused", reason), () -> Tags.of("reason", reason), null,
                "Refused webhook callbacks").increment();
    }

    @Override
    public void reconnect(String instanceId) {
        counter(List.of("vzaps.realtime.reconnects", instance(instanceId)), Tags::empty, instanceId,
                "Realtime connections replaced").increment();
    }

    @Override
    public void trackSockets(Object owner, Supplier<List<RealtimeSocketState>> states) {
        sockets.put(owner, states);
    }

    @Override
    public void untrackSockets(Object owner) {
        sockets.remove(owner);
    }

    private double sockets(Status status) {
        long count = 0;
        for (Supplier<List<RealtimeSocketState>> states : sockets.values()) {
            count += states.get().stream().filter(s -> s.status() == status).count();
        }
        return count;
    }

    /** The key part for the instance: empty unless instance ids are tags. */
    private String instance(String instanceId) {
        return instanceTag && instanceId != null ? instanceId : "";
    }

    private Timer timer(List<Object> key, Supplier<Tags> tags, String instanceId, String description) {
        Timer timer = timers.get(key);
        if (timer == null) {
            timer = timers.computeIfAbsent(key, k -> Timer.builder((String) k.get(0)).description(description)
                    .tags(withInstance(tags.get(), instanceId)).register(registry));
        }
        return timer;
    }

    private Counter counter(List<Object> key, Supplier<Tags> tags, String instanceId, String description) {
        Counter counter = counters.get(key);
        if (counter == null) {
            counter = counters.computeIfAbsent(key, k -> Counter.builder((String) k.get(0)).description(description)
                    .tags(withInstance(tags.get(), instanceId)).register(registry));
        }
        return counter;
    }

    private Tags withInstance(Tags tags, String instanceId) {
        return instanceTag && instanceId != null && !instanceId.isEmpty() ? tags.and(INSTANCE_TAG, instanceId) : tags;
    }
}
