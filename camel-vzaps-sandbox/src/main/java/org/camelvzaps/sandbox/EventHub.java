package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one emission path of the sandbox: every event an instance emits (Message, ReadReceipt, Connected, Disconnected,
 * ...) goes through {@link #emit}. On the instance's lane, in order and with the configured gap between the events of
 * one batch, each event is
 * <ol>
 * <li>appended to the instance's realtime log, which gives it its id ({@code evt_<n>}) and {@code created_at} and
 * sends the envelope to the instance's open sockets, and</li>
 * <li>handed to the webhook deliveries, which post it when the instance has a webhook subscribed to its type.</li>
 * </ol>
 * So realtime and webhooks see the same events in the same order, whether or not a webhook is configured, and a slow
 * webhook receiver does not hold up the realtime stream (deliveries run on their own lane). All lanes share a few
 * threads and wait out the gaps on a scheduler, so thousands of instances cost no thread each.
 */
final class EventHub implements AutoCloseable {

    /** The emission threads of all instances together: a lane waits out its gaps on the scheduler, not a thread. */
    private static final int THREADS = 4;

    private final Settings settings;
    private final Clock clock;
    private final Realtime realtime;
    private final Webhooks webhooks;
    private final Map<String, SerialExecutor> lanes = new ConcurrentHashMap<>();
    private ScheduledExecutorService pool;

    EventHub(Settings settings, Clock clock, Realtime realtime, Webhooks webhooks) {
        this.settings = settings;
        this.clock = clock;
        this.realtime = realtime;
        this.webhooks = webhooks;
    }

    /** Creates the emission threads (again after close()). */
    synchronized void open() {
        if (pool == null) {
            pool = Executors.newScheduledThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "vzaps-sandbox-events");
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Emits an event built {@code delay} from now (a receipt that comes later), without holding the lane meanwhile. */
    synchronized void emitLater(Instance instance, Duration delay, Supplier<ObjectNode> payload) {
        open();
        pool.schedule(() -> emit(instance, payload.get()), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Emits the events of one happening (e.g. Message, Delivered, Read of a send), in order, gap apart. */
    void emit(Instance instance, List<ObjectNode> payloads) {
        SerialExecutor lane = lane(instance.id);
        synchronized (lane) { // the events of one happening stay together on the lane
            boolean first = true;
            for (ObjectNode payload : List.copyOf(payloads)) {
                Runnable step = () -> {
                    realtime.append(instance.id, payload, clock.instant());
                    webhooks.deliver(instance, payload);
                };
                lane.executeAfter(first ? 0 : settings.eventGap.toMillis(), step);
                first = false;
            }
        }
    }

    void emit(Instance instance, ObjectNode payload) {
        emit(instance, List.of(payload));
    }

    private synchronized SerialExecutor lane(String instanceId) {
        open();
        return lanes.computeIfAbsent(instanceId, k -> new SerialExecutor(pool));
    }

    /** Stops the emission threads; events still waiting for their turn are dropped. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
            lanes.clear();
        }
    }
}
