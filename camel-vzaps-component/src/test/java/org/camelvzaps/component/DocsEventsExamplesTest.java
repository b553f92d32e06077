package org.camelvzaps.component;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.model.session.QrCode;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.InMemoryLogAppender;
import org.camelvzaps.test.RealtimeTestServer;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every Java and YAML example of docs/receiving-events.md runs as written: webhook examples get callbacks over HTTP,
 * realtime examples read a WebSocket stand-in, pairing examples poll the WireMock stand-in of the API, and the leader
 * example runs on two replicas. An example is the fenced block right after a {@code <!-- example: <id> -->} line; a
 * Java block is compiled as the body of {@code RouteBuilder.configure()} (its import lines go on top), a YAML block is
 * loaded through camel-yaml-dsl. The examples send events to {@code direct:process-event} and park failures on
 * {@code direct:park-event}; this test supplies both. The only edits before running: {@code data/} and
 * {@code /mnt/shared/} point into a temporary folder, {@code file:qr} too, and the leader example's replica name
 * comes from the CamelContext name instead of the {@code HOSTNAME} variable.
 */
class DocsEventsExamplesTest extends VZapsTestSupport {

    static final Path DOC = Path.of("..", "docs", "receiving-events.md");
    private static final String INSTANCE = "/instances/" + INSTANCE_ID;
    private static final String WEBHOOK_SECRET = "s3cret-for-docs";
    private static final String HOOK = "/vzaps/webhook?secret=" + URLEncoder.encode(WEBHOOK_SECRET, StandardCharsets.UTF_8);
    /** Events whose id starts so fail in direct:process-event; the unparkable one fails in direct:park-event too. */
    private static final String POISON = "evt_poison";
    private static final String UNPARKABLE = "evt_poison_unparkable";
    private static final String QR = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/Pm8qYQAAAABJRU5ErkJggg==";
    private static final JavaExamples EXAMPLES = new JavaExamples(DOC, () -> JavaExamples.javaBlocks(DOC, 
            block -> !block.code().contains("data/") && !block.code().contains("/mnt/shared/")
                     && !block.code().contains("file:qr")));

    private static RealtimeTestServer server;

    @TempDir
    Path dir;

    private int port;
    /** Event ids (or types, for bodies without id) processed successfully, per replica in the leader example. */
    private final List<String> processed = new CopyOnWriteArrayList<>();
    private final List<String> parked = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startRealtimeServer() {
        server = new RealtimeTestServer();
    }

    @AfterAll
    static void stopRealtimeServer() {
        server.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        configure(context);
        // the HTTP server vzaps:webhook runs on, as on Camel Main
        port = AvailablePortFinder.getNextAvailable();
        MainHttpServer http = new MainHttpServer();
        http.setPort(port);
        context.addService(http);
        return context;
    }

    /** What an application's properties would set: the instance, the secret; the realtime stand-in's URL. */
    private static void configure(CamelContext context) {
        context.getComponent("vzaps", VZapsComponent.class).getConfiguration().setRealtimeUrl(server.url());
        context.getPropertiesComponent().addInitialProperty("vzaps.instance", INSTANCE_ID);
        context.getPropertiesComponent().addInitialProperty("vzaps.webhook-secret", WEBHOOK_SECRET);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return processing(processed, parked, attempts);
    }

