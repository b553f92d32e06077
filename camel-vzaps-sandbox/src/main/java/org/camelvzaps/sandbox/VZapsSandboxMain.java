package org.camelvzaps.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone mode: {@code java -jar camel-vzaps-sandbox.jar --port 8089}. Serves the HTTP API on the port and the
 * realtime WebSocket on {@code --realtime-port} (default: the port + 1; a free one when the port is 0). Prints the base
 * URL, the realtime URL, the credentials and the Camel properties to use, then serves until Ctrl-C.
 */
public final class VZapsSandboxMain {

    private VZapsSandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        VZapsSandbox sandbox;
        try {
            sandbox = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println();
            usage(System.err);
            System.exit(2);
            return;
        }
        if (sandbox == null) {
            return; // --help
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.stop();
            stopped.countDown();
        }, "vzaps-sandbox-shutdown"));
        stopped.await();
    }

    /** Parses the flags, starts the sandbox and prints how to use it; null after --help. */
    static VZapsSandbox start(String[] args, PrintStream out) {
        VZapsSandbox.Builder b = VZapsSandbox.builder().port(8089);
        int port = 8089;
        Integer realtimePort = null;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                usage(out);
                return null;
            }
            String value = flag.contains("=") ? flag.substring(flag.indexOf('=') + 1) : null;
            String name = flag.contains("=") ? flag.substring(0, flag.indexOf('=')) : flag;
            switch (name) {
                case "--no-card" -> b.cardOnFile(false);
                case "--connect-endpoint" -> b.connectEndpoint(true);
                case "--qr-key-snake-case" -> b.qrKeySnakeCase(true);
                default -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException("missing value for " + name);
                        }
                        value = args[++i];
                    }
                    apply(b, name, value);
                    if (name.equals("--port")) {
                        port = Integer.parseInt(value);
                    } else if (name.equals("--realtime-port")) {
                        realtimePort = Integer.parseInt(value);
                    }
                }
            }
        }
        if (realtimePort == null) {
            if (port == 65535) {
                throw new IllegalArgumentException("--port 65535 leaves no port + 1 for the realtime server; "
                        + "give --realtime-port");
            }
            b.realtimePort(port == 0 ? 0 : port + 1);
        }
        VZapsSandbox sandbox = b.build().start();
        out.println("VZaps sandbox running at " + sandbox.baseUrl());
        out.println();
        out.println("  client token : " + sandbox.clientToken());
        out.println("  client secret: " + sandbox.clientSecret());
        out.println("  realtime     : " + sandbox.realtimeUrl() + "/events/ws?instance_id=<id>");
        out.println("  admin API    : " + sandbox.baseUrl() + "/__sandbox/  (e.g. GET /__sandbox/instances)");
        out.println();
        out.println("Camel properties:");
        out.println("  camel.component.vzaps.base-url=" + sandbox.baseUrl());
        out.println("  camel.component.vzaps.realtime-url=" + sandbox.realtimeUrl());
        out.println("  camel.component.vzaps.client-token=" + sandbox.clientToken());
        out.println("  camel.component.vzaps.client-secret=" + sandbox.clientSecret());
        out.println();
        out.println("Press Ctrl-C to stop.");
        out.flush();
        return sandbox;
    }

    private static void apply(VZapsSandbox.Builder b, String name, String value) {
        try {
            switch (name) {
                case "--port" -> b.port(Integer.parseInt(value));
                case "--bind" -> b.bindAddress(value);
                case "--client-token" -> b.clientToken(value);
                case "--client-secret" -> b.clientSecret(value);
                case "--token-lifetime-seconds" -> b.tokenLifetime(Duration.ofSeconds(Long.parseLong(value)));
                case "--qr-rotation-seconds" -> b.qrRotation(Duration.ofSeconds(Long.parseLong(value)));
                case "--auto-pair-after" -> b.autoPairAfterQrFetches(Integer.parseInt(value));
                case "--event-gap-ms" -> b.eventGap(Duration.ofMillis(Long.parseLong(value)));
                case "--delivery-timeout-seconds" -> b.deliveryTimeout(Duration.ofSeconds(Long.parseLong(value)));
                case "--realtime-port" -> b.realtimePort(Integer.parseInt(value));
                case "--realtime-retention" -> b.realtimeRetention(Integer.parseInt(value));
                case "--journal-size" -> b.journalSize(Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number for " + name + ": " + value);
        }
    }

    static void usage(PrintStream out) {
        out.println("""
                Usage: java -jar camel-vzaps-sandbox.jar [options]

                Stateful simulator of the VZaps HTTP API (for demos and tests).

                Options:
                  --port <n>                      port to listen on (default 8089; 0 = a free port)
                  --realtime-port <n>             port of the realtime WebSocket (default: --port + 1; 0 = a free port)
                  --realtime-retention <n>        realtime events kept per instance (default 10000)
                  --journal-size <n>              API calls kept in the journal, bodies cut to 16 KiB (default 1000)
                  --bind <address>                address to listen on (default 127.0.0.1)
                  --client-token <value>          account client token (default: random)
                  --client-secret <value>         account client secret (default: random)
                  --token-lifetime-seconds <n>    JWT lifetime (default 3600)
                  --qr-rotation-seconds <n>       QR content rotation (default 20)
                  --auto-pair-after <n>           pair automatically on the n-th QR fetch; 0 = only admin scan (default 2)
                  --event-gap-ms <n>              gap between Message / Delivered / Read events (default 100)
                  --delivery-timeout-seconds <n>  webhook delivery timeout (default 5)
                  --no-card                       account has no card: subscribe answers mode=checkout
                  --connect-endpoint              serve POST /instances/{id}/connect (default: 404)
                  --qr-key-snake-case             QR answer key qr_code instead of QRCode
                  --help                          this text

                Admin API (no auth): POST /__sandbox/instances/{id}/scan | /disconnect | /checkout/complete | /inbound,
                POST|DELETE /__sandbox/faults, GET|DELETE /__sandbox/journal, GET /__sandbox/instances,
                POST /__sandbox/card, GET /__sandbox/credentials, POST /__sandbox/tokens/expire,
                GET /__sandbox/instances/{id}/realtime | /realtime/events, POST /__sandbox/instances/{id}/realtime/drop |
                /realtime/silent | /realtime/refuse, GET /__sandbox/realtime/handshakes, POST /__sandbox/realtime/reset""");
    }
}
