package org.camelvzaps.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import org.camelvzaps.client.Json;

/**
 * A stand-in for the VZaps realtime service in component tests (a Vert.x WebSocket server on loopback): an ordered
 * event log per test, replayed after {@code last_event_id} on each connection, the {@code instance_id} and
 * {@code events} filters, recorded handshakes, acks and close codes, and switches to drop or cut connections, close
 * new ones at once, cut a replay half-way or go silent.
 */
public final class RealtimeTestServer implements AutoCloseable {

    /** One accepted handshake. */
    public record Handshake(Map<String, String> query, Map<String, String> headers) {
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<ObjectNode> log = new CopyOnWriteArrayList<>();
    private final List<ServerWebSocket> open = new CopyOnWriteArrayList<>();
    private final Map<ServerWebSocket, Map<String, String>> queries = new ConcurrentHashMap<>();
    private final Map<ServerWebSocket, HttpConnection> connections = new ConcurrentHashMap<>();
    private final AtomicInteger closeNext = new AtomicInteger();
    private volatile int closeNextCode;
    private volatile int cutResumeAfter = -1;
    private final List<Handshake> handshakes = new CopyOnWriteArrayList<>();
    private final List<String> acks = new CopyOnWriteArrayList<>();
    private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();
    private volatile int refuseWithStatus;

    public RealtimeTestServer() {
        server = vertx.createHttpServer().requestHandler(this::upgrade);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the realtime test server", e);
        }
    }

    public String url() {
        return "ws://127.0.0.1:" + server.actualPort();
    }

    private void upgrade(HttpServerRequest request) {
        if (!"/events/ws".equals(request.path())) {
            request.response().setStatusCode(404).end();
            return;
        }
        if (refuseWithStatus != 0) {
            request.response().setStatusCode(refuseWithStatus).end();
            return;
        }
        HttpConnection connection = request.connection();
        request.toWebSocket().onSuccess(ws -> accept(ws, connection));
    }

    private void accept(ServerWebSocket ws, HttpConnection connection) {
        Map<String, String> query = parseQuery(ws.query());
        handshakes.add(new Handshake(query, toMap(ws.headers())));
        connections.put(ws, connection);
        if (closeNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            ws.close((short) closeNextCode, "closed by test");
            return;
        }
        ws.textMessageHandler(text -> {
            JsonNode ack = read(text);
            if ("ack".equals(ack.path("type").asText())) {
                acks.add(ack.path("id").asText());
            }
        });
        ws.closeHandler(v -> {
            queries.remove(ws);
            connections.remove(ws);
            if (open.remove(ws) && ws.closeStatusCode() != null) {
                closeCodes.add(ws.closeStatusCode().intValue());
            }
        });
        synchronized (log) { // replay and live events reach a connection in log order
            queries.put(ws, query);
            open.add(ws);
            replay(ws, query);
        }
    }

    private void replay(ServerWebSocket ws, Map<String, String> query) {
        String after = query.get("last_event_id");
        int cutAfter = after == null ? -1 : cutResumeAfter;
        boolean past = after == null;
        int sent = 0;
        for (ObjectNode event : log) {
            if (past && accepts(query, event)) {
                if (sent++ == cutAfter) {
                    cutResumeAfter = -1;
                    open.remove(ws);
                    connections.get(ws).close(); // the TCP connection ends, without a close frame
                    return;
                }
                ws.writeTextMessage(event.toString());
            }
            past = past || event.path("id").asText().equals(after);
        }
    }

    /** Appends an event {@code evt_<id>} of {@code type} to the log and sends it to the open connections. */
    public ObjectNode publish(String id, String type, String instanceId) {
        ObjectNode event = Json.mapper().createObjectNode().put("id", id).put("type", type).put("instance_id", instanceId)
                .put("created_at", "2026-11-27T12:00:00Z");
        event.putObject("data").put("type", type).putObject("event").putObject("info").put("id", "3EB0" + id);
        synchronized (log) {
            log.add(event);
            sendLive(event);
        }
        return event;
    }

    /** Appends a {@code Message} event {@code evt_<id>} whose text is {@code text} and sends it to the open connections. */
    public ObjectNode publishMessage(String id, String instanceId, String text) {
        ObjectNode event = Json.mapper().createObjectNode().put("id", id).put("type", "Message")
                .put("instance_id", instanceId).put("created_at", "2026-11-27T12:00:00Z");
        ObjectNode body = event.putObject("data").put("type", "Message").putObject("event");
        body.putObject("info").put("id", "3EB0" + id);
        body.putObject("message").put("conversation", text);
        synchronized (log) {
            log.add(event);
            sendLive(event);
        }
        return event;
    }

    private void sendLive(ObjectNode event) {
        for (ServerWebSocket ws : open) {
            Map<String, String> query = queries.get(ws);
            if (query != null && accepts(query, event)) {
                ws.writeTextMessage(event.toString());
            }
        }
    }

    /** Sends a frame as is to every open connection (without logging it). */
    public void sendRaw(String text) {
        open.forEach(ws -> ws.writeTextMessage(text));
    }

    /** Cuts every open connection without a close handshake. */
    public void dropConnections() {
        open.forEach(ws -> ws.close((short) 1011, "dropped by test"));
    }

    /** Ends every open TCP connection without a WebSocket close frame, as a crashed server or a cut cable does. */
    public void cutConnections() {
        List<ServerWebSocket> cut = List.copyOf(open);
        open.removeAll(cut);
        cut.forEach(ws -> connections.get(ws).close());
    }

    /** Closes the next {@code count} connections with {@code code} right after their handshake. */
    public void closeNewConnections(int count, int code) {
        closeNextCode = code;
        closeNext.set(count);
    }

    /** The next resuming connection (one with {@code last_event_id}) is cut after replaying {@code frames} events. */
    public void cutNextResumeAfter(int frames) {
        cutResumeAfter = frames;
    }

    /** Stops reading every open connection: pings go unanswered, as from a dead peer. */
    public void goSilent() {
        open.forEach(ServerWebSocket::pause);
    }

    /** Refuses new handshakes with this HTTP status (0: accept again). */
    public void refuseWith(int status) {
        this.refuseWithStatus = status;
    }

    public List<Handshake> handshakes() {
        return List.copyOf(handshakes);
    }

    public List<String> acks() {
        return List.copyOf(acks);
    }

    public List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }

    public int openConnections() {
        return open.size();
    }

    /** Forgets everything, closing the connections of earlier tests (their close codes are not recorded). */
    public void reset() {
        List<ServerWebSocket> stale = List.copyOf(open);
        open.clear();
        stale.forEach(ws -> ws.close((short) 1001, "test reset"));
        log.clear();
        handshakes.clear();
        acks.clear();
        closeCodes.clear();
        refuseWithStatus = 0;
        closeNext.set(0);
        cutResumeAfter = -1;
    }

    private static boolean accepts(Map<String, String> query, JsonNode event) {
        String instance = query.get("instance_id");
        if (instance != null && !instance.equals(event.path("instance_id").asText())) {
            return false;
        }
        String events = query.get("events");
        if (events == null || events.isBlank()) {
            return true;
        }
        List<String> types = new ArrayList<>();
        Collections.addAll(types, events.split(","));
        return types.contains(event.path("type").asText());
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> query = new java.util.TreeMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static Map<String, String> toMap(MultiMap multi) {
        Map<String, String> map = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        multi.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static JsonNode read(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (Exception e) {
            return Json.mapper().createObjectNode();
        }
    }

    @Override
    public void close() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // best effort in tests
        }
    }
}