    /** The reader's own routes the examples call. */
    private static RouteBuilder processing(List<String> processed, List<String> parked, List<String> attempts) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // as the page says: failures go back to the calling vzaps route and its dead letter channel
                from("direct:process-event").routeId("process-event").errorHandler(noErrorHandler()).process(e -> {
                    String id = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
                    String key = id != null ? id : e.getMessage().getHeader(VZapsConstants.EVENT_TYPE, String.class);
                    attempts.add(key);
                    if (key.startsWith(POISON)) {
                        throw new IllegalStateException("cannot process " + key);
                    }
                    processed.add(key);
                });
                from("direct:park-event").routeId("park-event").errorHandler(noErrorHandler()).process(e -> {
                    String id = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
                    if (UNPARKABLE.equals(id)) {
                        throw new IllegalStateException("the dead letter store is down");
                    }
                    parked.add(id);
                });
            }
        };
    }

    @BeforeEach
    void reset() {
        InMemoryLogAppender.clear();
        api.resetAll();
        stubToken();
        server.reset();
    }

    static Stream<Arguments> examples() throws IOException {
        return blocks().stream().map(b -> Arguments.of(b.id(), b.dsl(), b.code()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("examples")
    void exampleRunsAsWritten(String id, String dsl, String code) throws Exception {
        if ("realtime-leader".equals(id)) {
            leaderExample(dsl, code);
            return;
        }
        if ("realtime-fleet-cluster".equals(id)) {
            fleetClusterExample(dsl, code);
            return;
        }
        String runnable = code.replace("data/", dir.toAbsolutePath() + "/")
                .replace("file:qr", "file:" + dir.resolve("qr").toAbsolutePath());
        prepare(id);
        EXAMPLES.addRoutes(context, id, dsl, runnable, !runnable.equals(code));
        exercise(id);
    }

    @Test
    void everyYamlBlockIsATestedExampleAndEveryConsumerHasJavaAndYaml() throws IOException {
        String doc = Files.readString(DOC);
        // a block marked "not run in CI" (the Kubernetes recipe needs a cluster) says so on the page instead
        long yamlBlocks = Pattern.compile("^```yaml$", Pattern.MULTILINE).matcher(doc).results().count()
                          - Pattern.compile("^<!-- not run in CI: [^>]+ -->\\s*\\n```yaml$", Pattern.MULTILINE).matcher(doc)
                                  .results().count();
        List<JavaExamples.Block> blocks = blocks();
        assertEquals(yamlBlocks, blocks.stream().filter(b -> "yaml".equals(b.dsl())).count(),
                "every ```yaml block of " + DOC + " must follow an <!-- example: id --> line");
        for (String common : List.of("webhook", "webhook-dead-letter", "webhook-register", "webhook-replay", "realtime",
                "realtime-leader", "realtime-fleet", "pairing")) {
            assertEquals(Set.of("java", "yaml"), blocks.stream().filter(b -> b.id().equals(common)).map(JavaExamples.Block::dsl)
                    .collect(Collectors.toSet()), common + " needs a Java and a YAML example");
        }
    }

    // ------------------------------------------------------------------ what each example needs and must do

    /** API answers the example's route needs as soon as it starts. */
    private void prepare(String id) {
        switch (id) {
            case "webhook-register" -> {
                api.stubFor(get(urlEqualTo(INSTANCE + "/webhook")).willReturn(json(Fixtures.read("response-webhook-get.json"))));
                api.stubFor(WireMock.post(urlEqualTo(INSTANCE + "/webhook"))
                        .willReturn(json(Fixtures.read("response-webhook-set.json"))));
            }
            case "webhook-replay" -> {
                api.stubFor(WireMock.post(urlEqualTo(INSTANCE + "/webhook/logs/search")).willReturn(json(
                        "{\"code\":200,\"success\":true,\"data\":{\"content\":[" + failedLog("wlog_b", "2026-11-27T11:00:00Z")
                        + "," + failedLog("wlog_a", "2026-11-27T10:00:00Z") + "],\"page\":1,\"size\":100,\"total\":2,"
                        + "\"total_pages\":1}}")));
                api.stubFor(WireMock.post(urlEqualTo(INSTANCE + "/webhook/logs/wlog_a/retry"))
                        .willReturn(json("{\"code\":200,\"success\":true,\"data\":{}}")));
                api.stubFor(WireMock.post(urlEqualTo(INSTANCE + "/webhook/logs/wlog_b/retry"))
                        .willReturn(json("{\"code\":200,\"success\":true,\"data\":{}}")));
            }
            case "realtime-fleet" -> api.stubFor(WireMock.post(urlEqualTo("/instances/list")).willReturn(json(
                    "{\"page\":1,\"size\":100,\"total\":1,\"total_pages\":1,\"content\":[{\"id\":\"" + INSTANCE_ID
                    + "\",\"name\":\"support\"}]}")));
            case "pairing" -> {
                statusSequence("response-session-status-disconnected.json", "response-session-status-disconnected.json",
                        "response-session-status-connected.json");
                api.stubFor(get(urlEqualTo(INSTANCE + "/session/qr")).willReturn(json(
                        "{\"code\":200,\"success\":true,\"data\":{\"QRCode\":\"" + QR + "\"}}")));
            }
            case "pairing-by-phone" -> {
                statusSequence("response-session-status-disconnected.json", "response-session-status-connected.json");
                api.stubFor(get(urlEqualTo(INSTANCE + "/session/paircode/5511999999999"))
                        .willReturn(json(Fixtures.read("response-session-paircode.json"))));
            }
            default -> {
                // nothing to answer before the route starts
            }
        }
    }

    private void exercise(String id) throws Exception {
        switch (id) {
            case "webhook" -> {
                assertEquals(200, postWebhook(HOOK, Fixtures.read("webhook-Message-text.inferred.json")).statusCode());
                HttpResponse<String> connected = postWebhook(HOOK, Fixtures.read("webhook-Connected.inferred.json"));
                assertEquals(200, connected.statusCode());
                assertTrue(connected.body().contains("ignored"), "not in events: " + connected.body());
                assertEquals(401, postWebhook("/vzaps/webhook", Fixtures.read("webhook-Message-text.inferred.json"))
                        .statusCode());
                assertEquals(List.of("Message"), processed);
            }
            case "webhook-dead-letter" -> {
                assertEquals(200, postWebhook(HOOK, envelope("evt_1")).statusCode());
                assertEquals(200, postWebhook(HOOK, envelope(POISON + "_1")).statusCode(), "parked: handled");
                assertEquals(500, postWebhook(HOOK, envelope(UNPARKABLE)).statusCode(),
                        "deadLetterHandleNewException(false): a failing dead letter channel fails the delivery");
                assertEquals(List.of("evt_1"), processed);
                assertEquals(List.of(POISON + "_1"), parked);
                assertEquals(3, attempts.stream().filter((POISON + "_1")::equals).count(), "first try and two redeliveries");
            }
            case "webhook-register" -> {
                api.verify(1, postRequestedFor(urlEqualTo(INSTANCE + "/webhook")).withRequestBody(equalToJson(
                        "{\"webhookURL\":\"https://hooks.example.com/vzaps/webhook?secret=" + WEBHOOK_SECRET
                        + "\",\"events\":\"Message\"}")));
                assertEquals(200, postWebhook(HOOK, Fixtures.read("webhook-Message-text.inferred.json")).statusCode());
                context.getRouteController().stopRoute(vzapsRouteId());
                api.verify(2, postRequestedFor(urlEqualTo(INSTANCE + "/webhook")));
                api.verify(1, postRequestedFor(urlEqualTo(INSTANCE + "/webhook")).withRequestBody(
                        WireMock.containing("https://cliente.exemplo.com/webhooks/vzaps")));
                assertEquals(List.of("Message"), processed);
            }
            case "webhook-replay" -> {
                // replay runs in the background once the route has started
                await().atMost(Duration.ofSeconds(30)).until(() -> InMemoryLogAppender.all()
                        .contains("Replayed 2 failed VZaps webhook deliveries"));
                List<String> retries = api.getAllServeEvents().stream().map(e -> e.getRequest().getUrl())
                        .filter(u -> u.endsWith("/retry")).toList();
                assertEquals(List.of(INSTANCE + "/webhook/logs/wlog_b/retry", INSTANCE + "/webhook/logs/wlog_a/retry"),
                        retries, "oldest first (WireMock lists the newest request first)");
                assertEquals(200, postWebhook(HOOK, envelope("evt_7")).statusCode());
                assertEquals(200, postWebhook(HOOK, envelope("evt_7")).statusCode(), "a duplicate is answered 200");
                assertEquals(List.of("evt_7"), processed, "and not routed");
                context.getRouteController().stopRoute(vzapsRouteId());
                assertTrue(Files.readString(dir.resolve("vzaps-cursors.dat"))
                        .contains("webhook-replay:" + INSTANCE_ID + "=2026-11-27T11:00:00Z"), "the replay cursor is on disk");
            }
            case "realtime" -> {
                await().atMost(Duration.ofSeconds(10)).until(() -> server.openConnections() == 1);
                assertEquals("Message,ReadReceipt", server.handshakes().get(0).query().get("events"));
                server.publish("evt_1", "Message", INSTANCE_ID);
                server.publish(POISON + "_1", "Message", INSTANCE_ID);
                server.publish("evt_2", "ReadReceipt", INSTANCE_ID);
                await().atMost(Duration.ofSeconds(20)).until(() -> server.acks().contains("evt_2"));
                assertEquals(List.of("evt_1", POISON + "_1", "evt_2"), server.acks(), "the parked event is acked");
                assertEquals(List.of("evt_1", "evt_2"), processed);
                assertEquals(List.of(POISON + "_1"), parked);
                context.getRouteController().stopRoute(vzapsRouteId());
                assertTrue(Files.readString(dir.resolve("vzaps-cursors.dat"))
                        .contains("vzaps-realtime:" + INSTANCE_ID + ":Message,ReadReceipt=evt_2"), "the resume cursor is on disk");
            }
            case "realtime-fleet" -> {
                await().atMost(Duration.ofSeconds(10)).until(() -> server.openConnections() == 1);
                assertEquals(INSTANCE_ID, server.handshakes().get(0).query().get("instance_id"));
                server.publish("evt_1", "Message", INSTANCE_ID);
                await().atMost(Duration.ofSeconds(10)).until(() -> server.acks().contains("evt_1"));
                assertEquals(List.of("evt_1"), processed);
                assertTrue(InMemoryLogAppender.all().contains("Message event from " + INSTANCE_ID));
                context.getRouteController().stopRoute(vzapsRouteId());
                assertTrue(Files.readString(dir.resolve("vzaps-cursors.dat"))
                        .contains("vzaps-realtime:" + INSTANCE_ID + ":All=evt_1"), "the instance's cursor is on disk");
            }
            case "pairing" -> {
                Path png = dir.resolve("qr").resolve("qr.png");
                await().atMost(Duration.ofSeconds(30)).until(() -> InMemoryLogAppender.all()
                        .contains("WhatsApp paired: 551151968302"));
                assertArrayEquals(new QrCode(QR).toPng(), Files.readAllBytes(png), "the QR code as a picture");
                api.verify(3, getRequestedFor(urlEqualTo(INSTANCE + "/session/status")));
            }
            case "pairing-by-phone" -> {
                await().atMost(Duration.ofSeconds(30)).until(() -> InMemoryLogAppender.all()
                        .contains("WhatsApp paired: 551151968302"));
                assertTrue(InMemoryLogAppender.all().contains("type 9H3J-H3J8"));
                api.verify(1, getRequestedFor(urlEqualTo(INSTANCE + "/session/paircode/5511999999999")));
            }
            default -> fail(DOC + " has an example '" + id + "' that " + getClass().getSimpleName()
                            + " does not exercise: add what it must do to exercise()");
        }
    }

    /** Two replicas run the example: only the leader connects; when it stops, the other takes over from the cursor. */
    private void leaderExample(String dsl, String code) throws Exception {
        String shared = code.replace("/mnt/shared/", dir.toAbsolutePath() + "/");
        List<String> processedByA = new CopyOnWriteArrayList<>();
        List<String> processedByB = new CopyOnWriteArrayList<>();
        AutoCloseable a = null;
        AutoCloseable b = null;
        try {
            a = replica("replica-a", dsl, shared, processedByA);
            await().atMost(Duration.ofSeconds(20)).until(() -> server.openConnections() == 1);
            b = replica("replica-b", dsl, shared, processedByB);
            Thread.sleep(1500); // past the stand-by's first try to take the lock

            server.publish("evt_1", "Message", INSTANCE_ID);
            server.publish("evt_2", "Message", INSTANCE_ID);
            await().atMost(Duration.ofSeconds(10)).until(() -> server.acks().size() == 2);
            assertEquals(1, server.handshakes().size(), "only the leader connected");
            assertEquals(List.of("evt_1", "evt_2"), processedByA);
            assertEquals(List.of(), processedByB);

            a.close();
            a = null;
            server.publish("evt_3", "Message", INSTANCE_ID);
            await().atMost(Duration.ofSeconds(40)).until(() -> server.acks().contains("evt_3"));
            assertEquals("evt_2", server.handshakes().get(1).query().get("last_event_id"), "resumed from the shared cursor");
            assertEquals(List.of("evt_3"), processedByB, "nothing lost, nothing processed twice");
        } finally {
            for (AutoCloseable replica : new AutoCloseable[] { a, b }) {
                if (replica != null) {
                    replica.close();
                }
            }
        }
    }

    /**
     * Two replicas run the ZooKeeper + PostgreSQL recipe against a real in-process ZooKeeper and PostgreSQL: the
     * account's two instances are shared, one each; each replica routes its own instance's events, and the cursors
     * and processed ids (JdbcIdempotentRepository, state DONE) are rows in PostgreSQL.
     */
    private void fleetClusterExample(String dsl, String code) throws Exception {
        String other = "VZ0THERINSTANCE00000000000002";
        api.stubFor(WireMock.post(urlEqualTo("/instances/list")).willReturn(json(
                "{\"page\":1,\"size\":100,\"total\":2,\"total_pages\":1,\"content\":[{\"id\":\"" + INSTANCE_ID
                + "\",\"name\":\"support\"},{\"id\":\"" + other + "\",\"name\":\"sales\"}]}")));
        try (org.apache.curator.test.TestingServer zookeeper = new org.apache.curator.test.TestingServer(true);
             io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres
                     = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start()) {
            String local = code.replace("zk-1:2181,zk-2:2181,zk-3:2181", zookeeper.getConnectString())
                    .replace("jdbc:postgresql://db:5432/vzaps", postgres.getJdbcUrl("postgres", "postgres"))
                    .replace("db.setUser(\"vzaps\")", "db.setUser(\"postgres\")").replace("user: vzaps", "user: postgres")
                    .replace("System.getenv(\"VZAPS_DB_PASSWORD\")", "\"trusted\"")
                    .replace("{{env:VZAPS_DB_PASSWORD}}", "trusted");
            List<String> processedByA = new CopyOnWriteArrayList<>();
            List<String> processedByB = new CopyOnWriteArrayList<>();
            AutoCloseable a = null;
            AutoCloseable b = null;
            try {
                a = replica("realtime-fleet-cluster", "replica-a", dsl, local, processedByA);
                b = replica("realtime-fleet-cluster", "replica-b", dsl, local, processedByB);
                // shared: two sockets, one per instance, once both replicas are members
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    server.publish("evt_probe_" + System.nanoTime(), "Presence", INSTANCE_ID);
                    server.publish("evt_probe_" + System.nanoTime(), "Presence", other);
                    return server.openConnections() == 2 && !processedByA.isEmpty() && !processedByB.isEmpty();
                });
                server.publish("evt_a1", "Message", INSTANCE_ID);
                server.publish("evt_b1", "Message", other);
                List<String> both = List.of("evt_a1", "evt_b1");
                await().atMost(Duration.ofSeconds(20)).until(() -> Stream.concat(processedByA.stream(),
                        processedByB.stream()).filter(both::contains).count() == 2);
                assertEquals(2, server.openConnections(), "one socket per instance");
                List<String> byA = processedByA.stream().filter(both::contains).toList();
                List<String> byB = processedByB.stream().filter(both::contains).toList();
                assertEquals(1, byA.size(), "each replica routes its own instance's events: " + byA + " " + byB);
                assertEquals(1, byB.size(), "each replica routes its own instance's events: " + byA + " " + byB);
            } finally {
                for (AutoCloseable replica : new AutoCloseable[] { a, b }) {
                    if (replica != null) {
                        replica.close();
                    }
                }
            }
            try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
                 java.sql.Statement statement = connection.createStatement();
                 java.sql.ResultSet cursors = statement.executeQuery(
                         "SELECT state_key, state_value FROM VZAPS_STATE ORDER BY state_key")) {
                Map<String, String> rows = new LinkedHashMap<>();
                while (cursors.next()) {
                    rows.put(cursors.getString(1), cursors.getString(2));
                }
                assertEquals("evt_a1", rows.get("vzaps-realtime:" + INSTANCE_ID + ":All"), "cursors in PostgreSQL: " + rows);
                assertEquals("evt_b1", rows.get("vzaps-realtime:" + other + ":All"), "cursors in PostgreSQL: " + rows);
            }
            try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
                 java.sql.Statement statement = connection.createStatement();
                 java.sql.ResultSet seen = statement.executeQuery("SELECT event_id, state FROM VZAPS_IDEMPOTENT "
                         + "WHERE processor_name = 'vzaps-fleet' AND event_id IN ('evt_a1', 'evt_b1') ORDER BY event_id")) {
                Map<String, String> rows = new LinkedHashMap<>();
                while (seen.next()) {
                    rows.put(seen.getString(1), seen.getString(2));
                }
                assertEquals(Map.of("evt_a1", "DONE", "evt_b1", "DONE"), rows, "processed ids in PostgreSQL: " + rows);
            }
        }
    }

    private AutoCloseable replica(String name, String dsl, String code, List<String> processedHere) throws Exception {
        return replica("realtime-leader", name, dsl, code, processedHere);
    }

    private AutoCloseable replica(String id, String name, String dsl, String code, List<String> processedHere)
            throws Exception {
        if ("java".equals(dsl)) {
            CamelContext replica = new DefaultCamelContext();
            replica.getCamelContextExtension().setName(name);
            VZapsComponent vzaps = new VZapsComponent();
            vzaps.getConfiguration().setBaseUrl(api.baseUrl());
            vzaps.getConfiguration().setClientToken(CLIENT_TOKEN);
            vzaps.getConfiguration().setClientSecret(CLIENT_SECRET);
            replica.addComponent("vzaps", vzaps);
            configure(replica);
            replica.addRoutes(processing(processedHere, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>()));
            String runnable = code.replace("System.getenv(\"HOSTNAME\")", "getContext().getName()");
            replica.addRoutes((RoutesBuilder) JavaExamples.compile(Map.of(id, runnable), DOC).get(id)
                    .getDeclaredConstructor().newInstance());
            replica.start();
            return replica::stop;
        }
        // the YAML form, as Camel Main runs it from a routes file
        Path yaml = dir.resolve(name + ".yaml");
        // the page says Camel 4.22 renamed the route's policy key: run the example as a user of this Camel would write it
        String policyKey = camelIsAtLeast(4, 22) ? "routePolicyRef:" : "routePolicy:";
        Files.writeString(yaml, code.replace("{{env:HOSTNAME}}", name).replace("routePolicy:", policyKey));
        Main main = new Main();
        main.addInitialProperty("camel.main.name", name);
        main.addInitialProperty("camel.component.vzaps.base-url", api.baseUrl());
        main.addInitialProperty("camel.component.vzaps.client-token", CLIENT_TOKEN);
        main.addInitialProperty("camel.component.vzaps.client-secret", CLIENT_SECRET);
        main.addInitialProperty("camel.component.vzaps.realtime-url", server.url());
        main.addInitialProperty("vzaps.instance", INSTANCE_ID);
        main.addInitialProperty("camel.main.routes-include-pattern", "file:" + yaml.toAbsolutePath());
        main.configure().addRoutesBuilder(processing(processedHere, new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>()));
        main.start();
        return main::stop;
    }

    // ------------------------------------------------------------------ helpers

    private String vzapsRouteId() {
        return context.getRoutes().stream().filter(r -> r.getEndpoint().getEndpointUri().startsWith("vzaps:"))
                .map(Route::getRouteId).findFirst().orElseThrow();
    }

    private static String envelope(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"Message\",\"instance_id\":\"" + INSTANCE_ID
               + "\",\"created_at\":\"2026-11-27T12:00:00Z\",\"data\":{\"type\":\"Message\",\"event\":{}}}";
    }

    private static String failedLog(String id, String createdAt) {
        return "{\"id\":\"" + id + "\",\"status\":\"failed\",\"event_type\":\"Message\",\"created_at\":\"" + createdAt + "\"}";
    }

    /** getStatus answers these fixtures in turn; the last one repeats. */
    private static void statusSequence(String... fixtures) {
        for (int i = 0; i < fixtures.length; i++) {
            api.stubFor(get(urlEqualTo(INSTANCE + "/session/status")).inScenario("status")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "s" + i)
                    .willReturn(json(Fixtures.read(fixtures[i])))
                    .willSetStateTo("s" + Math.min(i + 1, fixtures.length - 1)));
        }
    }

    private HttpResponse<String> postWebhook(String pathAndQuery, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // ------------------------------------------------------------------ reading and compiling the examples

    static List<JavaExamples.Block> blocks() throws IOException {
        return JavaExamples.blocks(DOC);
    }

    /** The Camel version in use, from camel-api's manifest (no CamelContext needed). */
    private static boolean camelIsAtLeast(int major, int minor) {
        String implementationVersion = CamelContext.class.getPackage().getImplementationVersion();
        assertNotNull(implementationVersion, "camel-api's manifest names no Implementation-Version");
        String[] version = implementationVersion.split("\\.");
        int ma = Integer.parseInt(version[0]);
        int mi = Integer.parseInt(version[1]);
        return ma > major || (ma == major && mi >= minor);
    }
}
