package org.camelvzaps.consumer.realtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.test.RealtimeTestServer;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM flags documented for fleets shrink the JDK WebSocket's buffers (1 KB for encoding and writing what the
 * socket sends, 4 KB for reading): a {@code vzaps:realtime} route in a JVM started with them still receives events far
 * larger than the buffers whole, in order, each acked once. The JDK decodes what each read brought and hands it to the
 * listener as a part ({@code onText} with {@code last=false}), so with a 4 KB read buffer every event here above that
 * is joined from parts; the texts mix in multi-byte characters so a read boundary falls inside one too. The parts are
 * joined up to {@code maxBodySize}: an event above it is refused, never routed nor acked, and the connection replaced. The route runs in a forked JVM (the flags are read
 * once per JVM), which writes what it routed to a file; the realtime server runs here and records the acks. The forked
 * JVM is killed by its pid at the end.
 */
class RealtimeSmallBuffersTest {

    /** The fleet flags of docs/receiving-events.md, "Running a fleet". */
    static final List<String> FLEET_FLAGS = FleetJvmFlags.FLAGS;

    private static final String ROUTED = "routed ";

    @TempDir
    Path dir;

    @Test
    void largeEventsArriveWholeInOrderAndAckedOnceUnderTheFleetFlags() throws Exception {
        Map<String, String> published = new LinkedHashMap<>();
        int[] sizes = {5, 200 * 1024, 5 * 1024, 12 * 1024, 20, 25 * 1024, 40 * 1024, 50 * 1024, 300, 200 * 1024, 7};
        for (int i = 0; i < sizes.length; i++) {
            published.put("evt_" + (i + 1), text(sizes[i], i + 1));
        }
        Path routed = dir.resolve("routed.txt");
        Path output = dir.resolve("receiver.out");
        try (RealtimeTestServer server = new RealtimeTestServer()) {
            Process receiver = startReceiver(server, routed, output, "");
            try {
                awaitConnected(server, receiver, output);
                published.forEach((id, text) -> server.publishMessage(id, VZapsTestSupport.INSTANCE_ID, text));

                // bounded waits that end without failing: the assertions below then say what arrived
                awaitQuietly(Duration.ofSeconds(90), () -> server.acks().size() >= published.size() || !receiver.isAlive());
                awaitQuietly(Duration.ofSeconds(10), () -> lines(routed).size() >= published.size());
                assertTrue(receiver.isAlive(), () -> "the receiver JVM ended: " + read(output));
                assertEquals(List.copyOf(published.keySet()), server.acks(),
                        () -> "each event acked once, in order; the receiver said: " + read(output));

                List<String> expected = new ArrayList<>();
                published.forEach((id, text) -> expected.add(ROUTED + id + " " + text.length() + " " + digest(text)));
                assertEquals(expected, lines(routed), "the route got every text whole (length, SHA-256), in order");
                assertEquals(1, server.handshakes().size(), "one connection: no frame was refused or lost");
                assertTrue(read(output).contains("flags " + String.join(" ", FLEET_FLAGS).replace("-D", "")),
                        () -> "the receiver JVM ran with the fleet flags: " + read(output));
            } finally {
                receiver.toHandle().destroyForcibly();
                receiver.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void anEventAboveMaxBodySizeIsRefusedWhileItsPartsArriveAndNeverAcked() throws Exception {
        Path routed = dir.resolve("routed.txt");
        Path output = dir.resolve("receiver.out");
        try (RealtimeTestServer server = new RealtimeTestServer()) {
            Process receiver = startReceiver(server, routed, output, "&maxBodySize=65536&reconnectDelay=50&maxReconnectDelay=200");
            try {
                awaitConnected(server, receiver, output);
                String small = text(100, 1);
                server.publishMessage("evt_1", VZapsTestSupport.INSTANCE_ID, small);
                server.publishMessage("evt_2", VZapsTestSupport.INSTANCE_ID, text(100 * 1024, 2));

                // the platform sends the refused event again on every connection: wait for two replacements
                awaitQuietly(Duration.ofSeconds(60), () -> server.handshakes().size() >= 3 || !receiver.isAlive());
                assertTrue(receiver.isAlive(), () -> "the receiver JVM ended: " + read(output));
                assertTrue(server.handshakes().size() >= 3, () -> "the connection was replaced: " + read(output));
                assertEquals("evt_1", server.handshakes().get(2).query().get("last_event_id"),
                        "each new connection resumes after the last routed event");
                assertEquals(List.of("evt_1"), server.acks(), "the refused event is never acked");
                assertEquals(List.of(ROUTED + "evt_1 " + small.length() + " " + digest(small)), lines(routed),
                        "only the event within maxBodySize was routed");
                assertTrue(read(output).contains("a frame larger than maxBodySize (65536) was refused; raise maxBodySize"),
                        () -> "the log says what to change: " + read(output));
            } finally {
                receiver.toHandle().destroyForcibly();
                receiver.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** A JVM started with the fleet flags, running {@link Receiver} with {@code options} on its route. */
    private Process startReceiver(RealtimeTestServer server, Path routed, Path output, String options) throws IOException {
        Path logConfig = dir.resolve("log4j2.properties");
        Files.writeString(logConfig, """
                appender.out.type = Console
                appender.out.name = out
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = %d [%t] %-5p %c{1} - %m%n
                rootLogger.level = INFO
                rootLogger.appenderRef.out.ref = out
                """);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Dlog4j2.configurationFile=" + logConfig.toUri()));
        command.addAll(FLEET_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Receiver.class.getName(), server.url(),
                routed.toString(), options));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static void awaitConnected(RealtimeTestServer server, Process receiver, Path output) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> server.openConnections() == 1 || !receiver.isAlive());
        assertTrue(receiver.isAlive(), () -> "the receiver JVM ended: " + read(output));
    }

    private static void awaitQuietly(Duration bound, java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(bound).pollInterval(Duration.ofMillis(100)).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the caller's assertions report what is missing
        }
    }

    /** About {@code chars} characters, different for each seed, with two- and four-byte UTF-8 characters in it. */
    private static String text(int chars, int seed) {
        StringBuilder text = new StringBuilder(chars + 32);
        for (int i = 0; text.length() < chars; i++) {
            text.append(seed).append('.').append(i).append(i % 7 == 0 ? " ação \uD83D\uDE80 " : " ");
        }
        return text.toString();
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * The forked JVM: a {@code vzaps:realtime} route on the server at {@code args[0]}, with the endpoint options
     * {@code args[2]}, that appends {@code routed <event id> <text length> <SHA-256 of the text>} to the file
     * {@code args[1]} for each event.
     */
    public static final class Receiver {

        public static void main(String[] args) throws Exception {
            System.out.println("flags " + String.join(" ", FLEET_FLAGS.stream()
                    .map(flag -> flag.substring(2, flag.indexOf('=')))
                    .map(name -> name + "=" + System.getProperty(name)).toList()));
            Path routed = Path.of(args[1]);
            CamelContext context = new DefaultCamelContext();
            VZapsComponent vzaps = new VZapsComponent();
            vzaps.getConfiguration().setClientToken(VZapsTestSupport.CLIENT_TOKEN);
            vzaps.getConfiguration().setInstanceToken(VZapsTestSupport.INSTANCE_TOKEN);
            context.addComponent("vzaps", vzaps);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("vzaps:realtime?instanceId=" + VZapsTestSupport.INSTANCE_ID + "&realtimeUrl=" + args[0] + args[2])
                            .process(exchange -> {
                                String text = exchange.getMessage().getBody(VZapsEvent.class).asMessage().text();
                                Files.writeString(routed, ROUTED + exchange.getMessage().getHeader(VZapsConstants.EVENT_ID)
                                        + " " + text.length() + " " + digest(text) + "\n", StandardCharsets.UTF_8,
                                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                            });
                }
            });
            context.start();
            // until killed; and never orphaned: it ends with the test JVM that started it, or after LIFETIME at most
            ProcessHandle.current().parent().ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)),
                    () -> Runtime.getRuntime().halt(3));
            Thread.sleep(LIFETIME.toMillis());
            System.out.println("the receiver ran for " + LIFETIME + ": it ends on its own");
            Runtime.getRuntime().halt(4);
        }

        /** The longest a receiver runs; a test is over long before. */
        static final Duration LIFETIME = Duration.ofMinutes(5);
    }
}
