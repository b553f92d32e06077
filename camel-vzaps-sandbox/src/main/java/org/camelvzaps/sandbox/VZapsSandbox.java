package org.camelvzaps.sandbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * A stateful simulator of the VZaps HTTP API on a local port, built on WireMock: tokens and the platform's auth
 * rules, instances and billing, session with a real rotating QR code and pair codes, webhook configuration with real
 * HTTP deliveries and delivery logs, every send with its events (media stored and served back), message actions,
 * chats, users and contacts, groups, queues, TypeBot, Chatwoot, simulated inbound messages and switchable faults;
 * and the realtime WebSocket ({@link #realtimeUrl()}{@code /events/ws}, on its own port) with a per-instance event
 * log, replay after {@code last_event_id}, ack tracking and its own fault switches.
 * Each API area registers its own routes ({@link SandboxArea}); {@link #routes()} lists them. Every event goes out
 * through one emission path ({@link EventHub}) to the realtime log and the webhooks.
 *
 * <pre>{@code
 * try (VZapsSandbox sb = VZapsSandbox.builder().port(0).build()) {
 *     sb.start();
 *     String baseUrl = sb.baseUrl();
 *     ...
 * }
 * }</pre>
 */
public final class VZapsSandbox implements AutoCloseable {

    private final Settings settings;
    private final Clock clock = Clock.systemUTC();
    private final Store store = new Store();
    private final Faults faults = new Faults();
    private final Tokens tokens;
    private final Authenticator authenticator;
    private final Webhooks webhooks;
    private final Realtime realtime;
    private final EventHub events;
    private final Pairing pairing;
    private final BillingHandlers billing;
    private final Inbox inbox;
    private final RouteTable routeTable;
    private final Journal journal;
    private WireMockServer server;

    private VZapsSandbox(Settings settings) {
        this.settings = settings;
        this.tokens = new Tokens(settings, clock);
        this.authenticator = new Authenticator(tokens, store);
        this.webhooks = new Webhooks(settings, clock);
        this.realtime = new Realtime(settings, authenticator);
        this.events = new EventHub(settings, clock, realtime, webhooks);
        this.pairing = new Pairing(settings, clock, events);
        this.billing = new BillingHandlers(settings, clock, store, this::baseUrl);
        MediaStore media = new MediaStore(this::baseUrl);
        MessageComposer composer = new MessageComposer(media);
        MessageFlow flow = new MessageFlow(settings, clock, events, media);
        this.inbox = new Inbox(composer, flow);
        this.journal = new Journal(settings.journalSize);
        this.routeTable = new RouteTable(List.of(
                new TokenHandler(tokens),
                new InstanceHandlers(clock, store),
                billing,
                new SessionHandlers(settings, clock, pairing),
                new WebhookHandlers(clock, webhooks),
                new SendHandlers(composer, flow),
                new MessageActionHandlers(clock, flow),
                new MediaHandlers(media),
                new ChatHandlers(clock),
                new UserHandlers(),
                new GroupHandlers(clock, media),
                new QueueHandlers(),
                new TypebotHandlers(clock),
                new ChatwootHandlers(this::baseUrl),
                new AdminHandlers(this, store, inbox)));
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Starts the HTTP server and the realtime WebSocket server (idempotent; after stop() they start again, on new free
     * ports when the ports are 0).
     */
    public synchronized VZapsSandbox start() {
        if (server != null) {
            return this;
        }
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress(settings.bindAddress)
                .notifier(new ConsoleNotifier(false))
                .disableRequestJournal() // unbounded, and whole bodies: the sandbox keeps its own, bounded
                .extensions(new SandboxTransformer(routeTable, authenticator, faults, journal));
        if (settings.port == 0) {
            options.dynamicPort();
        } else {
            options.port(settings.port);
        }
        WireMockServer s = new WireMockServer(options);
        s.start();
        try {
            realtime.start();
        } catch (RuntimeException e) {
            s.stop();
            throw e;
        }
        webhooks.open();
        events.open();
        s.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(SandboxTransformer.NAME)));
        server = s;
        return this;
    }

    /**
     * Stops the HTTP server, the realtime server (open sockets are closed with 1001) and the event and webhook delivery
     * threads (idempotent). State is kept (instances, event logs, acks, delivery logs); start() serves it again.
     */
    public synchronized void stop() {
        realtime.stop();
        if (server != null) {
            server.stop();
            server = null;
        }
        events.close();
        webhooks.close();
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** {@code http://<bind address>:<port>}, e.g. {@code http://127.0.0.1:34567}. */
    public String baseUrl() {
        String host = settings.bindAddress.equals("0.0.0.0") ? "127.0.0.1" : settings.bindAddress;
        return "http://" + host + ":" + port();
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("sandbox not started");
        }
        return server.port();
    }

    /**
     * Root of the realtime WebSocket, {@code ws://<bind address>:<realtime port>}, e.g. {@code ws://127.0.0.1:34568}:
     * clients connect to {@code <realtimeUrl>/events/ws?instance_id=...} (the component's {@code realtimeUrl} option).
     */
    public String realtimeUrl() {
        String host = settings.bindAddress.equals("0.0.0.0") ? "127.0.0.1" : settings.bindAddress;
        return "ws://" + host + ":" + realtimePort();
    }

    /** Port of the realtime WebSocket server. */
    public int realtimePort() {
        return realtime.port();
    }

    public String clientToken() {
        return settings.clientToken;
    }

    public String clientSecret() {
        return settings.clientSecret;
    }

    // ---------------------------------------------------------------- state

    public Optional<SandboxInstance> instance(String instanceId) {
        return store.find(instanceId).map(Instance::view);
    }

    /** All instances, in creation order. */
    public List<SandboxInstance> instances() {
        return store.all().stream().map(Instance::view).toList();
    }

    /** Creates an instance of the account, as {@code PUT /instances/create} does; it is not paired yet. */
    public SandboxInstance createInstance(String name) {
        return store.create(name, clock.instant()).view();
    }

    /** Completes pairing as if the QR code had been scanned; emits Connected. No-op when already connected. */
    public void scan(String instanceId) {
        pairing.pair(store.requireForAdmin(instanceId));
    }

    /** Drops the WhatsApp session; emits Disconnected. The next QR fetches pair again. */
    public void disconnect(String instanceId) {
        pairing.disconnect(store.requireForAdmin(instanceId), "disconnected by sandbox admin");
    }

    /** Pays the pending checkout of the instance: billing becomes ACTIVE. */
    public void completeCheckout(String instanceId) {
        billing.completeCheckout(store.requireForAdmin(instanceId));
    }

    /** Whether the simulated account has a card on file (subscribe answers direct) or not (checkout). */
    public void setCardOnFile(boolean cardOnFile) {
        settings.cardOnFile = cardOnFile;
    }

    /**
     * A contact writes to the instance: emits an inbound Message event.
     *
     * @return the message id
     * @throws IllegalArgumentException unknown instance or phone not 10-15 digits
     * @throws IllegalStateException    instance not connected
     */
    public String injectInboundMessage(String instanceId, String phone, String pushName, String text) {
        Instance instance = store.requireForAdmin(instanceId);
        return javaApi(() -> inbox.receive(instance, Json.object().put("phone", phone).put("push_name", pushName)
                .put("text", text)));
    }

    /**
     * A contact sends a file to the instance: emits an inbound Message event whose media node
     * ({@code image_message}, ...) can be downloaded with chat/download&lt;kind&gt; and whose {@code media_url} serves
     * the bytes.
     *
     * @param kind     image, video, audio, document or sticker
     * @param caption  may be null
     * @param fileName may be null (documents default to "document")
     * @return the message id
     * @throws IllegalArgumentException unknown instance, bad phone or kind
     * @throws IllegalStateException    instance not connected
     */
    public String injectInboundMedia(String instanceId, String phone, String pushName, String kind, byte[] bytes,
                                     String mimetype, String caption, String fileName) {
        Instance instance = store.requireForAdmin(instanceId);
        return javaApi(() -> inbox.receiveFile(instance, phone, pushName, kind, bytes, mimetype, caption, fileName));
    }

    /**
     * Holds the instance's outbound queue (sends and message actions wait in queue/messages and queue/operations,
     * answered but not carried out) or releases it (what waited runs, in order).
     */
    public void holdQueue(String instanceId, boolean hold) {
        store.requireForAdmin(instanceId).queue.hold(hold);
    }

    /** API errors of the Java admin API as Java exceptions: 409 IllegalStateException, others IllegalArgumentException. */
    private static <T> T javaApi(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.status == 409) {
                throw new IllegalStateException(e.getMessage());
            }
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    public Faults faults() {
        return faults;
    }

    /**
     * A recipient that never receives (true) or receives again (false): messages sent to the phone (digits, country
     * code first) are answered and emit their Message event as usual, but no Delivered or Read receipt ever comes, as
     * for a phone that is off or has blocked the number. For testing delivery watchdogs.
     */
    public void setUnreachable(String phone, boolean unreachable) {
        String digits = javaApi(() -> Phones.user(Phones.chatJid(phone, "phone")));
        if (unreachable) {
            settings.unreachable.add(digits);
        } else {
            settings.unreachable.remove(digits);
        }
    }

    // ---------------------------------------------------------------- realtime

    /** The instance's realtime event log (the retained events, oldest first), with each event's ack state. */
    public List<RealtimeEvent> realtimeEvents(String instanceId) {
        return realtimeLog(instanceId).events();
    }

    /** Event ids the instance's realtime clients acknowledged, in arrival order (repeats included). */
    public List<String> realtimeAcks(String instanceId) {
        return realtimeLog(instanceId).acks();
    }

    /** Number of the instance's open realtime sockets. */
    public int realtimeConnections(String instanceId) {
        return realtimeLog(instanceId).connections().size();
    }

    /**
     * Cuts the instance's open realtime sockets without a close handshake (the TCP connection just closes; the JDK
     * client reports close code 1006).
     *
     * @return how many sockets were cut
     */
    public int abortRealtimeConnections(String instanceId) {
        List<RealtimeConnection> open = realtimeLog(instanceId).connections();
        open.forEach(RealtimeConnection::abort);
        return open.size();
    }

    /**
     * Closes the instance's open realtime sockets with a close frame carrying {@code code} (1011 = server error,
     * 1001 = going away, ...).
     *
     * @return how many sockets were closed
     */
    public int closeRealtimeConnections(String instanceId, int code) {
        boolean sendable = code >= 1000 && code <= 1003 || code >= 1007 && code <= 1014 || code >= 3000 && code <= 4999;
        if (!sendable) {
            throw new IllegalArgumentException("not a close code a server can send (1000-1003, 1007-1014, "
                    + "3000-4999): " + code);
        }
        List<RealtimeConnection> open = realtimeLog(instanceId).connections();
        open.forEach(c -> c.close(code, "closed by sandbox admin"));
        return open.size();
    }

    /**
     * Silent on: the instance's realtime sockets, open ones and new ones, stop reading (pings go unanswered, acks are
     * not seen) and get no frames, as from a hung server; events still go to the log. Off: each socket still open gets
     * what was held back, in order, and is read again.
     */
    public void setRealtimeSilent(String instanceId, boolean silent) {
        realtimeLog(instanceId).silent(silent).forEach(RealtimeConnection::settle);
    }

    /**
     * The next {@code count} realtime handshakes for the instance are refused with HTTP {@code status} (400..599),
     * before auth is checked; count 0 clears the switch.
     */
    public void refuseRealtimeHandshakes(String instanceId, int count, int status) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0");
        }
        if (count > 0 && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be 400..599: " + status);
        }
        realtimeLog(instanceId).refuse(count, status);
    }

    /** Realtime handshakes naming the instance ({@code instance_id}), accepted or refused, oldest first; secrets masked. */
    public List<RealtimeHandshake> realtimeHandshakes(String instanceId) {
        return realtime.handshakes(Objects.requireNonNull(instanceId, "instanceId"));
    }

    /** Every realtime handshake seen (any or no instance), oldest first; the last 1,000 are kept. */
    public List<RealtimeHandshake> realtimeHandshakes() {
        return realtime.handshakes(null);
    }

    /** Close codes the instance's realtime clients closed their sockets with, oldest first. */
    public List<Integer> realtimeCloseCodes(String instanceId) {
        return realtimeLog(instanceId).closeCodes();
    }

    /**
     * Switches the realtime faults off (silent, pending refusals) and forgets the recorded handshakes. Event logs,
     * acks, close codes and open sockets stay.
     */
    public void resetRealtime() {
        realtime.reset();
    }

    /** The realtime log of a known instance (IllegalArgumentException otherwise). */
    private EventLog realtimeLog(String instanceId) {
        return realtime.log(store.requireForAdmin(instanceId).id);
    }

    Realtime realtime() {
        return realtime;
    }

    /** Webhook delivery logs of the instance, oldest first. */
    public List<DeliveryLog> deliveryLogs(String instanceId) {
        return webhooks.logs(instanceId).stream().map(Webhooks.LogEntry::view).toList();
    }

    /**
     * API calls received (admin calls under /__sandbox excluded), in arrival order: the last {@code journalSize} of
     * them, each body cut to 16 KiB.
     */
    public List<RecordedCall> journal() {
        return journal.calls();
    }

    public void resetJournal() {
        journal.clear();
    }

    /** Every JWT issued so far is expired from now on (clients must fetch a new one). */
    public void expireTokens() {
        tokens.expireAll();
    }

    Webhooks webhooks() {
        return webhooks;
    }

    /** Method + path template + auth of every route served (admin routes included). */
    public List<String> routes() {
        return routeTable.routes().stream().map(Route::toString).toList();
    }

    private synchronized WireMockServer server() {
        if (server == null) {
            throw new IllegalStateException("sandbox not started");
        }
        return server;
    }

    // ---------------------------------------------------------------- builder

    /** Options of a sandbox; every option has a default. */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private String clientToken = Ids.secret("ct_");
        private String clientSecret = Ids.secret("cs_");
        private Duration tokenLifetime = Duration.ofHours(1);
        private Duration qrRotation = Duration.ofSeconds(20);
        private int autoPairAfterQrFetches = 2;
        private boolean cardOnFile = true;
        private boolean connectEndpoint;
        private Duration eventGap = Duration.ofMillis(100);
        private Duration deliveryTimeout = Duration.ofSeconds(5);
        private boolean qrKeySnakeCase;
        private int realtimePort;
        private int realtimeRetention = 10_000;
        private int journalSize = 1_000;
        private Duration deliveredDelay;
        private Duration readDelay;

        private Builder() {
        }

        /** TCP port; 0 (default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Address to listen on; default 127.0.0.1 (loopback). */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress);
            return this;
        }

        /** Account client token; default a random value. */
        public Builder clientToken(String clientToken) {
            this.clientToken = requireText(clientToken, "clientToken");
            return this;
        }

        /** Account client secret; default a random value. */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = requireText(clientSecret, "clientSecret");
            return this;
        }

        /** Lifetime of issued JWTs (expires_in = this in seconds, rounded up, at least 1); default 1 h. */
        public Builder tokenLifetime(Duration tokenLifetime) {
            this.tokenLifetime = positive(tokenLifetime, "tokenLifetime");
            return this;
        }

        /** How long one QR content stays valid before a fetch shows a new one; default 20 s. */
        public Builder qrRotation(Duration qrRotation) {
            this.qrRotation = positive(qrRotation, "qrRotation");
            return this;
        }

        /** Pairing completes on the n-th QR fetch (the next fetch reports connected); 0 = only scan() pairs. Default 2. */
        public Builder autoPairAfterQrFetches(int fetches) {
            if (fetches < 0) {
                throw new IllegalArgumentException("autoPairAfterQrFetches must be >= 0");
            }
            this.autoPairAfterQrFetches = fetches;
            return this;
        }

        /** true (default): subscribe answers mode direct; false: mode checkout with a hosted URL. */
        public Builder cardOnFile(boolean cardOnFile) {
            this.cardOnFile = cardOnFile;
            return this;
        }

        /** false (default): POST /instances/{id}/connect answers 404 as on the current platform; true: it exists. */
        public Builder connectEndpoint(boolean connectEndpoint) {
            this.connectEndpoint = connectEndpoint;
            return this;
        }

        /** Gap between the events of one send (Message, Delivered, Read); default 100 ms. */
        public Builder eventGap(Duration eventGap) {
            this.eventGap = Objects.requireNonNull(eventGap, "eventGap");
            return this;
        }

        /** Connect and response timeout of webhook deliveries; default 5 s. */
        public Builder deliveryTimeout(Duration deliveryTimeout) {
            this.deliveryTimeout = positive(deliveryTimeout, "deliveryTimeout");
            return this;
        }

        /** true: the QR answer uses key {@code qr_code} (SDK doc pages); false (default): {@code QRCode} (flow page). */
        public Builder qrKeySnakeCase(boolean qrKeySnakeCase) {
            this.qrKeySnakeCase = qrKeySnakeCase;
            return this;
        }

        /** TCP port of the realtime WebSocket server; 0 (default) picks a free one. */
        public Builder realtimePort(int realtimePort) {
            if (realtimePort < 0 || realtimePort > 65535) {
                throw new IllegalArgumentException("realtimePort out of range: " + realtimePort);
            }
            this.realtimePort = realtimePort;
            return this;
        }

        /**
         * Events kept per instance in the realtime log (older ones are dropped: a resume from before them replays
         * what is left); also the most acks kept per instance and frames held for one silent socket. Default 10,000.
         */
        public Builder realtimeRetention(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("realtimeRetention must be >= 1");
            }
            this.realtimeRetention = events;
            return this;
        }

        /**
         * API calls kept in the journal ({@link VZapsSandbox#journal()}, {@code GET /__sandbox/journal}): the last n,
         * older ones dropped first, each body cut to 16 KiB, so the journal stays under about n × 16 KiB whatever
         * callers send. 0 keeps none. Default 1,000.
         */
        public Builder journalSize(int calls) {
            if (calls < 0) {
                throw new IllegalArgumentException("journalSize must be >= 0");
            }
            this.journalSize = calls;
            return this;
        }

        /**
         * When the receipts of a send come, measured from the send: {@code ReadReceipt} Delivered after
         * {@code delivered}, then Read after {@code read} (not before Delivered). Without this (default) both follow
         * the Message event at once, {@code eventGap} apart. Other events of the instance are not held up meanwhile.
         */
        public Builder receiptDelays(Duration delivered, Duration read) {
            Objects.requireNonNull(delivered, "delivered");
            Objects.requireNonNull(read, "read");
            if (delivered.isNegative() || read.compareTo(delivered) < 0) {
                throw new IllegalArgumentException("receipt delays must be >= 0 and read >= delivered");
            }
            this.deliveredDelay = delivered;
            this.readDelay = read;
            return this;
        }

        public VZapsSandbox build() {
            return new VZapsSandbox(new Settings(port, bindAddress, clientToken, clientSecret, tokenLifetime,
                    qrRotation, autoPairAfterQrFetches, cardOnFile, connectEndpoint, eventGap, deliveryTimeout,
                    qrKeySnakeCase, realtimePort, realtimeRetention, journalSize, deliveredDelay, readDelay));
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration");
            }
            return d;
        }
    }
}
