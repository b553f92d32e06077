package org.camelvzaps.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camelvzaps.sandbox.VZapsSandbox;

/**
 * How one demo run is set up: against the embedded sandbox (default) or the real API (env
 * {@code VZAPS_CLIENT_TOKEN} + {@code VZAPS_CLIENT_SECRET}), with the Java or the YAML event routes, receiving the
 * events on a webhook route (default) or a realtime route.
 *
 * @param realApi            true: the real VZaps API with the credentials given; false: the embedded sandbox
 * @param yaml               true: the event and send routes come from {@code routes/events.yaml} or
 *                           {@code routes/realtime.yaml}
 * @param events             how the events reach the app: VZaps POSTs them to a webhook route, or a realtime route
 *                           reads them from VZaps' WebSocket
 * @param baseUrl            API root (real mode; in sandbox mode the sandbox's, unless set)
 * @param clientToken        account client token (sandbox mode: the sandbox's, unless set)
 * @param clientSecret       account client secret (sandbox mode: the sandbox's, unless set)
 * @param phone              recipient of the test message; null = the connected account itself
 * @param webhookExternalUrl public URL VZaps reaches this app at; null in sandbox mode (loopback is used)
 * @param realtimeUrl        root of the realtime WebSocket (real mode; null = the component's default,
 *                           {@code wss://realtime.vzaps.com}; in sandbox mode the sandbox's)
 * @param httpPort           port of Camel Main's HTTP server (the webhook route); 0 = a free one
 * @param workDir            where qr.png is written
 * @param stepTimeout        bound of each API step and of each event wait
 * @param pairingTimeout     bound of the wait for a person (or the sandbox) to scan the QR: the pairing route's timeout
 * @param sandbox            a running sandbox to use instead of starting one (tests); null = start one
 * @param out                where the step lines go
 */
