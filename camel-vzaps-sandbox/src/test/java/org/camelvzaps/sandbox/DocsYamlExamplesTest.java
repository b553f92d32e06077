package org.camelvzaps.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.camelvzaps.component.Bucket4jSendLimiter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every {@code ```yaml} block of docs/sending.md and docs/delivery-tracking.md runs as written: each is written to a
 * file and loaded as a Camel Main routes file ({@code camel.main.routes-include-pattern}) against the sandbox, and the
 * test checks what a user would see there. Paced sends arrive at least {@code sendInterval} apart; typing shows the
 * presence before the send; across replicas, two Mains with their own component share a {@code Bucket4jSendLimiter}
 * on an embedded PostgreSQL and their sends still arrive {@code sendInterval} apart; delivery tracking sends the
 * message to an unreachable phone to the "not delivered" route and the delivered one to the other. The only things
 * the test adds are what the page says the reader supplies: properties, the beans the block names, and the routes a
 * block calls ({@code direct:delivered}, the page's Java send and receipt routes for the Aggregator).
 */
class DocsYamlExamplesTest {

    static final String PHONE = "5511988887777";
    static final String OFF_PHONE = "5511977776666";
    static final Pattern YAML_BLOCK = Pattern.compile("^```yaml\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
    /** The pages and how many YAML blocks each has: a block added or lost fails here, not silently. */
    static final Map<String, Integer> PAGES = Map.of("sending.md", 3, "delivery-tracking.md", 1);

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1))
            .receiptDelays(Duration.ofMillis(200), Duration.ofMillis(400)).build();

    @TempDir
    Path dir;

    record Block(String page, int index, String yaml) {
        /** What the block shows, told by the options it sets. */
        String kind() {
            if (yaml.contains("sendLimiter")) {
                return "across-replicas";
            }
            if (yaml.contains("typing: true")) {
                return "typing";
            }
            if (yaml.contains("sendInterval")) {
                return "pacing";
            }
            if (yaml.contains("aggregate:")) {
                return "delivery-tracking";
            }
            return "unknown";
        }
    }

    /** A running Main, stopped when the example is done. */
    record App(Main main) implements AutoCloseable {
        CamelContext camel() {
            return main.getCamelContext();
        }

        @Override
        public void close() {
            main.stop();
        }
    }

    static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (String page : List.of("sending.md", "delivery-tracking.md")) {
            Matcher m = YAML_BLOCK.matcher(Files.readString(Path.of("..", "docs", page)));
            for (int i = 0; m.find(); i++) {
                blocks.add(new Block(page, i, m.group(1)));
            }
        }
        return blocks;
    }

    static Stream<Arguments> examples() throws IOException {
        return blocks().stream().map(b -> Arguments.of(b.page() + " #" + (b.index() + 1) + " " + b.kind(), b));
    }

    @Test
    void everyYamlBlockOfThePagesIsFoundAndKnown() throws IOException {
        List<Block> blocks = blocks();
        for (Map.Entry<String, Integer> page : PAGES.entrySet()) {
            assertEquals((long) page.getValue(), blocks.stream().filter(b -> b.page().equals(page.getKey())).count(),
                    "```yaml blocks in docs/" + page.getKey() + " (update " + getClass().getSimpleName() + " with the page)");
        }
        assertEquals(List.of("pacing", "typing", "across-replicas", "delivery-tracking"),
                blocks.stream().map(Block::kind).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleRunsAsWritten(String name, Block block) throws Exception {
        switch (block.kind()) {
            case "pacing" -> pacing(block.yaml());
            case "typing" -> typing(block.yaml());
            case "across-replicas" -> acrossReplicas(block.yaml());
            case "delivery-tracking" -> deliveryTracking(block.yaml());
            default -> fail("docs/" + block.page() + " has a YAML block " + getClass().getSimpleName()
                            + " does not exercise:\n" + block.yaml());
        }
    }

    // ------------------------------------------------------------------ what each example must do

    /** Three sends handed over at once arrive at least the block's sendInterval apart. */
    private void pacing(String yaml) throws Exception {
        long interval = option(yaml, "sendInterval");
        String id = pairedInstance();
        try (App main = main("pacing", yaml, id, Map.of())) {
            sendAll(main, 3, "direct:notify", PHONE);
        }
        assertGapsAtLeast(interval, sends(id, "/chat/send/text"), 3);
    }

    /** The recipient sees "composing" first; the text arrives after the time the block's typingSpeed takes to type it. */
    private void typing(String yaml) throws Exception {
        long speed = option(yaml, "typingSpeed");
        String id = pairedInstance();
        String text = "your order shipped";
        try (App main = main("typing", yaml, id, Map.of())) {
            Exchange sent = main.camel().createProducerTemplate().request("direct:reply", e -> {
                e.getMessage().setHeader("CamelVZapsPhone", PHONE);
                e.getMessage().setBody(text);
            });
            assertNull(sent.getException());
        }
        List<RecordedCall> calls = sandbox.journal().stream()
                .filter(c -> c.path().startsWith("/instances/" + id + "/chat/")).toList();
        assertEquals(List.of("/chat/presence", "/chat/send/text"),
                calls.stream().map(c -> c.path().substring(c.path().indexOf("/chat/"))).toList());
        assertTrue(calls.get(0).body().contains("\"composing\"") && calls.get(0).body().contains(PHONE), calls.get(0)::body);
        long typed = Duration.between(calls.get(0).receivedAt(), calls.get(1).receivedAt()).toMillis();
        long expected = text.length() * 1000L / speed;
        assertTrue(typed >= expected, () -> "sent " + typed + " ms after the presence, typing takes " + expected + " ms");
    }

    /**
     * Two replicas (two Mains, each with its own component and pacer) bind the page's Bucket4jSendLimiter on one
     * PostgreSQL (embedded here, where production has a shared server) and send at once: the fleet-wide turn keeps
     * the block's sendInterval between their sends, which each replica's own pacer alone would not.
     */
    private void acrossReplicas(String yaml) throws Exception {
        long interval = option(yaml, "sendInterval");
        String id = pairedInstance();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bucket (id VARCHAR PRIMARY KEY, state BYTEA)");
            }
            try (App a = main("replica-a", yaml, id, Map.of("sendLimiter", limiter(dataSource)));
                 App b = main("replica-b", yaml, id, Map.of("sendLimiter", limiter(dataSource)))) {
                List<CompletableFuture<Exchange>> answers = new ArrayList<>();
                for (App replica : List.of(a, b)) {
                    answers.add(replica.camel().createProducerTemplate().asyncSend("direct:notify", e -> {
                        e.getMessage().setHeader("CamelVZapsPhone", PHONE);
                        e.getMessage().setBody("from " + replica.camel().getName());
                    }));
                }
                for (CompletableFuture<Exchange> answer : answers) {
                    assertNull(answer.get(60, TimeUnit.SECONDS).getException());
                }
            }
        }
        assertGapsAtLeast(interval, sends(id, "/chat/send/text"), 2);
    }

    private static Bucket4jSendLimiter limiter(DataSource dataSource) {
        return new Bucket4jSendLimiter(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).build());
    }

    /**
     * The block's Aggregator with the page's Java send and receipt routes and its DeliveryTracking strategy bound as
     * {@code deliveryTracking}: the message to the unreachable phone reaches direct:notDelivered after the timeout,
     * the delivered one reaches direct:delivered and not the other.
     */
    private void deliveryTracking(String yaml) throws Exception {
        String id = pairedInstance();
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<String> notDelivered = new CopyOnWriteArrayList<>();
        RouteBuilder reader = new RouteBuilder() {
            @Override
            public void configure() {
                // the page's Java routes around the YAML Aggregator
                from("direct:notify")
                    .to("vzaps:sendText?instanceId={{vzaps.instance}}")
                    .to("direct:track");
                from("vzaps:realtime?instanceId={{vzaps.instance}}&events=ReadReceipt&splitReceipts=true")
                    .to("direct:track");
                from("direct:delivered").process(e -> delivered.add(e.getMessage().getBody(String.class)));
                from("direct:notDelivered").process(e -> notDelivered.add(e.getMessage().getBody(String.class)));
            }
        };
        sandbox.setUnreachable(OFF_PHONE, true);
        try (App main = main("tracking", yaml, id, Map.of("deliveryTracking", new DeliveryTrackingRecipeTest.DeliveryTracking()),
                reader, Map.of("delivery.timeout", "3000", "camel.component.vzaps.reconnect-delay", "10"))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.realtimeConnections(id) == 1);
            ProducerTemplate template = main.camel().createProducerTemplate();
            String reached = send(template, PHONE);
            String lost = send(template, OFF_PHONE);
            await().atMost(Duration.ofSeconds(30)).until(() -> delivered.size() == 1 && notDelivered.size() == 1);
            assertEquals(List.of(reached), delivered);
            assertEquals(List.of(lost), notDelivered);
        } finally {
            sandbox.setUnreachable(OFF_PHONE, false);
        }
    }

    private static String send(ProducerTemplate template, String phone) {
        Exchange sent = template.request("direct:notify", e -> {
            e.getMessage().setHeader("CamelVZapsPhone", phone);
            e.getMessage().setBody("your order shipped");
        });
        assertNull(sent.getException());
        return sent.getMessage().getHeader("CamelVZapsMessageId", String.class);
    }

    // ------------------------------------------------------------------ helpers

    private static String pairedInstance() {
        Api api = new Api(sandbox.get());
        return api.pairedInstance(api.jwt(), null);
    }

    private App main(String name, String yaml, String instanceId, Map<String, Object> beans) throws Exception {
        return main(name, yaml, instanceId, beans, null, Map.of());
    }

    /** A Camel Main as an application would run: the block as its routes file, the sandbox in its properties. */
    private App main(String name, String yaml, String instanceId, Map<String, Object> beans, RouteBuilder reader,
                      Map<String, String> properties) throws Exception {
        Path routes = dir.resolve(name + ".yaml");
        Files.writeString(routes, yaml);
        Main main = new Main();
        main.addInitialProperty("camel.main.name", name);
        main.addInitialProperty("camel.component.vzaps.base-url", sandbox.baseUrl());
        main.addInitialProperty("camel.component.vzaps.realtime-url", sandbox.realtimeUrl());
        main.addInitialProperty("camel.component.vzaps.client-token", sandbox.clientToken());
        main.addInitialProperty("camel.component.vzaps.client-secret", sandbox.clientSecret());
        main.addInitialProperty("vzaps.instance", instanceId);
        main.addInitialProperty("camel.main.routes-include-pattern", "file:" + routes.toAbsolutePath());
        properties.forEach(main::addInitialProperty);
        beans.forEach(main::bind);
        if (reader != null) {
            main.configure().addRoutesBuilder(reader);
        }
        main.start();
        return new App(main);
    }

    private static void sendAll(App main, int count, String uri, String phone) throws Exception {
        ProducerTemplate template = main.camel().createProducerTemplate();
        List<CompletableFuture<Exchange>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "message " + i;
            answers.add(template.asyncSend(uri, e -> {
                e.getMessage().setHeader("CamelVZapsPhone", phone);
                e.getMessage().setBody(text);
            }));
        }
        for (CompletableFuture<Exchange> answer : answers) {
            assertNull(answer.get(60, TimeUnit.SECONDS).getException());
        }
    }

    private static List<RecordedCall> sends(String instanceId, String path) {
        return sandbox.journal().stream().filter(c -> c.path().equals("/instances/" + instanceId + path))
                .sorted(Comparator.comparing(RecordedCall::receivedAt)).toList();
    }

    private static void assertGapsAtLeast(long interval, List<RecordedCall> sends, int expected) {
        assertEquals(expected, sends.size(), "sends the sandbox received");
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sends.size(); i++) {
            gaps.add(Duration.between(sends.get(i - 1).receivedAt(), sends.get(i).receivedAt()).toMillis());
        }
        assertTrue(gaps.stream().allMatch(gap -> gap >= interval), () -> "gaps between arrivals " + gaps + ", sendInterval "
                + interval);
    }

    /** A numeric option the block sets, so the check follows the page. */
    private static long option(String yaml, String name) {
        Matcher m = Pattern.compile("^\\s*" + name + ":\\s*(\\d+)\\s*$", Pattern.MULTILINE).matcher(yaml);
        assertTrue(m.find(), () -> "the block sets no " + name + ":\n" + yaml);
        return Long.parseLong(m.group(1));
    }
}
