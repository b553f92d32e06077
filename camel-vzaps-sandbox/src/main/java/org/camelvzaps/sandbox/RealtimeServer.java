package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.Channel;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.net.impl.ConnectionBase;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The realtime WebSocket server of one start() of the sandbox: Vert.x core on its own port (one event loop), serving
 * {@code GET /events/ws?instance_id=...[&events=...][&last_event_id=...]}.
 *
 * <p>A handshake goes through, in this order: path ({@code /events/ws}, else 404), WebSocket upgrade headers (426),
 * the instance's refuse switch (the status set), {@code instance_id} present (400), the platform's auth rules as on
 * {@code /instances/{id}/...} (401 / 403 / 404, see {@link Authenticator}; credentials from the headers, or from the
 * query parameters {@code access_token}, {@code client_token}, {@code instance_token} some SDKs use), {@code events}
 * names (400) and {@code last_event_id} form (400). Refusals are answered before upgrading, with the API's error body.
 */
final class RealtimeServer {

    /** The auth rule of the handshake: the one of every instance-scoped API route. */
    private static final Route ROUTE = new Route("GET", Realtime.PATH, Route.Auth.JWT_OR_INSTANCE, null);
    private static final Map<String, String> CANONICAL_TYPES = new HashMap<>();

    static {
        for (String type : Events.TYPES) {
            CANONICAL_TYPES.put(type.toLowerCase(Locale.ROOT), type);
        }
    }

    private final Realtime realtime;
    private final Clock clock = Clock.systemUTC();
    private final Vertx vertx;
    private final HttpServer http;

