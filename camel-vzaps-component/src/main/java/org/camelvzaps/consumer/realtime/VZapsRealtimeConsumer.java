package org.camelvzaps.consumer.realtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.consumer.EventPipeline;

/**
 * {@code from("vzaps:realtime?instanceId=...")}: the VZaps realtime event stream over a WebSocket, with nothing lost.
 * Each instance's events are routed one at a time, in order, through the {@link EventPipeline}; an event is
 * acknowledged, and the resume cursor (kept in the {@code stateRepository}) moves past it, only after the route
 * completed successfully. How a socket recovers from closes, failures and silence is {@link InstanceStream}'s job.
 */
public class VZapsRealtimeConsumer extends DefaultConsumer implements HealthCheckAware, Suspendable {

    private static final long STOP_WAIT_MILLIS = 30_000;

    private final VZapsConfiguration config;
    private final Supplier<VZapsClient> client;
    private final HealthCheck healthCheck;
    /** Without a stateRepository the cursor lives here: it survives route restarts, not JVM restarts. */
    private final StateRepository<String, String> memoryCursors = new MemoryStateRepository();
    private final Map<String, InstanceStream> streams = new ConcurrentHashMap<>();
    private final Shared shared = new Shared();
    private volatile long stopWaitMillis = STOP_WAIT_MILLIS;
    private EventPipeline pipeline;
    private StateRepository<String, String> cursors;
    private RealtimeTransport transport;
    private ScheduledFuture<?> watchdog;

    public VZapsRealtimeConsumer(Endpoint endpoint, Processor processor, VZapsConfiguration config,
                                 Supplier<VZapsClient> client) {
        super(endpoint, processor);
        this.config = config;
        this.client = client;
        this.healthCheck = new RealtimeHealthCheck(config, this::socketStates);
    }

    @Override
    protected void doStart() throws Exception {
        if (config.getInstanceId() == null || config.getInstanceId().isBlank()) {
            throw new VZapsConfigurationException("vzaps:realtime needs instanceId: the instance whose events to receive");
        }
        if (isBlank(config.getClientToken()) || isBlank(config.getClientSecret()) && isBlank(config.getInstanceToken())) {
            throw new VZapsConfigurationException("vzaps:realtime needs credentials for the handshake: set clientToken "
                    + "and clientSecret, or clientToken and instanceToken");
        }
        super.doStart();
        RepositoryLeases.acquire(config.getStateRepository());
        try {
            RepositoryLeases.acquire(config.getIdempotentRepository());
        } catch (RuntimeException e) {
            RepositoryLeases.release(config.getStateRepository());
            throw e;
        }
        cursors = config.getStateRepository() != null ? config.getStateRepository() : memoryCursors;
        pipeline = new EventPipeline(this, config.getEvents(), config.getIdempotentRepository());
        transport = new RealtimeTransport(getEndpoint().getCamelContext(), this, "VZapsRealtime-" + config.getInstanceId());
        long tick = Math.max(1, config.getIdleTimeout() / 3);
        watchdog = transport.every(() -> streams.values().forEach(InstanceStream::watch), tick);
        open(config.getInstanceId());
    }

    private void open(String instanceId) {
        streams.computeIfAbsent(instanceId, id -> new InstanceStream(shared, id)).start(0);
    }

    @Override
    protected void doStop() throws Exception {
        streams.values().forEach(stream -> stream.stop(stopWaitMillis));
        streams.clear();
        if (watchdog != null) {
            watchdog.cancel(false);
            watchdog = null;
        }
        if (transport != null) {
            transport.close();
            transport = null;
        }
        RepositoryLeases.release(config.getStateRepository());
        RepositoryLeases.release(config.getIdempotentRepository());
        super.doStop();
    }

    /**
     * Closes the sockets the same way as stop (the event in flight gets up to 30 s to finish and be acked), keeping
     * the consumer and its repositories. An event still running when suspend stops waiting is not acked; resume
     * connects only once it has finished, after it, so it is not routed twice.
     */
    @Override
    protected void doSuspend() throws Exception {
        streams.values().forEach(stream -> stream.stop(stopWaitMillis));
    }

    @Override
    protected void doResume() throws Exception {
        streams.values().forEach(stream -> stream.start(0));
    }

    /** For tests: how long stop and suspend wait for the event in flight. */
    void stopWaitMillis(long millis) {
        this.stopWaitMillis = millis;
    }

    /** True while every socket of this consumer is connected. */
    public boolean isConnected() {
        List<RealtimeSocketState> states = socketStates();
        return !states.isEmpty() && states.stream().allMatch(s -> s.status() == RealtimeSocketState.Status.CONNECTED);
    }

    /** A snapshot of each socket of this consumer, by instance id: read-only, for health, metrics and consoles. */
    public List<RealtimeSocketState> socketStates() {
        List<RealtimeSocketState> states = new ArrayList<>();
        streams.values().forEach(stream -> states.add(stream.snapshot()));
        states.sort(Comparator.comparing(RealtimeSocketState::instanceId));
        return List.copyOf(states);
    }

    @Override
    public HealthCheck getHealthCheck() {
        return healthCheck;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** What this consumer's streams share. */
    private final class Shared implements RealtimeStreams {
        @Override
        public VZapsConfiguration config() {
            return config;
        }

        @Override
        public VZapsClient client() {
            return client.get();
        }

        @Override
        public EventPipeline pipeline() {
            return pipeline;
        }

        @Override
        public StateRepository<String, String> cursors() {
            return cursors;
        }

        @Override
        public RealtimeTransport transport() {
            return transport;
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
            RealtimeTransport current = transport;
            return current == null ? null : current.schedule(task, delayMillis);
        }
    }
}
