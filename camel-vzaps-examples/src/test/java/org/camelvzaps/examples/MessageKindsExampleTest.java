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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the message-kinds example end to end through the entry point {@code main} uses, against the sandbox, and
 * checks its report, the events its webhook route received and the files its routes moved and wrote.
 */
class MessageKindsExampleTest {

    @TempDir
    Path workDir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void javaRoutesSendEveryKindAndDownloadTheIncomingImage() throws Exception {
        MessageKindsReport report = MessageKindsExample.run(settings());

        assertEveryStepPassed(report);
        assertTrue(report.routeSources().get("outbox-image").contains("MediaRoutes"), report.routeSources().toString());
        assertTrue(report.routeSources().get("download-image").contains("MediaRoutes"), report.routeSources().toString());
    }

    @Test
    void yamlRoutesDoTheSame() throws Exception {
        MessageKindsReport report = MessageKindsExample.run(settings().withYaml(true));

        assertEveryStepPassed(report);
        for (String route : List.of("outbox-image", "outbox-document", "webhook", "download-image")) {
            assertTrue(report.routeSources().get(route).contains("routes/media.yaml"), route + ": " + report.routeSources());
        }
    }

    @Test
    void aFileTheApiRefusesFailsItsStepAndGoesToFailed() {
        try (VZapsSandbox sandbox = sandbox()) {
            // the call the outbox-image route makes for the picture answers 503
            MessageKindsReport report = MessageKindsExample.run(settings().withSandbox(sandbox).withBeforeStep(step -> {
                if (step.equals("sendImage (file)")) {
                    sandbox.faults().nextCalls(1, Fault.serverError(503));
                }
            }));

            assertEquals(1, report.exitCode());
            StepResult failed = report.failedStep().orElseThrow();
            assertEquals(6, failed.number());
            assertEquals("sendImage (file)", failed.name());
            assertTrue(failed.detail().contains("route outbox-image failed, dunes.png moved to .failed"), failed.detail());
            assertTrue(failed.detail().contains("503"), failed.detail());
            assertEquals(6, report.steps().size(), "no step runs after the failed one");
            assertTrue(Files.exists(workDir.resolve("outbox/image/.failed/dunes.png")));
            String text = printed();
            assertTrue(text.contains("Message-kinds example FAILED at step 6/22 sendImage (file): "), text);
        }
    }

    @Test
    void aFailedDownloadIsNamedByTheLastStep() {
        try (VZapsSandbox sandbox = sandbox()) {
            // the next API call after the contact's image arrives is the webhook route's download: it answers 503
            MessageKindsReport report = MessageKindsExample.run(settings().withSandbox(sandbox).withBeforeStep(step -> {
                if (step.equals("incoming image")) {
                    sandbox.faults().nextCalls(1, Fault.serverError(503));
                }
            }));

            assertEquals(1, report.exitCode());
            StepResult failed = report.failedStep().orElseThrow();
            assertEquals("downloadImage to file", failed.name());
            assertTrue(failed.detail().startsWith("IllegalStateException: the webhook route failed: VZapsApiException"),
                    failed.detail());
            assertTrue(failed.detail().contains("503"), failed.detail());
            assertEquals(Status.OK, report.steps().get(20).status(), "the image itself arrived");
            // the webhook did not answer 2xx (500, or nothing when the example stopped before the answer went out), so
            // VZaps logged a failed delivery of that Message event, which could be retried
            String incoming = report.messageIds().get("incoming image");
            await().atMost(Duration.ofSeconds(5)).until(() -> sandbox.deliveryLogs(report.instanceId()).stream()
                    .anyMatch(log -> "failed".equals(log.status()) && log.payload().contains(incoming)));
            assertTrue(printed().contains("Message-kinds example FAILED at step 22/22 downloadImage to file: "));
        }
    }

    @Test
    void anApiErrorOnTheFirstCallFailsCreateInstance() {
        try (VZapsSandbox sandbox = sandbox()) {
            sandbox.faults().nextCalls(1, Fault.serverError(500));

            MessageKindsReport report = MessageKindsExample.run(settings().withSandbox(sandbox));

            StepResult failed = report.failedStep().orElseThrow();
            assertEquals(1, failed.number());
            assertEquals("createInstance", failed.name());
            assertEquals(1, report.exitCode());
            assertTrue(printed().contains("[ 1/22] createInstance ........... FAILED  VZapsApiException"), printed());
        }
    }

