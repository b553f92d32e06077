package org.camelvzaps.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camelvzaps.sandbox.VZapsSandbox;

/**
 * How one demo run is set up: against the embedded sandbox (default) or the real API (env
 * {@code VZAPS_CLIENT_TOKEN} + {@code VZAPS_CLIENT_SECRET}), with the Java or the YAML event routes.
 *
 * @param realApi            true: the real VZaps API with the credentials given; false: the embedded sandbox
 * @param yaml               true: the webhook and send routes come from {@code routes/events.yaml}
 * @param baseUrl            API root (real mode; in sandbox mode the sandbox's, unless set)
 * @param clientToken        account client token (sandbox mode: the sandbox's, unless set)
 * @param clientSecret       account client secret (sandbox mode: the sandbox's, unless set)
 * @param phone              recipient of the test message; null = the connected account itself
 * @param webhookExternalUrl public URL VZaps reaches this app at; null in sandbox mode (loopback is used)
 * @param httpPort           port of Camel Main's HTTP server (the webhook route); 0 = a free one
 * @param workDir            where qr.png is written
 * @param stepTimeout        bound of each API step and of each event wait
 * @param pairingTimeout     bound of the wait for a person (or the sandbox) to scan the QR
 * @param sandbox            a running sandbox to use instead of starting one (tests); null = start one
 * @param out                where the step lines go
 */
public record DemoSettings(boolean realApi, boolean yaml, String baseUrl, String clientToken, String clientSecret,
                           String phone, String webhookExternalUrl, int httpPort, Path workDir, Duration stepTimeout,
                           Duration pairingTimeout, VZapsSandbox sandbox, PrintStream out) {

    /** Sandbox mode, Java routes, qr.png in the working directory. */
    public static DemoSettings sandboxDefaults() {
        return new DemoSettings(false, false, null, null, null, null, null, 0, Path.of("."), Duration.ofSeconds(20),
                Duration.ofSeconds(30), null, System.out);
    }

    /** From the command line ({@code --yaml}) and the environment (VZAPS_*); system property demo.yaml=true too. */
    public static DemoSettings from(List<String> args, Map<String, String> env) {
        DemoSettings s = sandboxDefaults();
        boolean yaml = args.contains("--yaml") || Boolean.getBoolean("demo.yaml");
        s = s.withYaml(yaml);
        String token = blankToNull(env.get("VZAPS_CLIENT_TOKEN"));
        String secret = blankToNull(env.get("VZAPS_CLIENT_SECRET"));
        if (token != null && secret != null) {
            String baseUrl = blankToNull(env.get("VZAPS_BASE_URL"));
            s = new DemoSettings(true, yaml, baseUrl == null ? "https://api.vzaps.com" : baseUrl, token, secret,
                    blankToNull(env.get("VZAPS_PHONE")), blankToNull(env.get("VZAPS_WEBHOOK_EXTERNAL_URL")),
                    port(env.get("VZAPS_DEMO_PORT")), s.workDir, Duration.ofSeconds(60), Duration.ofMinutes(3), null, s.out);
        }
        return s;
    }

    public DemoSettings withYaml(boolean value) {
        return new DemoSettings(realApi, value, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl, httpPort, workDir,
                stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withSandbox(VZapsSandbox value) {
        return new DemoSettings(false, yaml, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl, httpPort, workDir,
                stepTimeout, pairingTimeout, value, out);
    }

    public DemoSettings withCredentials(String token, String secret) {
        return new DemoSettings(realApi, yaml, baseUrl, token, secret, phone, webhookExternalUrl, httpPort, workDir,
                stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withWorkDir(Path value) {
        return new DemoSettings(realApi, yaml, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl, httpPort, value,
                stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withTimeouts(Duration step, Duration pairing) {
        return new DemoSettings(realApi, yaml, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl, httpPort, workDir,
                step, pairing, sandbox, out);
    }

    public DemoSettings withHttpPort(int value) {
        return new DemoSettings(realApi, yaml, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl, value, workDir,
                stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withOut(PrintStream value) {
        return new DemoSettings(realApi, yaml, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl, httpPort, workDir,
                stepTimeout, pairingTimeout, sandbox, value);
    }

    /** Events can only be received when VZaps can reach the webhook route: always with the sandbox. */
    public boolean eventsReachable() {
        return !realApi || webhookExternalUrl != null;
    }

    /** Real mode: the port the public URL forwards to (VZAPS_DEMO_PORT, default 8080). */
    private static int port(String value) {
        return value == null || value.isBlank() ? 8080 : Integer.parseInt(value.trim());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
