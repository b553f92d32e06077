package org.camelvzaps.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camelvzaps.examples.DemoReport.Status;
import org.camelvzaps.examples.DemoReport.StepResult;
import org.camelvzaps.examples.DemoSettings.Events;
import org.camelvzaps.model.event.MessageEvent;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.sandbox.Fault;
import org.camelvzaps.sandbox.VZapsSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the demo application end to end against the sandbox, through the same entry point {@code main} uses, and
 * checks its report: every step, and the events its webhook route really received over HTTP, or (realtime) its
 * realtime route read from the sandbox's WebSocket and acked.
 */
class OnboardingDemoTest {

    @TempDir
    Path workDir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void javaRoutesWalkTheWholeOnboardingAndReceiveTheEvents() throws Exception {
        DemoReport report = OnboardingDemo.run(settings());

        assertWholeOnboardingPassed(report, Events.WEBHOOK);
        assertTrue(report.eventRouteSource().contains("EventRoutes"), report.eventRouteSource());
        assertTrue(report.sendRouteSource().contains("EventRoutes"), report.sendRouteSource());
    }

    @Test
    void yamlRoutesDoTheSame() throws Exception {
        DemoReport report = OnboardingDemo.run(settings().withYaml(true));

        assertWholeOnboardingPassed(report, Events.WEBHOOK);
        assertTrue(report.eventRouteSource().contains("routes/events.yaml"), report.eventRouteSource());
        assertTrue(report.sendRouteSource().contains("routes/events.yaml"), report.sendRouteSource());
    }

