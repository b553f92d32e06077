package org.camelvzaps.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.component.VZapsComponent;

/**
 * Realtime ingest: a Vert.x WebSocket server standing in for {@code <realtimeUrl>/events/ws} pushes N event frames to
 * one connection as fast as the connection takes them, and counts the ack frames that come back. The protocol has no
 * window: events are pushed and acked one by one, and the only flow control is the transport's — the client reads
 * the next frame only when it has finished the previous one, so the server writes while Vert.x's write queue has room
 * and resumes on drain (its memory stays bounded however many events a round has). A round ends at the N-th ack.
 *
 * <p>Two clients, each on its own connection (told apart by {@code instance_id}): {@code vzaps:realtime} → a no-op
 * route, and the baseline, a bare JDK {@link WebSocket} doing what the consumer does without Camel — one frame at a
 * time, Jackson parse, the same ack frame, then the next frame.
 */
public final class RealtimeIngest implements AutoCloseable {

    public static final String VZAPS = "vzaps:realtime";
    public static final String BARE = "jdk-websocket+json";
    static final String BARE_INSTANCE = "BENCHBAREJDKWEBSOCKET";
    private static final Map<String, String> INSTANCES = Map.of(VZAPS, ApiStub.INSTANCE_ID, BARE, BARE_INSTANCE);
    /** A round gives up when no ack arrived for this long; what is missing is reported as unacked. */
    private static final long STALL_MILLIS = 30_000;

    /** What one round produced: events pushed, acks received, time from the first frame to the last ack. */
    public record Round(String contender, int events, long acked, double seconds) {
        public double perSecond() {
            return acked / seconds;
        }

        public long unacked() {
            return events - acked;
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> handshakes = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final CamelContext camel;
    private final BareClient bare;
    final AtomicLong routed = new AtomicLong();

    public RealtimeIngest() throws Exception {
        server = vertx.createHttpServer().webSocketHandler(this::accept);
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        String url = "ws://127.0.0.1:" + server.actualPort();

        camel = new DefaultCamelContext();
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setClientToken(ApiStub.CLIENT_TOKEN);
        camel.addComponent("vzaps", vzaps);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?instanceId=" + ApiStub.INSTANCE_ID + "&instanceToken=RAW(" + ApiStub.INSTANCE_TOKEN
                     + ")&realtimeUrl=" + url).process(e -> routed.incrementAndGet());
            }
        });
        camel.start();
        bare = new BareClient(URI.create(url + "/events/ws?instance_id=" + BARE_INSTANCE));
        awaitConnected(VZAPS);
        awaitConnected(BARE);
    }

    private void awaitConnected(String contender) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!connections.containsKey(INSTANCES.get(contender))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(contender + " did not connect to the realtime server");
            }
            Thread.sleep(10);
        }
    }

    private void accept(ServerWebSocket ws) {
        if (!"/events/ws".equals(ws.path()) || ws.query() == null) {
            ws.close((short) 1008, "not /events/ws?instance_id=…");
            return;
        }
        String instance = null;
        for (String pair : ws.query().split("&")) {
            if (pair.startsWith("instance_id=")) {
                instance = pair.substring("instance_id=".length());
            }
        }
        if (instance == null) {
            ws.close((short) 1008, "no instance_id");
            return;
        }
        String key = instance;
        Connection connection = new Connection(ws, Vertx.currentContext());
        handshakes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        connections.put(key, connection);
        ws.textMessageHandler(connection::received);
        ws.closeHandler(v -> connections.remove(key, connection));
    }

    /** Pushes {@code events} events to the contender's connection and waits for their acks. */
    public Round run(String contender, int events) throws InterruptedException {
        awaitConnected(contender);
        Connection connection = connections.get(INSTANCES.get(contender));
        Push push = new Push(events, seq.getAndAdd(events));
        connection.push = push;
        push.start = System.nanoTime();
        connection.context.runOnContext(v -> connection.pump());
        long lastAcked = -1;
        long lastProgress = System.currentTimeMillis();
        while (!push.done.await(200, TimeUnit.MILLISECONDS)) {
            long acked = push.acked.get();
            if (acked != lastAcked) {
                lastAcked = acked;
                lastProgress = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - lastProgress > STALL_MILLIS) {
                break;
            }
        }
        long end = push.end != 0 ? push.end : System.nanoTime();
        connection.push = null;
        return new Round(contender, events, push.acked.get(), (end - push.start) / 1e9);
    }

    /** Connections the contender opened beyond its first: a reconnect means a route failure, a drop or silence. */
    public int reconnects(String contender) {
        AtomicInteger count = handshakes.get(INSTANCES.get(contender));
        return count == null ? 0 : count.get() - 1;
    }

    static String event(long i) {
        return "{\"id\":\"evt_" + i + "\",\"type\":\"Message\",\"instance_id\":\"" + ApiStub.INSTANCE_ID
               + "\",\"created_at\":\"2026-11-27T12:00:00Z\",\"data\":{\"type\":\"Message\",\"event\":{\"Info\":{\"ID\":\"3EB0"
               + i + "\",\"Chat\":\"5511999999999@s.whatsapp.net\",\"IsFromMe\":false},\"Message\":{\"conversation\":\"hello\"}}}}";
    }

    /** One round on one connection: only a counter and a latch, so nothing grows with the number of events. */
    private static final class Push {
        final int events;
        final long firstSeq;
        int sent;
        final AtomicInteger acked = new AtomicInteger();
        final CountDownLatch done = new CountDownLatch(1);
        volatile long start;
        volatile long end;

        Push(int events, long firstSeq) {
            this.events = events;
            this.firstSeq = firstSeq;
        }
    }

    private static final class Connection {
        final ServerWebSocket ws;
        final Context context;
        volatile Push push;

        Connection(ServerWebSocket ws, Context context) {
            this.ws = ws;
            this.context = context;
        }

        /** On the connection's event loop: writes while the write queue has room, then continues on drain. */
        void pump() {
            Push p = push;
            if (p == null) {
                return;
            }
            while (p.sent < p.events && !ws.writeQueueFull()) {
                ws.writeTextMessage(event(p.firstSeq + p.sent));
                p.sent++;
            }
            if (p.sent < p.events) {
                ws.drainHandler(v -> pump());
            }
        }

        /** On the connection's event loop: an ack frame counts (both key spellings are sent; one ack per frame). */
        void received(String text) {
            Push p = push;
            if (p != null && text.contains("\"type\":\"ack\"") && p.acked.incrementAndGet() == p.events) {
                p.end = System.nanoTime();
                p.done.countDown();
            }
        }
    }

    /** The baseline: what the consumer does, without Camel. */
    private static final class BareClient implements WebSocket.Listener {
        private final ObjectMapper mapper = new ObjectMapper();
        private final StringBuilder text = new StringBuilder();
        private final WebSocket socket;
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        BareClient(URI uri) {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().header("X-Client-Token", ApiStub.CLIENT_TOKEN)
                    .buildAsync(uri, this).join();
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode event = mapper.readTree(text.toString());
                    String id = event.path("id").asText();
                    String ack = mapper.createObjectNode().put("type", "ack").put("id", id).put("event_id", id).toString();
                    sending = sending.thenCompose(ignored -> webSocket.sendText(ack, true));
                } catch (Exception e) {
                    // not an event: no ack, as the consumer does
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        void close() {
            socket.abort();
        }
    }

    @Override
    public void close() throws Exception {
        camel.close();
        bare.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
