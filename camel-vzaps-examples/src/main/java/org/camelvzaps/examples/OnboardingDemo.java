package org.camelvzaps.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.main.Main;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.examples.DemoReport.Status;
import org.camelvzaps.examples.DemoReport.StepResult;
import org.camelvzaps.examples.DemoSettings.Events;
import org.camelvzaps.model.event.MessageEvent;
import org.camelvzaps.model.event.ReadReceiptEvent;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.SubscriptionResult;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.model.session.QrCode;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.sandbox.VZapsSandbox;

/**
 * The onboarding demo: a Camel Main application whose routes take a new VZaps instance from creation to a sent
 * message whose events come back to the app, one printed line per step.
 * <p>
 * By default it starts the embedded sandbox and points the component at it; with {@code VZAPS_CLIENT_TOKEN} and
 * {@code VZAPS_CLIENT_SECRET} set it runs against the real API. The instance is paired by a {@code vzaps:pairing}
 * route ({@link OnboardingPairingRoutes}). The events come to a {@code vzaps:webhook} route ({@link EventRoutes}),
 * or with {@code --events realtime} to a {@code vzaps:realtime} route ({@link RealtimeRoutes}) that needs no public
 * URL. {@code --yaml} takes the event and send routes from {@code routes/events.yaml} or {@code routes/realtime.yaml}
 * instead. Exit status 0 when every step passed, 1 otherwise.
 */
public final class OnboardingDemo {

    public static final int STEP_COUNT = 9;

    static final String WEBHOOK_PATH = "/vzaps/webhook";
    static final String EVENTS_YAML = "classpath:routes/events.yaml";
    static final String REALTIME_YAML = "classpath:routes/realtime.yaml";
    static final List<String> EVENTS = List.of("Connected", "Disconnected", "Message", "ReadReceipt");
    private static final String PAIRING_QUEUE = "seda:pairing";
    /** The pairing route's exchanges: CamelVZapsEventType QrCode (body QrCode), then Connected (SessionStatus). */
    private static final String QR_CODE = "QrCode";
    private static final String PAIRED = "Connected";
    private static final int NAME_WIDTH = 24;

    private final DemoSettings settings;
    private final List<String> stepNames;
    private final PrintStream out;
    private final EventInbox inbox = new EventInbox();
    private final List<StepResult> results = new ArrayList<>();
    private CamelContext camel;
    private ProducerTemplate template;
    private ConsumerTemplate consumer;

    // what the steps learn, in order
    private String instanceId;
    private Exchange pairedEarly;
    private int qrCodes;
    private String connectedPhone;
    private String sentText;
    private String messageId;

    private OnboardingDemo(DemoSettings settings) {
        this.settings = settings;
        this.stepNames = steps(settings.events());
        this.out = settings.out();
    }

    /**
     * The names of the nine steps; the three event steps name the route the events arrive at ({@code webhook: Message}
     * or {@code realtime: Message}).
     */
    public static List<String> steps(Events events) {
        String via = events.label() + ": ";
        return List.of("createInstance", "subscribe", "connect", "pairing: QR code", "pairing: Connected",
                via + "Connected", "sendText", via + "Message", via + "ReadReceipt");
    }

