package org.camelvzaps.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.camelvzaps.sandbox.VZapsSandbox;

/**
 * How one run of the message-kinds example is set up. It runs against the embedded sandbox only: the incoming
 * image it downloads is one the sandbox injects (a real account would need a person to send it).
 *
 * @param yaml        true: the file and webhook routes come from {@code routes/media.yaml} instead of
 *                    {@link MediaRoutes}
 * @param phone       the contact the messages go to, and who sends the incoming image
 * @param contactName that contact's WhatsApp name
 * @param workDir     where {@code qr.png}, {@code outbox/} and {@code inbox/} are
 * @param stepTimeout bound of each step
 * @param sandbox     a running sandbox to use (tests); null = start one
 * @param beforeStep  called with each step's name before it runs (tests use it to break a step on purpose)
 * @param out         where the step lines go
 */
public record MessageKindsSettings(boolean yaml, String phone, String contactName, Path workDir, Duration stepTimeout,
                                   VZapsSandbox sandbox, Consumer<String> beforeStep, PrintStream out) {

    /** Java routes, messages to (and the image from) Ana at +55 11 98888-7777, files under {@code target/message-kinds}. */
    public static MessageKindsSettings defaults() {
        return new MessageKindsSettings(false, "5511988887777", "Ana", Path.of("target", "message-kinds"), Duration.ofSeconds(20),
                null, step -> { }, System.out);
    }

    /** From the command line: {@code --yaml} (or system property examples.yaml=true). */
    public static MessageKindsSettings from(List<String> args) {
        return defaults().withYaml(args.contains("--yaml") || Boolean.getBoolean("examples.yaml"));
    }

    public MessageKindsSettings withYaml(boolean value) {
        return new MessageKindsSettings(value, phone, contactName, workDir, stepTimeout, sandbox, beforeStep, out);
    }

    public MessageKindsSettings withWorkDir(Path value) {
        return new MessageKindsSettings(yaml, phone, contactName, value, stepTimeout, sandbox, beforeStep, out);
    }

    public MessageKindsSettings withStepTimeout(Duration value) {
        return new MessageKindsSettings(yaml, phone, contactName, workDir, value, sandbox, beforeStep, out);
    }

    public MessageKindsSettings withSandbox(VZapsSandbox value) {
        return new MessageKindsSettings(yaml, phone, contactName, workDir, stepTimeout, value, beforeStep, out);
    }

    public MessageKindsSettings withBeforeStep(Consumer<String> value) {
        return new MessageKindsSettings(yaml, phone, contactName, workDir, stepTimeout, sandbox, value, out);
    }

    public MessageKindsSettings withOut(PrintStream value) {
        return new MessageKindsSettings(yaml, phone, contactName, workDir, stepTimeout, sandbox, beforeStep, value);
    }
}
