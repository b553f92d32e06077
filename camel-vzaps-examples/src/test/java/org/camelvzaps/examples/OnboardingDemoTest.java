package org.camelvzaps.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camelvzaps.examples.DemoReport.Status;
import org.camelvzaps.examples.DemoReport.StepResult;
import org.camelvzaps.model.event.MessageEvent;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.sandbox.Fault;
import org.camelvzaps.sandbox.VZapsSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the demo application end to end against the sandbox, through the same entry point {@code main} uses, and
 * checks its report: every step, and the events its webhook route really received over HTTP.
 */
class OnboardingDemoTest {

    @TempDir
    Path workDir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void javaRoutesWalkTheWholeOnboardingAndReceiveTheEvents() throws Exception {
        DemoReport report = OnboardingDemo.run(settings());

        assertWholeOnboardingPassed(report);
        assertTrue(report.webhookRouteSource().contains("EventRoutes"), report.webhookRouteSource());
        assertTrue(report.sendRouteSource().contains("EventRoutes"), report.sendRouteSource());
    }

    @Test
    void yamlRoutesDoTheSame() throws Exception {
        DemoReport report = OnboardingDemo.run(settings().withYaml(true));

        assertWholeOnboardingPassed(report);
        assertTrue(report.webhookRouteSource().contains("routes/events.yaml"), report.webhookRouteSource());
        assertTrue(report.sendRouteSource().contains("routes/events.yaml"), report.sendRouteSource());
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
    void aQrCodeNobodyScansTimesOutInTheWaitStep() {
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).autoPairAfterQrFetches(0).build().start()) {
            DemoReport report = OnboardingDemo.run(settings().withSandbox(sandbox)
                    .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(2)));

            assertEquals(1, report.exitCode());
            StepResult failed = report.failedStep().orElseThrow();
            assertEquals(5, failed.number());
            assertEquals("wait until connected", failed.name());
            assertEquals("timed out after 2 s", failed.detail());
            assertTrue(printed().contains("Onboarding demo FAILED at step 5/9 wait until connected: timed out after 2 s"));
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
            assertTrue(text.contains("[6/9] webhook: Connected ...... SKIP"), text);
            // the instance was created without a webhook: nothing was delivered anywhere
            assertTrue(sandbox.deliveryLogs(report.instanceId()).isEmpty());
        }
    }

    @Test
    void settingsFromTheEnvironment() {
        assertFalse(DemoSettings.from(List.of(), Map.of()).realApi());
        assertTrue(DemoSettings.from(List.of("--yaml"), Map.of()).yaml());
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

    private void assertWholeOnboardingPassed(DemoReport report) throws Exception {
        String text = printed();
        assertEquals(0, report.exitCode(), text);
        assertEquals(OnboardingDemo.STEPS, report.steps().stream().map(StepResult::name).toList());
        for (StepResult step : report.steps()) {
            assertEquals(Status.OK, step.status(), step.toString());
            assertTrue(text.contains("[" + step.number() + "/9] " + step.name() + " "), text);
        }
        assertTrue(report.steps().get(2).detail().contains("answered by getQr"), report.steps().get(2).detail());
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

        // qr.png is the QR code the API answered, and the printed art is that code
        Path png = workDir.resolve("qr.png");
        assertTrue(Files.size(png) > 0);
        String art = QrTerminalArt.render(Files.readAllBytes(png));
        assertTrue(text.contains(art.lines().skip(3).findFirst().orElseThrow()), "QR art printed");
    }
}