public record DemoSettings(boolean realApi, boolean yaml, Events events, String baseUrl, String clientToken,
                           String clientSecret, String phone, String webhookExternalUrl, String realtimeUrl, int httpPort,
                           Path workDir, Duration stepTimeout, Duration pairingTimeout, VZapsSandbox sandbox,
                           PrintStream out) {

    /** How the events come in: {@code --events webhook} (default) or {@code --events realtime}. */
    public enum Events {
        /** VZaps POSTs each event to the app's {@code vzaps:webhook} route: VZaps must be able to reach the app. */
        WEBHOOK,
        /** The app's {@code vzaps:realtime} route opens a WebSocket to VZaps: outbound only, no public URL. */
        REALTIME;

        /** As written on the command line and in the step names: {@code webhook}, {@code realtime}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Events parse(String value, String from) {
            for (Events e : values()) {
                if (e.label().equalsIgnoreCase(value.trim())) {
                    return e;
                }
            }
            throw new IllegalArgumentException(from + ": \"" + value + "\" is not webhook or realtime");
        }
    }

    public static final String USAGE = "arguments: [--yaml] [--events webhook|realtime]";

    /** Sandbox mode, Java routes, webhook events, qr.png in the working directory. */
    public static DemoSettings sandboxDefaults() {
        return new DemoSettings(false, false, Events.WEBHOOK, null, null, null, null, null, null, 0, Path.of("."),
                Duration.ofSeconds(20), Duration.ofSeconds(30), null, System.out);
    }

    /**
     * From the command line ({@code --yaml}, {@code --events realtime} or {@code --events=realtime}; an argument may
     * hold several, as Maven's {@code -Ddemo.args="--yaml --events realtime"} passes them), the system properties
     * {@code demo.yaml=true} and {@code demo.events=realtime}, and the environment (VZAPS_*, VZAPS_DEMO_EVENTS). The
     * command line wins over the system property, which wins over the environment.
     *
     * @throws IllegalArgumentException for an argument or an events value the demo does not know
     */
    public static DemoSettings from(List<String> args, Map<String, String> env) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            for (String word : arg.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        boolean yaml = Boolean.getBoolean("demo.yaml");
        Events events = null;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("--yaml")) {
                yaml = true;
            } else if (word.equals("--events")) {
                if (i + 1 == words.size()) {
                    throw new IllegalArgumentException("--events needs a value; " + USAGE);
                }
                events = Events.parse(words.get(++i), "--events");
            } else if (word.startsWith("--events=")) {
                events = Events.parse(word.substring("--events=".length()), "--events");
            } else {
                throw new IllegalArgumentException("unknown argument \"" + word + "\"; " + USAGE);
            }
        }
        if (events == null && blankToNull(System.getProperty("demo.events")) != null) {
            events = Events.parse(System.getProperty("demo.events"), "-Ddemo.events");
        }
        if (events == null && blankToNull(env.get("VZAPS_DEMO_EVENTS")) != null) {
            events = Events.parse(env.get("VZAPS_DEMO_EVENTS"), "VZAPS_DEMO_EVENTS");
        }
        DemoSettings s = sandboxDefaults().withYaml(yaml).withEvents(events == null ? Events.WEBHOOK : events);
        String token = blankToNull(env.get("VZAPS_CLIENT_TOKEN"));
        String secret = blankToNull(env.get("VZAPS_CLIENT_SECRET"));
        if (token != null && secret != null) {
            String baseUrl = blankToNull(env.get("VZAPS_BASE_URL"));
            s = new DemoSettings(true, s.yaml, s.events, baseUrl == null ? "https://api.vzaps.com" : baseUrl, token, secret,
                    blankToNull(env.get("VZAPS_PHONE")), blankToNull(env.get("VZAPS_WEBHOOK_EXTERNAL_URL")),
                    blankToNull(env.get("VZAPS_REALTIME_URL")), port(env.get("VZAPS_DEMO_PORT")), s.workDir,
                    Duration.ofSeconds(60), Duration.ofMinutes(3), null, s.out);
        }
        return s;
    }

    public DemoSettings withYaml(boolean value) {
        return new DemoSettings(realApi, value, events, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl,
                realtimeUrl, httpPort, workDir, stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withEvents(Events value) {
        return new DemoSettings(realApi, yaml, value, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl,
                realtimeUrl, httpPort, workDir, stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withSandbox(VZapsSandbox value) {
        return new DemoSettings(false, yaml, events, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl,
                realtimeUrl, httpPort, workDir, stepTimeout, pairingTimeout, value, out);
    }

    public DemoSettings withCredentials(String token, String secret) {
        return new DemoSettings(realApi, yaml, events, baseUrl, token, secret, phone, webhookExternalUrl,
                realtimeUrl, httpPort, workDir, stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withWorkDir(Path value) {
        return new DemoSettings(realApi, yaml, events, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl,
                realtimeUrl, httpPort, value, stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withTimeouts(Duration step, Duration pairing) {
        return new DemoSettings(realApi, yaml, events, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl,
                realtimeUrl, httpPort, workDir, step, pairing, sandbox, out);
    }

    public DemoSettings withHttpPort(int value) {
        return new DemoSettings(realApi, yaml, events, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl,
                realtimeUrl, value, workDir, stepTimeout, pairingTimeout, sandbox, out);
    }

    public DemoSettings withOut(PrintStream value) {
        return new DemoSettings(realApi, yaml, events, baseUrl, clientToken, clientSecret, phone, webhookExternalUrl,
                realtimeUrl, httpPort, workDir, stepTimeout, pairingTimeout, sandbox, value);
    }

    /** True when the events come over the realtime WebSocket rather than to a webhook route. */
    public boolean realtime() {
        return events == Events.REALTIME;
    }

    /**
     * Events can be received when the app connects to VZaps (realtime), or when VZaps can reach the webhook route:
     * always with the sandbox, with the real API only through a public URL.
     */
    public boolean eventsReachable() {
        return !realApi || realtime() || webhookExternalUrl != null;
    }

    /** Real mode: the port the public URL forwards to (VZAPS_DEMO_PORT, default 8080). */
    private static int port(String value) {
        return value == null || value.isBlank() ? 8080 : Integer.parseInt(value.trim());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
