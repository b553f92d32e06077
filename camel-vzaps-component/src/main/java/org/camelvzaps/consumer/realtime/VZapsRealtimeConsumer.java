package org.camelvzaps.consumer.realtime;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.camelvzaps.client.Backoff;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.consumer.EventFilter;
import org.camelvzaps.consumer.EventPipeline;
import org.camelvzaps.model.event.VZapsEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("vzaps:realtime?instanceId=...")}: the VZaps realtime event stream over a WebSocket, with nothing lost.
 * Events are routed one at a time, in order, through the {@link EventPipeline}; an event is acknowledged, and the
 * resume cursor (kept in the {@code stateRepository}) moves past it, only after the route completed successfully.
 * A failed event is not acknowledged: the connection is replaced and resumes from the last processed id, so the
 * platform sends the event again. Closed, failed or silent connections are replaced with capped exponential back-off
 * and jitter, each with a JWT the client deems fresh.
 */
public class VZapsRealtimeConsumer extends DefaultConsumer
        implements RealtimeSession.Handler, HealthCheckAware, Suspendable {

    private static final Logger LOG = LoggerFactory.getLogger(VZapsRealtimeConsumer.class);
    private static final long STOP_WAIT_MILLIS = 30_000;

    private final VZapsConfiguration config;
    private final Supplier<VZapsClient> client;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final HealthCheck healthCheck = new SocketHealthCheck();
    private EventPipeline pipeline;
    /** Without a stateRepository the cursor lives here: it survives route restarts, not JVM restarts. */
    private final StateRepository<String, String> memoryCursors = new MemoryStateRepository();
    private StateRepository<String, String> cursors;
    private ScheduledExecutorService scheduler;
    private HttpClient http;
    private volatile RealtimeSession session;
    private volatile boolean running;
    private volatile String lastProblem = "not connected yet";
    private final AtomicInteger attempts = new AtomicInteger();
    /** Set while the last connection was dropped for a failed event: reconnects keep backing off until one succeeds. */
    private volatile boolean routeFailing;

    public VZapsRealtimeConsumer(Endpoint endpoint, Processor processor, VZapsConfiguration config,
                                 Supplier<VZapsClient> client) {
        super(endpoint, processor);
        this.config = config;
        this.client = client;
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
        cursors = config.getStateRepository() != null ? config.getStateRepository() : memoryCursors;
        ServiceHelper.startService(config.getStateRepository(), config.getIdempotentRepository());
        pipeline = new EventPipeline(this, config.getEvents(), config.getIdempotentRepository());
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(config.getConnectTimeout()));
        if (config.getProxyHost() != null) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(config.getProxyHost(),
                    config.getProxyPort() == null ? 8080 : config.getProxyPort())));
            if (config.getProxyAuthUsername() != null) {
                builder.authenticator(new ProxyCredentials(config.getProxyAuthUsername(), config.getProxyAuthPassword()));
            }
        }
        if (config.getSslContextParameters() != null) {
            builder.sslContext(config.getSslContextParameters().createSSLContext(getEndpoint().getCamelContext()));
        }
        http = builder.build();
        scheduler = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "VZapsRealtime-" + config.getInstanceId());
        long tick = Math.max(1, config.getIdleTimeout() / 3);
        scheduler.scheduleWithFixedDelay(this::watch, tick, tick, TimeUnit.MILLISECONDS);
        running = true;
        attempts.set(0);
        scheduler.execute(this::connect);
    }

    @Override
    protected void doStop() throws Exception {
        disconnect();
        if (scheduler != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        http = null;
        ServiceHelper.stopService(config.getStateRepository(), config.getIdempotentRepository());
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        disconnect();
    }

    @Override
    protected void doResume() throws Exception {
        running = true;
        attempts.set(0);
        scheduler.execute(this::connect);
    }

    /** Stops reconnecting, lets the event in flight finish (and be acked), then closes with 1000. */
    private void disconnect() {
        running = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_WAIT_MILLIS);
        synchronized (inFlight) {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                try {
                    inFlight.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        RealtimeSession current;
        synchronized (this) {
            current = session;
            session = null;
        }
        if (current != null) {
            try {
                current.close(WebSocket.NORMAL_CLOSURE, "consumer stopped").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debug("Closing the VZaps realtime connection did not complete cleanly: {}", e.toString());
            } finally {
                current.abort();
            }
        }
        lastProblem = "stopped";
    }

    private void connect() {
        if (!running) {
            return;
        }
        VZapsClient api = client.get();
        String jwt;
        try {
            jwt = api.accessToken();
        } catch (RuntimeException e) {
            reconnectLater("could not obtain a JWT: " + e.getMessage());
            return;
        }
        RealtimeSession candidate = new RealtimeSession(this, config.getMaxBodySize());
        synchronized (this) {
            if (!running) {
                return; // stopped while the token was fetched
            }
            if (session != null) {
                session.abort(); // a reconnect queued before a resume: one socket per consumer
            }
            session = candidate;
        }
        WebSocket.Builder ws = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofMillis(config.getConnectTimeout()))
                .header("User-Agent", api.settings().userAgent());
        if (jwt != null) {
            ws.header("Authorization", "Bearer " + jwt);
        }
        if (api.settings().credentials().clientToken() != null) {
            ws.header(VZapsClient.HEADER_CLIENT_TOKEN, api.settings().credentials().clientToken());
        }
        if (config.getInstanceToken() != null && !config.getInstanceToken().isBlank()) {
            ws.header(VZapsClient.HEADER_INSTANCE_TOKEN, config.getInstanceToken());
        }
        ws.buildAsync(uri(), candidate).whenComplete((socket, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                if (cause instanceof WebSocketHandshakeException refused && refused.getResponse().statusCode() == 401) {
                    api.refuseAccessToken(jwt);
                }
                lost(candidate, "could not connect: " + describe(cause));
            }
        });
    }

    URI uri() {
        StringBuilder uri = new StringBuilder(stripSlash(config.getRealtimeUrl())).append("/events/ws?instance_id=")
                .append(encode(config.getInstanceId()));
        String events = config.getEvents();
        if (events != null && !events.isBlank() && !EventFilter.ALL.equals(events.trim())) {
            uri.append("&events=").append(encode(events.replace(" ", "")));
        }
        String cursor = cursors.getState(config.getInstanceId());
        if (cursor != null) {
            uri.append("&last_event_id=").append(encode(cursor));
        }
        return URI.create(uri.toString());
    }

    @Override
    public void opened(RealtimeSession opened) {
        if (opened != session || !running) {
            opened.abort();
            return;
        }
        if (!routeFailing) {
            attempts.set(0);
        }
        lastProblem = null;
        LOG.info("VZaps realtime connected for instance {}{}", config.getInstanceId(),
                cursors.getState(config.getInstanceId()) == null ? ""
                        : ", resuming after event " + cursors.getState(config.getInstanceId()));
    }

    @Override
    public void frame(RealtimeSession from, String text) {
        if (from != session || !running) {
            return; // stopping: not routed, not acked, so it comes again after a restart
        }
        VZapsEvent event = toEvent(text);
        if (event == null) {
            from.next();
            return;
        }
        inFlight.incrementAndGet();
        try {
            pipeline.process(event, (outcome, failure, doneSync) -> {
                try {
                    from.touch();
                    if (outcome.acknowledge()) {
                        routeFailing = false;
                        attempts.set(0);
                        acknowledge(from, event);
                        if (running) {
                            from.next();
                        }
                    } else {
                        routeFailing = true;
                        from.abort();
                        lost(from, "the route failed on event " + event.id() + "; it will be delivered again");
                    }
                } finally {
                    finished();
                }
            });
        } catch (RuntimeException e) {
            finished();
            from.abort();
            lost(from, "could not route event " + event.id() + ": " + e.getMessage());
        }
    }

    private void finished() {
        synchronized (inFlight) {
            inFlight.decrementAndGet();
            inFlight.notifyAll();
        }
    }

    private void acknowledge(RealtimeSession from, VZapsEvent event) {
        if (event.id() == null) {
            return;
        }
        cursors.setState(config.getInstanceId(), event.id());
        // both spellings the official clients use (API notes §6.3); written by hand, once per event, because a
        // Jackson tree for these three fields cost more than the rest of the ack
        String id = new String(JsonStringEncoder.getInstance().quoteAsString(event.id()));
        from.send("{\"type\":\"ack\",\"id\":\"" + id + "\",\"event_id\":\"" + id + "\"}");
    }

    /** An event envelope {@code {id, type, instance_id, created_at, data}}; null for control frames. */
    private VZapsEvent toEvent(String text) {
        try {
            JsonNode json = Json.readStrict(text);
            if (json == null || !json.path("data").isObject()) {
                LOG.debug("VZaps realtime frame without data ignored: {}", json == null ? "" : json.path("type").asText());
                return null;
            }
            VZapsEvent event = VZapsEvent.parse(json);
            return event.instanceId() == null ? event.withInstanceId(config.getInstanceId()) : event;
        } catch (Exception e) {
            LOG.warn("VZaps realtime sent a frame that is not an event, skipped: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public void refused(RealtimeSession refusing, String reason) {
        // the platform will send the same frame again: back off as for an event the route keeps failing
        routeFailing = true;
        LOG.error("VZaps realtime for instance {}: {}; raise maxBodySize to receive it", config.getInstanceId(), reason);
        lost(refusing, reason);
    }

    @Override
    public void lost(RealtimeSession lost, String reason) {
        synchronized (this) {
            if (lost != session) {
                return;
            }
            session = null;
        }
        lost.abort();
        reconnectLater(reason);
    }

    private void reconnectLater(String reason) {
        lastProblem = reason;
        if (!running) {
            return;
        }
        long delay = backoff(attempts.getAndIncrement());
        String cursor = cursors.getState(config.getInstanceId());
        LOG.warn("VZaps realtime for instance {}: {}; reconnecting in {} ms{}", config.getInstanceId(), reason, delay,
                cursor == null ? "" : " (resuming after event " + cursor + ")");
        ScheduledExecutorService executor = scheduler;
        if (executor != null && !executor.isShutdown()) {
            executor.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        }
    }

    /** Exponential from reconnectDelay, capped at maxReconnectDelay, with up to 50% jitter so replicas spread out. */
    long backoff(int attempt) {
        return Backoff.jitteredMillis(config.getReconnectDelay(), config.getMaxReconnectDelay(), attempt);
    }

    /** Pings a quiet connection, and replaces one that stayed silent past idleTimeout. */
    private void watch() {
        RealtimeSession current = session;
        if (current == null || !running || inFlight.get() > 0) {
            return;
        }
        if (current.millisSinceLastActivity() > config.getIdleTimeout()) {
            lost(current, "no frame or pong for " + config.getIdleTimeout() + " ms (idleTimeout)");
        } else {
            current.ping();
        }
    }

    /** True while a connection is open. */
    public boolean isConnected() {
        RealtimeSession current = session;
        return current != null && current.isOpen() && lastProblem == null;
    }

    @Override
    public HealthCheck getHealthCheck() {
        return healthCheck;
    }

    /** UP while the socket is open; DOWN with the last problem (connecting, closed, silent, refused) otherwise. */
    private final class SocketHealthCheck implements HealthCheck {
        private volatile boolean enabled = true;

        @Override
        public boolean isEnabled() {
            return enabled;
        }

        @Override
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public String getGroup() {
            return "camel";
        }

        @Override
        public String getId() {
            return "consumer:vzaps-realtime-" + config.getInstanceId();
        }

        @Override
        public boolean isReadiness() {
            return true;
        }

        @Override
        public boolean isLiveness() {
            return false;
        }

        @Override
        public Result call(Map<String, Object> options) {
            HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).detail("vzaps.instanceId",
                    config.getInstanceId());
            if (isConnected()) {
                return builder.up().build();
            }
            return builder.detail("vzaps.realtime", lastProblem == null ? "connecting" : lastProblem).down().build();
        }
    }

    /** Answers only the proxy's challenge, never the realtime server's. */
    private static final class ProxyCredentials extends Authenticator {
        private final String user;
        private final String password;

        ProxyCredentials(String user, String password) {
            this.user = user;
            this.password = password == null ? "" : password;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return getRequestorType() == RequestorType.PROXY ? new PasswordAuthentication(user, password.toCharArray()) : null;
        }
    }

    private static String describe(Throwable error) {
        if (error instanceof WebSocketHandshakeException refused) {
            return "the server answered HTTP " + refused.getResponse().statusCode();
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