    @Test
    void realtimeJavaRoutesReceiveTheSameEventsOverTheWebSocket() throws Exception {
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build().start()) {
            DemoReport report = OnboardingDemo.run(settings().withSandbox(sandbox).withEvents(Events.REALTIME));

            assertWholeOnboardingPassed(report, Events.REALTIME);
            assertTrue(report.eventRouteSource().contains("RealtimeRoutes"), report.eventRouteSource());
            assertTrue(report.sendRouteSource().contains("RealtimeRoutes"), report.sendRouteSource());
            assertCameOverTheWebSocket(sandbox, report);
        }
    }

    @Test
    void realtimeYamlRoutesDoTheSame() throws Exception {
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build().start()) {
            DemoReport report = OnboardingDemo.run(settings().withSandbox(sandbox).withEvents(Events.REALTIME).withYaml(true));

            assertWholeOnboardingPassed(report, Events.REALTIME);
            assertTrue(report.eventRouteSource().contains("routes/realtime.yaml"), report.eventRouteSource());
            assertTrue(report.sendRouteSource().contains("routes/realtime.yaml"), report.sendRouteSource());
            assertCameOverTheWebSocket(sandbox, report);
        }
    }

    @Test
    void realApiModeInRealtimeNeedsNoPublicUrl() {
        // the sandbox plays the real API and its realtime service: the demo only sees VZAPS_* variables
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build().start()) {
            DemoSettings real = DemoSettings.from(List.of("--events", "realtime"), Map.of(
                    "VZAPS_CLIENT_TOKEN", sandbox.clientToken(),
                    "VZAPS_CLIENT_SECRET", sandbox.clientSecret(),
                    "VZAPS_BASE_URL", sandbox.baseUrl(),
                    "VZAPS_REALTIME_URL", sandbox.realtimeUrl()));
            assertTrue(real.realApi());
            assertTrue(real.eventsReachable(), "no VZAPS_WEBHOOK_EXTERNAL_URL needed");

            DemoReport report = OnboardingDemo.run(real.withWorkDir(workDir).withOut(capture()));

            String text = printed();
            assertEquals(0, report.exitCode(), text);
            assertTrue(report.steps().stream().allMatch(s -> s.status() == Status.OK), report.steps().toString());
            assertFalse(text.contains("VZAPS_WEBHOOK_EXTERNAL_URL"), text);
            assertTrue(text.contains("(outbound only: no HTTP server, no public URL)"), text);
            assertTrue(text.contains("waiting up to 180 s for the QR code to be scanned"), text);
            assertTrue(sandbox.deliveryLogs(report.instanceId()).isEmpty(), "no webhook was called");
            assertCameOverTheWebSocket(sandbox, report);
        }
    }

    @Test
    void theDefaultModePrintsAndSavesEveryQrCodeThePairingRouteEmitsThenConnects() throws Exception {
        // nobody pairs until the test scans, after the QR code rotated once: the pairing route emits both codes
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).autoPairAfterQrFetches(0)
                .qrRotation(Duration.ofMillis(300)).build().start()) {
            Thread phone = new Thread(() -> scanAfterTheSecondQrCode(sandbox), "phone");
            phone.setDaemon(true);
            phone.start();

            DemoReport report = OnboardingDemo.run(settings().withSandbox(sandbox));
            phone.join(10_000);

            String text = printed();
            assertEquals(0, report.exitCode(), text);
            assertEquals("pairing: QR code", report.steps().get(3).name());
            assertTrue(report.steps().get(3).detail().startsWith("QR code saved to "), report.steps().get(3).detail());
            StepResult connected = report.steps().get(4);
            assertEquals("pairing: Connected", connected.name());
            Matcher codes = Pattern.compile("^connected as \\+\\d+.* after (\\d+) QR code\\(s\\); pairing route removed$")
                    .matcher(connected.detail());
            assertTrue(codes.matches() && Integer.parseInt(codes.group(1)) >= 2, connected.detail());
            // the first code is printed under step 4, each later one before step 5's line; qr.png is the last one
            int step4 = text.indexOf("[4/9] pairing: QR code");
            int again = text.indexOf("      new QR code (qr.png updated):");
            int step5 = text.indexOf("[5/9] pairing: Connected");
            assertTrue(step4 >= 0 && step4 < again && again < step5, text);
            String lastArt = QrTerminalArt.render(Files.readAllBytes(workDir.resolve("qr.png")));
            assertTrue(text.substring(again, step5).contains(indented(lastArt)), "qr.png is the last QR code printed");
            assertFalse(text.substring(0, again).contains(indented(lastArt)), "the first QR code was another one");
        }
    }

    @Test
    void aFailingCallStopsTheDemoNamingTheStepAndTheApiError() {
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build().start()) {
            // the first API call of the run (the token for createInstance) answers 503
            sandbox.faults().nextCalls(1, Fault.serverError(503));

            DemoReport report = OnboardingDemo.run(settings().withSandbox(sandbox));

            assertEquals(1, report.exitCode());
            StepResult failed = report.failedStep().orElseThrow();
            assertEquals(1, failed.number());
            assertEquals("createInstance", failed.name());
            assertTrue(failed.detail().contains("503"), failed.detail());
            assertEquals(1, report.steps().size(), "no step runs after the failed one");
            String text = printed();
            assertTrue(text.contains("[1/9] createInstance"), text);
            assertTrue(text.contains("Onboarding demo FAILED at step 1/9 createInstance: "), text);
        }
    }

    @Test
    void wrongCredentialsFailTheFirstStep() {
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build().start()) {
            DemoReport report = OnboardingDemo.run(settings().withSandbox(sandbox)
                    .withCredentials(sandbox.clientToken(), "not-the-secret"));

            assertEquals(1, report.exitCode());
            StepResult failed = report.failedStep().orElseThrow();
            assertEquals("createInstance", failed.name());
            assertTrue(failed.detail().startsWith("VZapsAuthException"), failed.detail());
            assertFalse(printed().contains("not-the-secret"), "the secret is never printed");
        }
    }

    @Test
    void aQrCodeNobodyScansEndsInThePairingRoutesTimeout() {
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).autoPairAfterQrFetches(0).build().start()) {
            DemoReport report = OnboardingDemo.run(settings().withSandbox(sandbox)
                    .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(2)));

            assertEquals(1, report.exitCode());
            assertEquals(Status.OK, report.steps().get(3).status(), "the QR code was shown");
            StepResult failed = report.failedStep().orElseThrow();
            assertEquals(5, failed.number());
            assertEquals("pairing: Connected", failed.name());
            // the pairing consumer's timeout option, through the route's error handler (bridgeErrorHandler)
            assertTrue(failed.detail().startsWith("VZapsException: VZaps instance " + report.instanceId()
                    + " was not paired within 2000 ms (timeout option)"), failed.detail());
            assertTrue(printed().contains("Onboarding demo FAILED at step 5/9 pairing: Connected: VZapsException: "),
                    printed());
        }
    }

    @Test
    void realApiModeWithoutAPublicUrlSkipsTheEventStepsAndSaysWhy() {
        // the sandbox plays the real API: the demo only sees VZAPS_* variables
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build().start()) {
            DemoSettings real = DemoSettings.from(List.of(), Map.of(
                    "VZAPS_CLIENT_TOKEN", sandbox.clientToken(),
                    "VZAPS_CLIENT_SECRET", sandbox.clientSecret(),
                    "VZAPS_BASE_URL", sandbox.baseUrl()));
            assertTrue(real.realApi());
            assertFalse(real.eventsReachable());

            DemoReport report = OnboardingDemo.run(real.withHttpPort(0).withWorkDir(workDir).withOut(capture()));

            assertEquals(0, report.exitCode(), printed());
            assertEquals(List.of(Status.OK, Status.OK, Status.OK, Status.OK, Status.OK, Status.SKIPPED, Status.OK,
                    Status.SKIPPED, Status.SKIPPED), report.steps().stream().map(StepResult::status).toList());
            String text = printed();
            assertTrue(text.contains("VZAPS_WEBHOOK_EXTERNAL_URL is not set"), text);
            assertTrue(text.contains("--events realtime needs no public URL"), text);
            assertTrue(text.contains("[6/9] webhook: Connected ...... SKIP"), text);
            // the instance was created without a webhook: nothing was delivered anywhere
            assertTrue(sandbox.deliveryLogs(report.instanceId()).isEmpty());
        }
    }

    @Test
    void settingsFromTheEnvironment() {
        assertFalse(DemoSettings.from(List.of(), Map.of()).realApi());
        assertTrue(DemoSettings.from(List.of("--yaml"), Map.of()).yaml());
        assertEquals(Events.WEBHOOK, DemoSettings.from(List.of(), Map.of()).events(), "the default");
        assertEquals(Events.WEBHOOK, DemoSettings.from(List.of(""), Map.of()).events(), "empty -Ddemo.args");
        assertEquals(Events.REALTIME, DemoSettings.from(List.of("--events", "realtime"), Map.of()).events());
        assertEquals(Events.REALTIME, DemoSettings.from(List.of("--events=realtime"), Map.of()).events());
        // Maven's -Ddemo.args="--yaml --events realtime" arrives as one argument
        DemoSettings both = DemoSettings.from(List.of("--yaml --events realtime"), Map.of());
        assertTrue(both.yaml());
        assertEquals(Events.REALTIME, both.events());
        assertEquals(Events.REALTIME, DemoSettings.from(List.of(), Map.of("VZAPS_DEMO_EVENTS", "realtime")).events());
        assertEquals(Events.WEBHOOK, DemoSettings.from(List.of("--events", "webhook"),
                Map.of("VZAPS_DEMO_EVENTS", "realtime")).events(), "the command line wins");
        assertThrows(IllegalArgumentException.class, () -> DemoSettings.from(List.of("--events", "sse"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DemoSettings.from(List.of("--events"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DemoSettings.from(List.of("--event=realtime"), Map.of()));
        DemoSettings realtime = DemoSettings.from(List.of("--events", "realtime"),
                Map.of("VZAPS_CLIENT_TOKEN", "t", "VZAPS_CLIENT_SECRET", "s"));
        assertTrue(realtime.eventsReachable(), "realtime needs no public URL");
        assertNull(realtime.realtimeUrl(), "the component's default, wss://realtime.vzaps.com");
        DemoSettings real = DemoSettings.from(List.of(), Map.of("VZAPS_CLIENT_TOKEN", "t", "VZAPS_CLIENT_SECRET", "s",
                "VZAPS_PHONE", "5511999999999", "VZAPS_WEBHOOK_EXTERNAL_URL", "https://demo.example.com"));
        assertTrue(real.realApi());
        assertEquals("https://api.vzaps.com", real.baseUrl());
        assertEquals("5511999999999", real.phone());
        assertTrue(real.eventsReachable());
        assertEquals(Duration.ofMinutes(3), real.pairingTimeout());
        assertEquals(8080, real.httpPort(), "the port the public URL forwards to");
        assertEquals(9000, DemoSettings.from(List.of(), Map.of("VZAPS_CLIENT_TOKEN", "t", "VZAPS_CLIENT_SECRET", "s",
                "VZAPS_DEMO_PORT", "9000")).httpPort());
        assertEquals(0, DemoSettings.from(List.of(), Map.of()).httpPort(), "sandbox mode: a free port");
        assertFalse(DemoSettings.from(List.of(), Map.of("VZAPS_CLIENT_TOKEN", "t")).realApi(),
                "both credentials are needed for the real API");
    }

    // ------------------------------------------------------------------ helpers

    private DemoSettings settings() {
        return DemoSettings.sandboxDefaults().withWorkDir(workDir).withOut(capture());
    }

    private PrintStream capture() {
        return new PrintStream(output, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private void assertWholeOnboardingPassed(DemoReport report, Events mode) throws Exception {
        String text = printed();
        assertEquals(0, report.exitCode(), text);
        assertEquals(mode, report.mode());
        assertEquals(OnboardingDemo.steps(mode), report.steps().stream().map(StepResult::name).toList());
        assertEquals(mode.label() + ": ReadReceipt", report.steps().get(8).name());
        for (StepResult step : report.steps()) {
            assertEquals(Status.OK, step.status(), step.toString());
            assertTrue(text.contains("[" + step.number() + "/9] " + step.name() + " "), text);
        }
        assertTrue(report.steps().get(2).detail().contains("answered by getQr"), report.steps().get(2).detail());
        // the pairing route: its QR code saved and printed, then its Connected exchange
        assertTrue(report.steps().get(3).detail().startsWith("QR code saved to " + workDir.resolve("qr.png")),
                report.steps().get(3).detail());
        assertTrue(report.steps().get(4).detail().startsWith("connected as +"), report.steps().get(4).detail());
        assertTrue(text.contains("Onboarding demo PASSED: 9/9 steps OK."), text);

        String instance = report.instanceId();
        String messageId = report.messageId();
        assertNotNull(instance);
        assertNotNull(messageId);
        List<VZapsEvent> events = report.events();
        assertTrue(events.stream().allMatch(e -> instance.equals(e.instanceId())), events.toString());

        assertTrue(events.stream().anyMatch(e -> VZapsEvent.CONNECTED.equals(e.type())), events.toString());

        MessageEvent message = events.stream().filter(VZapsEvent::isMessage).map(VZapsEvent::asMessage)
                .filter(m -> messageId.equals(m.id())).findFirst().orElseThrow();
        assertTrue(message.fromMe());
        assertEquals(report.sentText(), message.text());

        List<String> receiptStates = events.stream().filter(VZapsEvent::isReadReceipt).map(VZapsEvent::asReadReceipt)
                .filter(r -> r.messageIds().contains(messageId)).map(r -> r.state()).toList();
        assertTrue(receiptStates.contains("Delivered"), receiptStates.toString());
        assertTrue(receiptStates.contains("Read"), receiptStates.toString());

        // qr.png is the QR code the pairing route emitted, and the art printed under step 4 is that code
        Path png = workDir.resolve("qr.png");
        assertTrue(Files.size(png) > 0);
        String art = QrTerminalArt.render(Files.readAllBytes(png));
        assertTrue(text.substring(text.indexOf("[4/9] "), text.indexOf("[5/9] ")).contains(indented(art)), text);
    }

    /** Every event the realtime route received came over the sandbox's WebSocket and was acked; no webhook was called. */
    private static void assertCameOverTheWebSocket(VZapsSandbox sandbox, DemoReport report) {
        List<String> acked = sandbox.realtimeAcks(report.instanceId());
        assertFalse(report.events().isEmpty());
        for (VZapsEvent event : report.events()) {
            assertNotNull(event.id(), event.toString());
            assertTrue(acked.contains(event.id()), event.id() + " acked: " + acked);
        }
        assertTrue(sandbox.deliveryLogs(report.instanceId()).isEmpty(), "no webhook deliveries");
    }

    /** Plays the phone: scans the instance once the demo printed a second QR code (the first one rotated). */
    private void scanAfterTheSecondQrCode(VZapsSandbox sandbox) {
        Pattern created = Pattern.compile("\\[1/9] createInstance \\.+ OK +(\\S+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String text = printed();
            Matcher instance = created.matcher(text);
            if (instance.find() && text.contains("new QR code (qr.png updated)")) {
                sandbox.scan(instance.group(1));
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The art as the demo prints it, six spaces in. */
    private static String indented(String art) {
        StringBuilder sb = new StringBuilder();
        art.lines().forEach(l -> sb.append("      ").append(l).append('\n'));
        return sb.toString();
    }
}