    @Test
    void theSampleFilesAreWhatTheirNamesSay() throws Exception {
        assertNotNull(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(MediaSamples.png())));
        assertNotNull(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(MediaSamples.jpeg())));
        assertEquals(Duration.ofMillis(250), Duration.ofMillis(Math.round(1000.0 * javax.sound.sampled.AudioSystem
                .getAudioInputStream(new java.io.ByteArrayInputStream(MediaSamples.wav())).getFrameLength() / 8000)));
        byte[] webp = MediaSamples.webp();
        assertEquals("RIFF", new String(webp, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("WEBPVP8L", new String(webp, 8, 8, StandardCharsets.US_ASCII));
        String pdf = new String(MediaSamples.pdf("Price list"), StandardCharsets.US_ASCII);
        assertTrue(pdf.startsWith("%PDF-1.4") && pdf.endsWith("%%EOF\n"));
        int xref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.indexOf("\n%%EOF")));
        assertTrue(pdf.startsWith("xref", xref), "startxref points at the table");
        String offsetOfObject3 = pdf.substring(xref).lines().skip(5).findFirst().orElseThrow().substring(0, 10);
        assertTrue(pdf.startsWith("3 0 obj", Integer.parseInt(offsetOfObject3)), "the table points at the objects");
    }

    // ------------------------------------------------------------------ helpers

    /** As the example starts its own: only the example's scan pairs, events 10 ms apart. */
    private static VZapsSandbox sandbox() {
        return VZapsSandbox.builder().port(0).autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(10)).build().start();
    }

    private MessageKindsSettings settings() {
        return MessageKindsSettings.defaults().withWorkDir(workDir)
                .withOut(new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private void assertEveryStepPassed(MessageKindsReport report) throws Exception {
        String text = printed();
        assertEquals(0, report.exitCode(), text);
        assertEquals(MessageKindsExample.STEPS, report.steps().stream().map(StepResult::name).toList());
        for (StepResult step : report.steps()) {
            assertEquals(Status.OK, step.status(), step.toString());
            assertTrue(text.contains(String.format("[%2d/22] %s ", step.number(), step.name())), text);
        }
        assertTrue(text.contains("Message-kinds example PASSED: 22/22 steps OK."), text);

        // every send came back as a Message event of the instance, from the instance
        Map<String, MessageEvent> messages = new java.util.HashMap<>();
        report.events().stream().filter(VZapsEvent::isMessage).forEach(e -> {
            assertEquals(report.instanceId(), e.instanceId());
            messages.put(e.asMessage().id(), e.asMessage());
        });
        for (String send : List.of("sendText", "sendImage", "sendAudio", "sendVideo", "sendDocument", "sendSticker",
                "sendGif", "sendLocation", "sendContact", "sendButtons", "sendList", "sendLink", "sendPoll")) {
            String id = report.messageIds().get(send);
            assertNotNull(id, send);
            assertTrue(messages.containsKey(id) && messages.get(id).fromMe(), send + " " + id);
        }
        assertEquals("document", messages.get(report.messageIds().get("sendDocument")).mediaKind());
        assertEquals("price-list.pdf", messages.get(report.messageIds().get("sendDocument")).fileName());

        // the files: sent ones moved to .sent, the contact's image downloaded byte for byte, the QR code saved
        assertTrue(Files.exists(workDir.resolve("outbox/image/.sent/dunes.png")));
        assertTrue(Files.exists(workDir.resolve("outbox/document/.sent/price-list.pdf")));
        assertEquals(workDir.resolve("inbox").resolve(report.messageIds().get("incoming image") + ".jpg"),
                report.downloaded());
        assertArrayEquals(MediaSamples.jpeg(), Files.readAllBytes(report.downloaded()));
        assertFalse(messages.get(report.messageIds().get("incoming image")).fromMe());
        assertTrue(QrTerminalArt.modules(Files.readAllBytes(workDir.resolve("qr.png"))).getWidth() > 20);
    }
}