    private RealtimeServer(Realtime realtime, Vertx vertx, String host, int port) {
        this.realtime = realtime;
        this.vertx = vertx;
        this.http = vertx.createHttpServer().requestHandler(this::handshake);
        try {
            http.listen(port, host).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            closeVertx();
            throw new IllegalStateException("realtime server could not listen on " + host + ":" + port + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeVertx();
            throw new IllegalStateException("interrupted while starting the realtime server", e);
        } catch (TimeoutException e) {
            closeVertx();
            throw new IllegalStateException("realtime server did not start", e);
        }
    }

    static RealtimeServer start(Realtime realtime, String host, int port) {
        Vertx vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(1)
                .setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1)
                .setUseDaemonThread(true)
                .setPreferNativeTransport(false)
                .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false)
                        .setClassPathResolvingEnabled(false)));
        return new RealtimeServer(realtime, vertx, host, port);
    }

    int port() {
        return http.actualPort();
    }

    /** Closes the server and every socket still open. */
    void close() {
        closeVertx();
    }

    private void closeVertx() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // best effort: the event loop threads are daemons
        }
    }

    // ---- handshake

    /** What an accepted handshake asks for. */
    private record Subscription(Instance instance, Set<String> types, long afterSeq) {
    }

    private void handshake(HttpServerRequest req) {
        String instanceId = blankToNull(req.getParam("instance_id"));
        if (!Realtime.PATH.equals(req.path())) {
            answer(req, 404, "not found: " + req.method() + " " + req.path());
            return;
        }
        Subscription subscription;
        try {
            subscription = check(req, instanceId);
        } catch (ApiException e) {
            record(req, instanceId, e.status);
            answer(req, e.status, e.getMessage());
            return;
        }
        EventLog log = realtime.log(subscription.instance().id);
        Channel channel = ((ConnectionBase) req.connection()).channel();
        Context context = vertx.getOrCreateContext();
        req.toWebSocket().onComplete(upgrade -> {
            if (upgrade.failed()) {
                record(req, instanceId, 400); // Vert.x answered the broken handshake itself
                return;
            }
            record(req, instanceId, 101);
            ServerWebSocket ws = upgrade.result();
            RealtimeConnection connection = new RealtimeConnection(ws, channel, context, subscription.types(),
                    realtime.retention());
            ws.textMessageHandler(text -> received(log, text));
            ws.exceptionHandler(error -> {
                // a cut connection: its closeHandler follows
            });
            ws.closeHandler(v -> {
                log.detach(connection);
                Short code = ws.closeStatusCode();
                if (code != null && !connection.closedByServer()) {
                    log.closedByClient(code);
                }
            });
            log.attach(connection, subscription.afterSeq());
        });
    }

    private Subscription check(HttpServerRequest req, String instanceId) {
        String upgrade = req.getHeader("Upgrade");
        if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
            throw new ApiException(426, "WebSocket upgrade required (Upgrade: websocket)");
        }
        EventLog known = realtime.existingLog(instanceId);
        int refusal = known == null ? 0 : known.takeRefusal();
        if (refusal != 0) {
            throw new ApiException(refusal, "handshake refused (sandbox realtime refuse switch)");
        }
        if (instanceId == null) {
            throw new ApiException(400, "instance_id is required");
        }
        ApiRequest api = new ApiRequest("GET", Realtime.PATH, "", Map.of("id", instanceId),
                name -> credential(req, name), "");
        realtime.authenticator().authorize(ROUTE, api);
        Instance instance = api.instance;
        return new Subscription(instance, types(req.params().getAll("events"), instance),
                afterSeq(req.getParam("last_event_id")));
    }

    /**
     * The types asked for (names matched case-insensitively, comma-joined or repeated); null for every type. Without
     * {@code events}: the instance's subscribed events, or every type when it subscribes to none.
     */
    static Set<String> types(List<String> params, Instance instance) {
        Set<String> names = new LinkedHashSet<>();
        for (String param : params) {
            for (String name : param.split(",")) {
                String trimmed = name.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                String type = CANONICAL_TYPES.get(trimmed.toLowerCase(Locale.ROOT));
                if (type == null) {
                    throw new ApiException(400, "invalid event '" + trimmed + "' in events; valid events: "
                            + String.join(",", Events.TYPES));
                }
                names.add(type);
            }
        }
        if (names.isEmpty()) {
            names.addAll(instance.events());
        }
        return names.isEmpty() || names.contains("All") ? null : Set.copyOf(names);
    }

    /** The number of the cursor event; 0 (replay all retained) when absent. */
    static long afterSeq(String lastEventId) {
        String cursor = blankToNull(lastEventId);
        if (cursor == null) {
            return 0;
        }
        long seq = EventLog.seqOf(cursor.trim());
        if (seq < 0) {
            throw new ApiException(400, "last_event_id must be an event id (evt_<n>): " + cursor);
        }
        return seq;
    }

    /** A header, else the query parameter browsers' SDKs use instead (access_token, client_token, instance_token). */
    private static String credential(HttpServerRequest req, String name) {
        String header = blankToNull(req.getHeader(name));
        if (header != null) {
            return header;
        }
        if (name.equalsIgnoreCase("Authorization")) {
            String jwt = blankToNull(req.getParam("access_token"));
            return jwt == null ? null : "Bearer " + jwt;
        }
        if (name.equalsIgnoreCase(Authenticator.CLIENT_TOKEN)) {
            return req.getParam("client_token");
        }
        if (name.equalsIgnoreCase(Authenticator.INSTANCE_TOKEN)) {
            return req.getParam("instance_token");
        }
        return null;
    }

    /** A client frame: {"type":"ack","id":...} or {"type":"ack","event_id":...} records an ack; others are ignored. */
    private static void received(EventLog log, String text) {
        JsonNode frame;
        try {
            frame = Json.MAPPER.readTree(text);
        } catch (Exception e) {
            return;
        }
        if (frame == null || !"ack".equals(frame.path("type").asText())) {
            return;
        }
        String id = blankToNull(Json.text(frame, "id"));
        if (id == null) {
            id = blankToNull(Json.text(frame, "event_id"));
        }
        if (id != null) {
            log.ack(id);
        }
    }

    private void record(HttpServerRequest req, String instanceId, int status) {
        Map<String, String> query = new TreeMap<>();
        for (String name : req.params().names()) {
            String value = String.join(",", req.params().getAll(name));
            query.put(name, isSecretParam(name) ? Masks.mask(value) : value);
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        req.headers().forEach(h -> headers.putIfAbsent(h.getKey(), maskHeader(h.getKey(), h.getValue())));
        realtime.recorded(new RealtimeHandshake(instanceId, query, headers, status, clock.instant()));
    }

    private static boolean isSecretParam(String name) {
        return name.equals("access_token") || name.equals("client_token") || name.equals("instance_token");
    }

    private static String maskHeader(String name, String value) {
        if (name.equalsIgnoreCase("Authorization")) {
            int space = value.indexOf(' ');
            return space < 0 ? Masks.mask(value) : value.substring(0, space + 1) + Masks.mask(value.substring(space + 1));
        }
        if (name.equalsIgnoreCase(Authenticator.CLIENT_TOKEN) || name.equalsIgnoreCase(Authenticator.INSTANCE_TOKEN)) {
            return Masks.mask(value);
        }
        return value;
    }

    private static void answer(HttpServerRequest req, int status, String message) {
        req.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("X-Request-Id", Ids.requestId())
                .end(Json.write(Json.error(status, message)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
