package org.camelvzaps.consumer.realtime;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.Backoff;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.consumer.EventFilter;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.state.VZapsEventInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realtime stream of one instance: its socket, its cursor, its event in flight and its back-off. Events are
 * routed one at a time, in order; an event is acknowledged, and the cursor moves past it, only after the route
 * completed successfully. Every way a connection can end (a close, an error, a refused or failed frame, a cursor
 * that cannot be stored, silence) replaces it after a capped, jittered back-off that starts over only once a
 * connection proved healthy: it delivered an event, or stayed open {@code maxReconnectDelay}. A close that signals an
 * auth problem (1008, 4001, or a handshake answered 401) drops the JWT, so the next attempt fetches a fresh one.
 */
final class InstanceStream implements RealtimeSession.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceStream.class);

    /** Close codes that say the credentials were refused: policy violation, and the platform's "token expired". */
    private static final int POLICY_VIOLATION = 1008;
    private static final int TOKEN_EXPIRED = 4001;

    /** Where a stream is. */
    enum State {
        CONNECTING, CONNECTED, BACKING_OFF, STOPPED
    }

    private final RealtimeStreams streams;
    private final String instanceId;
    private final RealtimeCursor cursor;

    // guarded by this
    private RealtimeSession session;
    private boolean running;
    private boolean inFlight;
    private boolean connectWhenIdle;
    private boolean closeWhenIdle;
    private ScheduledFuture<?> pendingConnect;
    private int attempts;
    /** The last connection ended on a failure on this side (route, repository): back-off goes on until an event succeeds. */
    private boolean failing;

    private volatile State state = State.STOPPED;
    private volatile Instant stateSince = Instant.now();
    private volatile Instant failingSince;
    private volatile String lastProblem = "not connected yet";
    private volatile Instant lastEventAt;
    private volatile String lastEventId;
    private volatile long reconnects;

    InstanceStream(RealtimeStreams streams, String instanceId) {
        this.streams = streams;
        this.instanceId = instanceId;
        this.cursor = new RealtimeCursor(streams.cursors(), instanceId, streams.config().getEvents());
    }

    String instanceId() {
        return instanceId;
    }

    /** Connects after {@code delayMillis}, or when the event still in flight from before a suspend has finished. */
    synchronized void start(long delayMillis) {
        running = true;
        closeWhenIdle = false;
        failing = false;
        attempts = 0;
        lastProblem = "not connected yet";
        setState(State.CONNECTING);
        scheduleConnect(delayMillis);
    }

    /**
     * Stops reconnecting, lets the event in flight finish (and be acked) for up to {@code waitMillis}, then closes with
     * 1000. An event still running after that is not acked; its cursor is stored when it succeeds, and a later
     * {@link #start} connects only once it has finished, so it is not routed twice.
     */
    void stop(long waitMillis) {
        RealtimeSession current;
        synchronized (this) {
            running = false;
            connectWhenIdle = false;
            if (pendingConnect != null) {
                pendingConnect.cancel(false);
                pendingConnect = null;
            }
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
            while (inFlight && System.nanoTime() < deadline) {
                try {
                    wait(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            current = session;
            session = null;
            lastProblem = "stopped";
            setState(State.STOPPED);
        }
        if (current != null) {
            try {
                current.close(WebSocket.NORMAL_CLOSURE, "consumer stopped").get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debug("Closing the VZaps realtime connection of instance {} did not complete cleanly: {}",
                        instanceId, e.toString());
            } finally {
                current.abort();
            }
        }
    }

    /**
     * Closes this stream without blocking the caller (an instance deleted, or moved to another replica): the socket is
     * closed with 1000 now, or right after the event in flight has finished and been acked.
     */
    void retire() {
        RealtimeSession current;
        synchronized (this) {
            running = false;
            connectWhenIdle = false;
            if (pendingConnect != null) {
                pendingConnect.cancel(false);
                pendingConnect = null;
            }
            lastProblem = "stopped";
            setState(State.STOPPED);
            if (inFlight) {
                closeWhenIdle = true;
                return;
            }
            current = session;
            session = null;
        }
        closeLater(current);
    }

    /** Waits up to {@code millis} for the event in flight to finish (after {@link #retire}, its socket then closes). */
    synchronized void awaitIdle(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
        while (inFlight && System.nanoTime() < deadline) {
            try {
                wait(Math.max(1, Math.min(100, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void closeLater(RealtimeSession current) {
        if (current != null) {
            current.close(WebSocket.NORMAL_CLOSURE, "consumer stopped").orTimeout(5, TimeUnit.SECONDS)
                    .whenComplete((ignored, error) -> current.abort());
        }
    }

    private void scheduleConnect(long delayMillis) {
        pendingConnect = streams.scheduleConnect(this::connect, delayMillis);
    }

    private void connect() {
        synchronized (this) {
            pendingConnect = null;
            if (!running || session != null) {
                return;
            }
            if (inFlight) {
                connectWhenIdle = true; // an event from before a suspend still runs: resume after it
                return;
            }
            setState(State.CONNECTING);
        }
        VZapsClient api = streams.client();
        String jwt;
        URI uri;
        try {
            jwt = api.accessToken();
        } catch (RuntimeException e) {
            reconnectLater(null, "could not obtain a JWT: " + e.getMessage());
            return;
        }
        try {
            String after = cursor.get();
            lastEventId = after;
            uri = uri(after);
        } catch (RuntimeException e) {
            LOG.warn("VZaps realtime for instance {}: the stateRepository failed to read the cursor", instanceId, e);
            synchronized (this) {
                failing = true;
            }
            reconnectLater(null, "could not read the cursor: " + RealtimeSession.describe(e));
            return;
        }
        RealtimeSession candidate = new RealtimeSession(this, streams.config().getMaxBodySize(), jwt);
        synchronized (this) {
            if (!running || session != null) {
                return; // stopped, or connected by another path meanwhile
            }
            session = candidate;
        }
        try {
            streams.transport().open(uri, streams.config(), api, jwt, candidate).whenComplete((socket, error) -> {
                if (error != null) {
                    Throwable cause = error.getCause() != null ? error.getCause() : error;
                    if (cause instanceof WebSocketHandshakeException refused && refused.getResponse().statusCode() == 401) {
                        api.refuseAccessToken(jwt);
                    }
                    lost(candidate, "could not connect: " + describeHandshake(cause));
                }
            });
        } catch (RuntimeException e) {
            lost(candidate, "could not connect: " + RealtimeSession.describe(e));
        }
    }

    URI uri(String after) {
        StringBuilder uri = new StringBuilder(stripSlash(streams.config().getRealtimeUrl()))
                .append("/events/ws?instance_id=").append(encode(instanceId));
        String events = streams.config().getEvents();
        if (events != null && !events.isBlank() && !EventFilter.ALL.equals(events.trim())) {
            uri.append("&events=").append(encode(events.replace(" ", "")));
        }
        if (after != null) {
            uri.append("&last_event_id=").append(encode(after));
        }
        return URI.create(uri.toString());
    }

    @Override
    public void opened(RealtimeSession opened) {
        synchronized (this) {
            if (opened != session || !running) {
                opened.abort();
                return;
            }
            lastProblem = null;
            setState(State.CONNECTED);
        }
        String after = lastEventId;
        LOG.info("VZaps realtime connected for instance {}{}", instanceId, after == null ? "" : ", resuming after event "
                + after);
    }

    @Override
    public void frame(RealtimeSession from, String text) {
        synchronized (this) {
            if (from != session || !running) {
                return; // stopping or replaced: not routed, not acked, so it comes again
            }
        }
        VZapsEvent event = toEvent(text);
        if (event == null) {
            from.next();
            return;
        }
        synchronized (this) {
            inFlight = true;
        }
        try {
            streams.transport().route(() -> route(from, event));
        } catch (Throwable e) {
            eventDone();
            failed(from, "could not hand event " + event.id() + " to the route: " + RealtimeSession.describe(e)
                    + "; it will be delivered again");
        }
    }

    private void route(RealtimeSession from, VZapsEvent event) {
        try {
            streams.pipeline().process(event, (outcome, failure, doneSync) -> {
                try {
                    from.touch();
                    if (outcome.acknowledge()) {
                        processed(from, event);
                    } else if (failure instanceof VZapsEventInProgressException inProgress) {
                        // not a failure of this replica: the event is in a route elsewhere; it is decided on redelivery
                        failed(from, "event " + event.id() + " is in progress on another replica, not routed here: "
                                     + inProgress.getMessage());
                    } else {
                        failed(from, "the route failed on event " + event.id() + "; it will be delivered again");
                    }
                } finally {
                    eventDone();
                }
            });
        } catch (Throwable e) {
            LOG.warn("VZaps realtime for instance {}: could not route event {}", instanceId, event.id(), e);
            eventDone();
            failed(from, "could not route event " + event.id() + ": " + RealtimeSession.describe(e)
                    + "; it will be delivered again");
        }
    }

    private void processed(RealtimeSession from, VZapsEvent event) {
        if (event.id() != null) {
            try {
                cursor.set(event.id());
            } catch (RuntimeException e) {
                LOG.warn("VZaps realtime for instance {}: the stateRepository failed to store the cursor after event {}",
                        instanceId, event.id(), e);
                failed(from, "could not store the cursor after event " + event.id() + " ("
                        + RealtimeSession.describe(e) + "); it will be delivered again");
                return;
            }
            lastEventId = event.id();
            // both spellings the official clients use; written by hand, once per event, because a Jackson tree for
            // these three fields cost more than the rest of the ack
            String id = new String(JsonStringEncoder.getInstance().quoteAsString(event.id()));
            from.send("{\"type\":\"ack\",\"id\":\"" + id + "\",\"event_id\":\"" + id + "\"}");
        }
        lastEventAt = Instant.now();
        synchronized (this) {
            failing = false;
            failingSince = null;
            attempts = 0; // the connection proved healthy
            if (from != session || !running) {
                return;
            }
        }
        from.next();
    }

    private void eventDone() {
        boolean connectNow;
        RealtimeSession retired = null;
        synchronized (this) {
            inFlight = false;
            notifyAll();
            connectNow = connectWhenIdle && running;
            connectWhenIdle = false;
            if (closeWhenIdle) {
                closeWhenIdle = false;
                retired = session;
                session = null;
            }
        }
        closeLater(retired);
        if (connectNow) {
            synchronized (this) {
                scheduleConnect(0);
            }
        }
    }

    /** A failure on this side: the connection is replaced, and back-off goes on until an event succeeds. */
    private void failed(RealtimeSession from, String reason) {
        synchronized (this) {
            failing = true;
        }
        lost(from, reason);
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
            return event.instanceId() == null ? event.withInstanceId(instanceId) : event;
        } catch (Exception e) {
            LOG.warn("VZaps realtime sent a frame that is not an event, skipped: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public void refused(RealtimeSession refusing, String reason) {
        // the platform will send the same frame again: back off as for an event the route keeps failing
        LOG.error("VZaps realtime for instance {}: {}; raise maxBodySize to receive it", instanceId, reason);
        failed(refusing, reason);
    }

    @Override
    public void closed(RealtimeSession closing, int code, String reason) {
        if (code == POLICY_VIOLATION || code == TOKEN_EXPIRED) {
            streams.client().refuseAccessToken(closing.jwt()); // the next attempt fetches a fresh JWT
        }
        lost(closing, "closed by the server (" + code + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")");
    }

    /** The connection ended, or was dropped here: whoever gets here first replaces it; later reports are ignored. */
    @Override
    public void lost(RealtimeSession lost, String reason) {
        synchronized (this) {
            if (lost != session) {
                return;
            }
            session = null;
        }
        lost.abort(); // the JDK reports nothing after an abort: the reconnect is scheduled right here
        reconnectLater(lost, reason);
    }

    private void reconnectLater(RealtimeSession ended, String reason) {
        long delay;
        String after;
        synchronized (this) {
            lastProblem = reason;
            if (!running) {
                return;
            }
            if (!failing && ended != null && ended.millisOpen() >= streams.config().getMaxReconnectDelay()) {
                attempts = 0; // it stayed up long enough to count as healthy
                failingSince = null;
            }
            delay = Backoff.jitteredMillis(streams.config().getReconnectDelay(), streams.config().getMaxReconnectDelay(),
                    attempts++);
            reconnects++;
            if (failingSince == null) {
                failingSince = Instant.now();
            }
            setState(State.BACKING_OFF);
            scheduleConnect(delay);
            after = lastEventId;
        }
        streams.observer().reconnect(instanceId);
        LOG.warn("VZaps realtime for instance {}: {}; reconnecting in {} ms{}", instanceId, reason, delay,
                after == null ? "" : " (resuming after event " + after + ")");
    }

    /** Pings a quiet connection, replaces one that stayed silent past idleTimeout or that closed unnoticed. */
    void watch() {
        RealtimeSession current;
        synchronized (this) {
            current = session;
            if (current == null || !running || inFlight || !current.wasOpened()) {
                return;
            }
        }
        long idleTimeout = streams.config().getIdleTimeout();
        if (current.isOpen() && current.millisOpen() >= streams.config().getMaxReconnectDelay()) {
            synchronized (this) {
                if (!failing) {
                    failingSince = null; // up long enough to count as healthy
                }
            }
        }
        if (!current.isOpen()) {
            lost(current, "the connection closed");
        } else if (current.millisSinceLastActivity() > idleTimeout) {
            lost(current, "no frame or pong for " + idleTimeout + " ms (idleTimeout)");
        } else {
            current.ping();
        }
    }

    private void setState(State next) {
        if (state != next) {
            state = next;
            stateSince = Instant.now();
        }
        if (next == State.STOPPED) {
            failingSince = null;
        }
    }

    /** An immutable picture of this stream, for the health check and for metrics. */
    RealtimeSocketState snapshot() {
        State current = state;
        return new RealtimeSocketState(instanceId, RealtimeSocketState.Status.valueOf(current.name()), stateSince,
                lastEventId, lastEventAt, reconnects, current == State.CONNECTED ? null : lastProblem,
                current == State.CONNECTED ? null : failingSince);
    }

    private static String describeHandshake(Throwable error) {
        if (error instanceof WebSocketHandshakeException refused) {
            return "the server answered HTTP " + refused.getResponse().statusCode();
        }
        return RealtimeSession.describe(error);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static Duration since(Instant instant) {
        return instant == null ? null : Duration.between(instant, Instant.now());
    }
}