    public static void main(String[] args) {
        DemoSettings settings;
        try {
            settings = DemoSettings.from(Arrays.asList(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("VZaps onboarding demo: " + e.getMessage());
            System.exit(1);
            return;
        }
        DemoReport report = run(settings);
        System.exit(report.exitCode());
    }

    /** Runs the whole demo (starts and stops the sandbox and Camel) and tells what happened. */
    public static DemoReport run(DemoSettings settings) {
        return new OnboardingDemo(settings).run();
    }

    private DemoReport run() {
        VZapsSandbox ownSandbox = null;
        Main main = null;
        String eventRouteSource = null;
        String sendRouteSource = null;
        ExecutorService steps = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "onboarding-step");
            t.setDaemon(true);
            return t;
        });
        try {
            VZapsSandbox sandbox = settings.sandbox();
            if (!settings.realApi() && sandbox == null) {
                sandbox = ownSandbox = VZapsSandbox.builder().port(0).build().start();
            }
            // realtime: this app only connects out, so it has no HTTP server and no webhook URL
            int port = settings.realtime() ? 0 : settings.httpPort() > 0 ? settings.httpPort() : freePort();
            String secret = randomSecret();
            String webhookUrl = settings.realtime() ? null : webhookUrl(port, secret);

            main = camelMain(sandbox, port, secret);
            main.start();
            camel = main.getCamelContext();
            template = camel.createProducerTemplate();
            consumer = camel.createConsumerTemplate();

            banner(sandbox, port);
            runSteps(steps, webhookUrl);
        } catch (Exception e) {
            results.add(new StepResult(0, "startup", Status.FAILED, message(e)));
            out.println("[startup] FAILED  " + message(e));
        } finally {
            steps.shutdownNow();
            if (camel != null) {
                eventRouteSource = sourceOf(eventRouteId());
                sendRouteSource = sourceOf("send-text");
            }
            if (main != null) {
                try {
                    main.stop();
                } catch (Exception e) {
                    out.println("(stopping Camel: " + message(e) + ")");
                }
            }
            if (ownSandbox != null) {
                ownSandbox.stop();
            }
        }
        DemoReport report = new DemoReport(settings.events(), List.copyOf(results), inbox.events(), instanceId, messageId,
                sentText, eventRouteSource, sendRouteSource);
        summary(report);
        return report;
    }

    private Main camelMain(VZapsSandbox sandbox, int port, String secret) {
        Main main = new Main();
        main.bind("eventInbox", inbox);
        main.configure().addRoutesBuilder(new OnboardingRoutes());
        if (settings.realtime()) {
            // the realtime route names the instance: createInstance adds it (RealtimeRoutes or routes/realtime.yaml)
            main.addOverrideProperty("camel.server.enabled", "false");
            String realtimeUrl = sandbox != null ? sandbox.realtimeUrl() : settings.realtimeUrl();
            if (realtimeUrl != null) {
                main.addOverrideProperty("camel.component.vzaps.realtime-url", realtimeUrl);
            }
        } else if (settings.yaml()) {
            main.addOverrideProperty("camel.main.routes-include-pattern", EVENTS_YAML);
        } else {
            main.configure().addRoutesBuilder(new EventRoutes());
        }
        main.addOverrideProperty("camel.component.vzaps.base-url",
                firstNonNull(settings.baseUrl(), sandbox == null ? null : sandbox.baseUrl()));
        main.addOverrideProperty("camel.component.vzaps.client-token",
                firstNonNull(settings.clientToken(), sandbox == null ? null : sandbox.clientToken()));
        main.addOverrideProperty("camel.component.vzaps.client-secret",
                firstNonNull(settings.clientSecret(), sandbox == null ? null : sandbox.clientSecret()));
        if (!settings.realtime()) {
            main.addOverrideProperty("camel.server.port", String.valueOf(port));
            if (!settings.realApi()) {
                main.addOverrideProperty("camel.server.host", "127.0.0.1");
            }
        }
        main.addOverrideProperty("demo.webhook-secret", secret);
        main.addOverrideProperty("demo.work-dir", settings.workDir().toAbsolutePath().toString());
        // the pairing route polls every 2 s (the consumer's default) against the real API, faster against the sandbox;
        // its timeout is the bound of the wait for a person to scan
        main.addOverrideProperty("demo.pairing-delay-ms", settings.realApi() ? "2000" : "100");
        main.addOverrideProperty("demo.pairing-timeout-ms", String.valueOf(settings.pairingTimeout().toMillis()));
        return main;
    }

    // ------------------------------------------------------------------ the steps

    private void runSteps(ExecutorService executor, String webhookUrl) {
        Duration api = settings.stepTimeout();
        // the pairing route's timeout bounds the wait; the step's own bound is only a backstop behind it
        Duration pairing = settings.pairingTimeout().plus(api);
        boolean events = settings.eventsReachable();
        String noEvents = "no VZAPS_WEBHOOK_EXTERNAL_URL: VZaps cannot reach this app's webhook route";

        // each step runs only when the one before passed
        boolean passed = step(executor, 1, api, () -> createInstance(webhookUrl))
                && step(executor, 2, api, this::subscribe)
                && step(executor, 3, api, this::connect)
                && step(executor, 4, api, this::pairingQrCode)
                && step(executor, 5, pairing, this::pairingConnected)
                && (events ? step(executor, 6, api, this::connectedEvent) : skip(6, noEvents))
                && step(executor, 7, api, this::sendText)
                && (events ? step(executor, 8, api, this::messageEvent) : skip(8, noEvents))
                && (events ? step(executor, 9, api, this::readReceiptEvents) : skip(9, noEvents));
        if (!passed) {
            out.println("      (the remaining steps are not run)");
        }
    }

    /** Creates the instance (with this app's webhook, unless realtime), then adds the routes that name it. */
    private String createInstance(String webhookUrl) throws Exception {
        CreateInstanceRequest request = CreateInstanceRequest.named("camel-vzaps-demo-" + System.currentTimeMillis() % 100000);
        if (webhookUrl != null) {
            request = request.webhook(webhookUrl).eventsSubscribe(EVENTS);
        }
        Message answer = call("direct:createInstance", request, null);
        Instance instance = answer.getBody(Instance.class);
        instanceId = answer.getHeader(VZapsConstants.INSTANCE_ID, String.class);
        camel.getPropertiesComponent().addOverrideProperty("vzaps.instance", instanceId);
        String created = instanceId + " \"" + instance.name() + "\"";
        if (!settings.realtime()) {
            return created + (webhookUrl == null ? ", no webhook" : ", webhook " + withoutSecret(webhookUrl) + " " + EVENTS);
        }
        if (settings.yaml()) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.resolveMandatoryResource(camel, REALTIME_YAML));
        } else {
            camel.addRoutes(new RealtimeRoutes());
        }
        return created + ", no webhook; realtime route added from " + sourceOf("realtime") + " " + EVENTS;
    }

    private String subscribe() {
        SubscriptionResult result = call("direct:subscribe", null, null).getBody(SubscriptionResult.class);
        if (result.isCheckout()) {
            return "mode checkout: a person must pay at " + result.url();
        }
        return "mode " + result.mode() + " (billing active)";
    }

    private String connect() {
        Message answer = call("direct:connect", null, null);
        String answeredBy = answer.getHeader(VZapsConstants.ANSWERED_BY, String.class);
        return "flow started" + ("getQr".equals(answeredBy) ? " (answered by getQr)" : "");
    }

    /**
     * Adds the pairing route; its first exchange is the QR code to scan, which the route has saved as qr.png and the
     * step prints as terminal art. An instance that was paired already answers Connected instead.
     */
    private String pairingQrCode() throws Exception {
        camel.addRoutes(new OnboardingPairingRoutes());
        Exchange first = receivePairing(settings.stepTimeout());
        if (PAIRED.equals(eventType(first))) {
            pairedEarly = first;
            return "already connected: no QR code to scan";
        }
        QrCode code = qrCode(first);
        Path png = settings.workDir().resolve("qr.png").toAbsolutePath().normalize();
        if (!Files.exists(png)) {
            throw new IllegalStateException("the pairing route did not save the QR code as " + png);
        }
        return "QR code saved to " + png + (settings.realApi() ? " - scan it: WhatsApp > Linked devices" : "")
               + "\n" + indent(QrTerminalArt.render(code.toPng()));
    }

    /**
     * Takes the pairing route's exchanges until its Connected one: a QR code that rotated meanwhile is printed again
     * (the route has updated qr.png); the route's timeout (or an API error while it polls) fails the step.
     */
    private String pairingConnected() throws Exception {
        Exchange exchange = pairedEarly;
        if (exchange == null && settings.realApi()) {
            out.println("      waiting up to " + settings.pairingTimeout().toSeconds() + " s for the QR code to be scanned"
                        + " (a new one is shown when it changes)...");
            out.flush();
        }
        while (exchange == null || !PAIRED.equals(eventType(exchange))) {
            exchange = receivePairing(settings.pairingTimeout().plus(settings.stepTimeout()));
            if (!PAIRED.equals(eventType(exchange))) {
                QrCode code = qrCode(exchange);
                out.println("      new QR code (qr.png updated):");
                out.print(indent(QrTerminalArt.render(code.toPng())));
                out.flush();
            }
        }
        SessionStatus status = exchange.getMessage().getBody(SessionStatus.class);
        if (status == null || !status.connected()) {
            throw new IllegalStateException("the pairing route's Connected exchange says connected=false");
        }
        camel.getRouteController().stopRoute("pairing");
        camel.removeRoute("pairing");
        connectedPhone = status.phone();
        return "connected as +" + status.phone() + (status.pushName() == null ? "" : " (" + status.pushName() + ")")
               + (qrCodes == 0 ? "" : " after " + qrCodes + " QR code(s)") + "; pairing route removed";
    }

    private String connectedEvent() throws InterruptedException {
        VZapsEvent event = await(e -> VZapsEvent.CONNECTED.equals(e.type()), "a Connected event");
        String jid = event.asConnection().jid();
        return "Connected event received" + (jid == null ? "" : " (jid " + jid + ")");
    }

    private String sendText() {
        String phone = settings.phone() != null ? settings.phone() : connectedPhone;
        if (phone == null) {
            throw new IllegalStateException("no recipient: set VZAPS_PHONE");
        }
        sentText = "Hello from the camel-vzaps onboarding demo (" + instanceId + ")";
        SendResult result = call("direct:sendText", sentText, Map.of(VZapsConstants.PHONE, phone))
                .getBody(SendResult.class);
        messageId = result.messageId();
        return "message " + messageId + " to +" + phone + (phone.equals(connectedPhone) ? " (yourself)" : "");
    }

    private String messageEvent() throws InterruptedException {
        VZapsEvent event = await(e -> e.isMessage() && messageId.equals(e.asMessage().id()),
                "the Message event of " + messageId);
        MessageEvent message = event.asMessage();
        if (!message.fromMe() || !sentText.equals(message.text())) {
            throw new IllegalStateException("the Message event of " + messageId + " has is_from_me=" + message.fromMe()
                    + ", text \"" + message.text() + "\"");
        }
        return "is_from_me=true, text \"" + message.text() + "\"";
    }

    private String readReceiptEvents() throws InterruptedException {
        for (String state : List.of("Delivered", "Read")) {
            await(e -> {
                if (!e.isReadReceipt()) {
                    return false;
                }
                ReadReceiptEvent receipt = e.asReadReceipt();
                return state.equals(receipt.state()) && receipt.messageIds().contains(messageId);
            }, "a ReadReceipt " + state + " for " + messageId);
        }
        return "Delivered, then Read for " + messageId;
    }

    // ------------------------------------------------------------------ plumbing

    /** Sends to a step route for the instance created in step 1; a failed exchange throws its exception. */
    private Message call(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            if (instanceId != null) {
                e.getMessage().setHeader(VZapsConstants.INSTANCE_ID, instanceId);
            }
            if (headers != null) {
                headers.forEach(e.getMessage()::setHeader);
            }
        });
        if (exchange.getException() != null) {
            throw new CamelExecutionException(exchange.getException().getMessage(), exchange, exchange.getException());
        }
        return exchange.getMessage();
    }

    private VZapsEvent await(java.util.function.Predicate<VZapsEvent> wanted, String what) throws InterruptedException {
        return inbox.await(e -> instanceId.equals(e.instanceId()) && wanted.test(e), settings.stepTimeout())
                .orElseThrow(() -> new IllegalStateException("no " + what + " within " + settings.stepTimeout().toSeconds()
                        + " s; the " + eventRouteId() + " route received: " + inbox.events()));
    }

    /**
     * The pairing route's next exchange (a QR code or Connected); one its error handler caught (the consumer's
     * timeout, an API error, a failed write of qr.png) throws that exception.
     */
    private Exchange receivePairing(Duration timeout) throws Exception {
        Exchange exchange = consumer.receive(PAIRING_QUEUE, timeout.toMillis());
        if (exchange == null) {
            throw new IllegalStateException("the pairing route emitted nothing within " + timeout.toSeconds() + " s");
        }
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure != null) {
            throw failure;
        }
        return exchange;
    }

    private QrCode qrCode(Exchange exchange) {
        if (!QR_CODE.equals(eventType(exchange))) {
            throw new IllegalStateException("the pairing route emitted " + eventType(exchange) + ", not a QR code");
        }
        qrCodes++;
        return exchange.getMessage().getBody(QrCode.class);
    }

    private static String eventType(Exchange exchange) {
        return exchange.getMessage().getHeader(VZapsConstants.EVENT_TYPE, String.class);
    }

    /** The route the events arrive at: {@code webhook} or {@code realtime}. */
    private String eventRouteId() {
        return settings.events().label();
    }

    /** Where a route was defined, as {@code EventRoutes.java:19} or {@code routes/realtime.yaml:13}; null if none. */
    private String sourceOf(String routeId) {
        Route route = camel.getRoute(routeId);
        String source = route == null ? null : route.getSourceLocation();
        return source == null ? null : source.replaceFirst("^classpath:", "");
    }

    /** Runs one step, bounded by timeout, and prints its line; false when it failed. */
    private boolean step(ExecutorService executor, int number, Duration timeout, Callable<String> body) {
        String name = stepNames.get(number - 1);
        Future<String> future = executor.submit(body);
        StepResult result;
        try {
            result = new StepResult(number, name, Status.OK, future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            result = new StepResult(number, name, Status.FAILED, "timed out after " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            result = new StepResult(number, name, Status.FAILED, message(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            result = new StepResult(number, name, Status.FAILED, "interrupted");
        }
        print(result);
        return result.status() == Status.OK;
    }

    private boolean skip(int number, String why) {
        StepResult result = new StepResult(number, stepNames.get(number - 1), Status.SKIPPED, why);
        print(result);
        return true;
    }

    private void print(StepResult stepResult) {
        // a detail may carry more lines (the QR art): the step line gets the first, the others follow it
        String[] lines = stepResult.detail().split("\n", 2);
        StepResult result = new StepResult(stepResult.number(), stepResult.name(), stepResult.status(), lines[0]);
        results.add(result);
        String dots = " " + ".".repeat(Math.max(2, NAME_WIDTH - result.name().length())) + " ";
        out.println("[" + result.number() + "/" + STEP_COUNT + "] " + result.name() + dots
                    + String.format("%-7s", result.status()) + " " + result.detail());
        if (lines.length > 1) {
            out.print(lines[1]);
        }
        out.flush();
    }

    private void banner(VZapsSandbox sandbox, int port) {
        out.println("VZaps onboarding demo");
        out.println("  API:     " + (sandbox != null ? "embedded VZaps sandbox at " + sandbox.baseUrl()
                : settings.baseUrl() + " (real API)"));
        if (settings.realtime()) {
            String realtimeUrl = sandbox != null ? sandbox.realtimeUrl()
                    : settings.realtimeUrl() != null ? settings.realtimeUrl() : VZapsConfiguration.DEFAULT_REALTIME_URL;
            out.println("  routes:  realtime and send-text from "
                        + (settings.yaml() ? REALTIME_YAML.substring("classpath:".length()) : "RealtimeRoutes.java")
                        + ", added once the instance exists");
            out.println("  events:  realtime: the app connects to " + realtimeUrl + "/events/ws"
                        + " (outbound only: no HTTP server, no public URL)");
        } else {
            out.println("  routes:  webhook from " + sourceOf("webhook") + ", send-text from " + sourceOf("send-text"));
            out.println("  webhook: listening on http://"
                        + (settings.realApi() ? "0.0.0.0" : "127.0.0.1") + ":" + port + WEBHOOK_PATH
                        + (settings.realApi() && settings.webhookExternalUrl() != null
                                ? " (public: " + settings.webhookExternalUrl() + ")" : ""));
        }
        if (!settings.eventsReachable()) {
            out.println("  note:    VZAPS_WEBHOOK_EXTERNAL_URL is not set, so VZaps cannot reach the webhook route:"
                        + " the instance is created without a webhook and the three webhook steps are skipped"
                        + " (--events realtime needs no public URL).");
        }
        out.flush();
    }

    private void summary(DemoReport report) {
        if (report.passed()) {
            long skipped = report.steps().stream().filter(s -> s.status() == Status.SKIPPED).count();
            out.println("Onboarding demo PASSED: " + (STEP_COUNT - skipped) + "/" + STEP_COUNT + " steps OK"
                        + (skipped > 0 ? ", " + skipped + " skipped" : "") + ".");
        } else {
            StepResult failed = report.failedStep().orElse(null);
            out.println(failed == null ? "Onboarding demo FAILED."
                    : "Onboarding demo FAILED at step " + (failed.number() == 0 ? "" : failed.number() + "/" + STEP_COUNT + " ")
                      + failed.name() + ": " + failed.detail());
        }
        out.flush();
    }

    private String webhookUrl(int port, String secret) {
        if (!settings.eventsReachable()) {
            return null;
        }
        String base = settings.realApi() ? stripSlash(settings.webhookExternalUrl()) : "http://127.0.0.1:" + port;
        return base + WEBHOOK_PATH + "?secret=" + secret;
    }

    private static String withoutSecret(String url) {
        int q = url.indexOf("?secret=");
        return q < 0 ? url : url.substring(0, q) + "?secret=xxxxxx";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String indent(String art) {
        return art.lines().map(l -> "      " + l).reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'),
                StringBuilder::append).toString();
    }

    /** The message of the root problem: for a failed vzaps call, the API exception's message. */
    static String message(Throwable e) {
        Throwable t = e;
        while ((t instanceof CamelExecutionException || t instanceof ExecutionException
                || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** The webhook secret of this run: it rides in the webhook URL VZaps calls (?secret=...). */
    private static String randomSecret() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
