package org.camelvzaps.consumer.realtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.camelvzaps.component.VZapsEndpoint;
import org.camelvzaps.consumer.EventPipeline;
import org.camelvzaps.consumer.RepositoryLeases;
import org.camelvzaps.consumer.SilenceWatch;
import org.camelvzaps.observe.VZapsObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("vzaps:realtime?instanceId=...")}: the VZaps realtime event stream over a WebSocket, with nothing lost;
 * {@code instanceIds=VZ1,VZ2} or {@code instanceIds=*} (every instance of the account, listed again every
 * {@code discoveryInterval}) serves many instances from one route, one socket each. Each instance's events are routed
 * one at a time, in order, through the {@link EventPipeline}; instances never wait on each other. An event is
 * acknowledged, and the resume cursor (kept in the {@code stateRepository}) moves past it, only after the route
 * completed successfully. How a socket recovers from closes, failures and silence is {@link InstanceStream}'s job;
 * the sockets of all realtime consumers of a component share one {@link RealtimeTransport}. With several instances,
 * the {@link InstanceShare} of the context says which of them this replica holds.
 */
public class VZapsRealtimeConsumer extends DefaultConsumer implements HealthCheckAware, Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(VZapsRealtimeConsumer.class);
    private static final long STOP_WAIT_MILLIS = 30_000;
    private static final String EVERY_INSTANCE = "*";

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
    private ScheduledFuture<?> discovery;
    private InstanceShare share;
    /** The instances the route is for (the list, or the last discovery); this replica holds its share of them. */
    private volatile Set<String> wanted = Set.of();
    private volatile boolean suspended;

    public VZapsRealtimeConsumer(Endpoint endpoint, Processor processor, VZapsConfiguration config,
                                 Supplier<VZapsClient> client) {
        super(endpoint, processor);
        this.config = config;
        this.client = client;
        this.healthCheck = new RealtimeHealthCheck(config, this::socketStates, this::getRouteId,
                new SilenceWatch(config.getSilenceTimeout(), client, config.getInstanceToken()));
    }

    @Override
    protected void doStart() throws Exception {
        if (isBlank(config.getInstanceIds()) && isBlank(config.getInstanceId())) {
            throw new VZapsConfigurationException("vzaps:realtime needs instanceId (one instance) or instanceIds (a comma "
                    + "list, or * for every instance of the account): the instances whose events to receive");
        }
        if (isBlank(config.getClientToken()) || isBlank(config.getClientSecret()) && isBlank(config.getInstanceToken())) {
            throw new VZapsConfigurationException("vzaps:realtime needs credentials for the handshake: set clientToken "
                    + "and clientSecret, or clientToken and instanceToken");
        }
        if (EVERY_INSTANCE.equals(trim(config.getInstanceIds())) && isBlank(config.getClientSecret())) {
            throw new VZapsConfigurationException("vzaps:realtime with instanceIds=* lists the account's instances, which "
                    + "needs the account's JWT: set clientSecret, or list the instances in instanceIds");
        }
        if (config.getDiscoveryInterval() <= 0) {
            throw new VZapsConfigurationException("vzaps:realtime: discoveryInterval must be a positive number of "
                    + "milliseconds, not " + config.getDiscoveryInterval());
        }
        if (config.getX509HostnameVerifier() != null) {
            LOG.warn("VZaps realtime: x509HostnameVerifier applies to the REST calls only; the WebSocket (JDK HttpClient) "
                     + "checks the realtime server's host name against its certificate itself");
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
        pipeline = new EventPipeline(this, config.getEvents(), config.getIdempotentRepository(),
                config.isSplitReceipts());
        transport = RealtimeTransports.acquire(getEndpoint().getComponent(), getEndpoint().getCamelContext());
        long tick = Math.max(1, config.getIdleTimeout() / 3);
        watchdog = transport.every(() -> streams.values().forEach(InstanceStream::watch), tick);
        suspended = false;
        observer().trackSockets(this, this::socketStates);
        if (isBlank(config.getInstanceIds())) {
            wanted = Set.of(config.getInstanceId().trim());
            share = InstanceShare.all();
            reconcile();
            return;
        }
        share = InstanceShares.of(getEndpoint().getCamelContext(), "vzaps-realtime-" + getRouteId());
        share.onChange(this::reconcile);
        share.start();
        if (EVERY_INSTANCE.equals(config.getInstanceIds().trim())) {
            discovery = transport.every(this::discover, config.getDiscoveryInterval());
            transport.schedule(this::discover, 0);
        } else {
            wanted = Arrays.stream(config.getInstanceIds().split(",")).map(String::trim).filter(id -> !id.isEmpty())
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
            reconcile();
        }
    }

    /** Lists the account's instances and reconciles the sockets with them; a failed listing keeps the sockets. */
    private void discover() {
        try {
            Set<String> found = InstanceDiscovery.instanceIds(client.get());
            if (!found.equals(wanted)) {
                LOG.info("VZaps realtime: the account has {} instances", found.size());
            }
            wanted = Set.copyOf(found);
            reconcile();
        } catch (RuntimeException e) {
            LOG.warn("VZaps realtime: could not list the account's instances ({}); keeping the {} sockets and trying "
                    + "again in {} ms", e.getMessage(), streams.size(), config.getDiscoveryInterval());
        }
    }

    /** Opens a socket for each instance of this replica's share that has none, closes those no longer in it. */
    private synchronized void reconcile() {
        if (!isRunAllowed() || suspended || transport == null) {
            return;
        }
        Set<String> held = share.share(wanted);
        for (String id : new HashSet<>(streams.keySet())) {
            if (!held.contains(id)) {
                InstanceStream gone = streams.remove(id);
                LOG.info("VZaps realtime: closing the socket of instance {} (no longer {})", id,
                        wanted.contains(id) ? "this replica's to hold" : "an instance of the account");
                gone.retire();
            }
        }
        for (String id : held) {
            streams.computeIfAbsent(id, key -> {
                InstanceStream stream = new InstanceStream(shared, key);
                stream.start(0); // paced by the transport: a large fleet ramps up
                return stream;
            });
        }
    }

    @Override
    protected void doStop() throws Exception {
        observer().untrackSockets(this);
        suspended = true;
        if (discovery != null) {
            discovery.cancel(false);
            discovery = null;
        }
        if (share != null) {
            share.stop();
            share = null;
        }
        stopAll();
        streams.clear();
        if (watchdog != null) {
            watchdog.cancel(false);
            watchdog = null;
        }
        if (transport != null) {
            RealtimeTransports.release(getEndpoint().getComponent());
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
        suspended = true;
        stopAll();
    }

    @Override
    protected void doResume() throws Exception {
        suspended = false;
        streams.values().forEach(stream -> stream.start(0));
        reconcile();
    }

    /** Stops every socket, all at once: each lets its event in flight finish (up to the stop wait) and closes. */
    private void stopAll() {
        if (streams.size() == 1) {
            streams.values().forEach(stream -> stream.stop(stopWaitMillis));
            return;
        }
        streams.values().forEach(stream -> stream.retire());
        long deadline = System.currentTimeMillis() + stopWaitMillis;
        for (InstanceStream stream : streams.values()) {
            stream.awaitIdle(deadline - System.currentTimeMillis());
        }
    }

    /** For tests: how long stop and suspend wait for the event in flight. */
    void stopWaitMillis(long millis) {
        this.stopWaitMillis = millis;
    }

    /** The transport this consumer's sockets use (shared with the component's other realtime consumers). */
    RealtimeTransport transport() {
        return transport;
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

    private VZapsObserver observer() {
        return getEndpoint() instanceof VZapsEndpoint vzaps ? vzaps.getComponent().observer() : VZapsObserver.NONE;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
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
        public VZapsObserver observer() {
            return VZapsRealtimeConsumer.this.observer();
        }

        @Override
        public ScheduledFuture<?> scheduleConnect(Runnable attempt, long delayMillis) {
            RealtimeTransport current = transport;
            return current == null ? null : current.scheduleConnect(attempt, delayMillis);
        }
    }
}
