package org.camelvzaps.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.main.Main;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.examples.RouteOutcomes.Outcome;
import org.camelvzaps.model.event.MessageEvent;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.SubscriptionResult;
import org.camelvzaps.model.message.Button;
import org.camelvzaps.model.message.ListRow;
import org.camelvzaps.model.message.ListSection;
import org.camelvzaps.model.message.ReactRequest;
import org.camelvzaps.model.message.SendButtonsRequest;
import org.camelvzaps.model.message.SendContactRequest;
import org.camelvzaps.model.message.SendGifRequest;
import org.camelvzaps.model.message.SendLinkRequest;
import org.camelvzaps.model.message.SendListRequest;
import org.camelvzaps.model.message.SendLocationRequest;
import org.camelvzaps.model.message.SendPollRequest;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.model.message.SendVideoRequest;
import org.camelvzaps.model.message.VotePollRequest;
import org.camelvzaps.model.session.QrCode;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.sandbox.VZapsSandbox;

/**
 * The message-kinds example: a Camel Main application that creates and pairs a VZaps instance, sends one message of
 * every kind WhatsApp has (text, image and document from files dropped into an outbox folder, audio, video, sticker,
 * GIF, location, contact, buttons, list, link, poll), reacts, votes and edits, and finally downloads an image a
 * contact sent, through its webhook route, into an inbox folder. One printed line per step; exit status 0 when every
 * step passed, 1 naming the step that failed.
 * <p>
 * It runs against the embedded sandbox, which also plays the contact. Each send is checked twice: by its answer (the
 * message id) and by the {@code Message} event of that id that comes back on the webhook route, which must carry the
 * right WhatsApp node ({@code image_message}, {@code poll_creation_message}, ...) with the content sent.
 */
public final class MessageKindsExample {

    public static final List<String> STEPS = List.of(
            "createInstance", "subscribe", "pairing: QR code", "pairing: Connected",
            "sendText", "sendImage (file)", "sendAudio", "sendVideo", "sendDocument (file)", "sendSticker", "sendGif",
            "sendLocation", "sendContact", "sendButtons", "sendList", "sendLink", "sendPoll",
            "react", "votePoll", "editMessage", "incoming image", "downloadImage to file");

    /** Media can also be sent by URL: VZaps fetches it (the sandbox only records it). */
    public static final String VIDEO_URL = "https://www.w3schools.com/html/mov_bbb.mp4";
    public static final String GIF_URL = "https://www.w3schools.com/html/movie.mp4";
    static final String LINK_URL = "https://camel.apache.org";
    static final List<String> EVENTS = List.of("Connected", "Message");
    private static final String WEBHOOK_PATH = "/vzaps/webhook";
    private static final String MEDIA_YAML = "classpath:routes/media.yaml";

    private final MessageKindsSettings settings;
    private final PrintStream out;
    private final EventInbox inbox = new EventInbox();
    private final RouteOutcomes outcomes = new RouteOutcomes();
    private final Map<String, String> messageIds = new LinkedHashMap<>();
    private final Map<String, String> routeSources = new LinkedHashMap<>();
    private final Path outbox;
    private final Path inboxDir;

    private VZapsSandbox sandbox;
    private CamelContext camel;
    private ProducerTemplate template;
    private ConsumerTemplate consumer;
    private String instanceId;
    private Path downloaded;

    private MessageKindsExample(MessageKindsSettings settings) {
        this.settings = settings;
        this.out = settings.out();
        this.outbox = settings.workDir().resolve("outbox").toAbsolutePath().normalize();
        this.inboxDir = settings.workDir().resolve("inbox").toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        MessageKindsReport report = run(MessageKindsSettings.from(Arrays.asList(args)));
        System.exit(report.exitCode());
    }

    /** Runs the whole example (starts and stops the sandbox and Camel) and tells what happened. */
    public static MessageKindsReport run(MessageKindsSettings settings) {
        return new MessageKindsExample(settings).run();
    }

    private MessageKindsReport run() {
        VZapsSandbox ownSandbox = null;
        Main main = null;
        try (StepRunner steps = new StepRunner(STEPS, out)) {
            try {
                sandbox = settings.sandbox();
                if (sandbox == null) {
                    // only the example's "phone" pairs (scan); events 10 ms apart instead of 100 to keep the run short
                    sandbox = ownSandbox = VZapsSandbox.builder().port(0).autoPairAfterQrFetches(0)
                            .eventGap(Duration.ofMillis(10)).build().start();
                }
                for (Path dir : List.of(outbox.resolve("image"), outbox.resolve("document"), inboxDir)) {
                    Files.createDirectories(dir);
                }
                int port = freePort();
                String secret = randomSecret();
                main = camelMain(port, secret);
                main.start();
                camel = main.getCamelContext();
                template = camel.createProducerTemplate();
                consumer = camel.createConsumerTemplate();
                banner(port);
                runSteps(steps, "http://127.0.0.1:" + port + WEBHOOK_PATH + "?secret=" + secret);
            } catch (Exception e) {
                steps.failOutside("startup", e);
            } finally {
                if (camel != null) {
                    camel.getRoutes().forEach(r -> routeSources.put(r.getRouteId(), r.getSourceLocation()));
                }
                if (main != null) {
                    try {
                        main.stop();
                    } catch (Exception e) {
                        out.println("(stopping Camel: " + OnboardingDemo.message(e) + ")");
                    }
                }
                if (ownSandbox != null) {
                    ownSandbox.stop();
                }
            }
            MessageKindsReport report = new MessageKindsReport(steps.results(), inbox.events(), instanceId,
                    Map.copyOf(messageIds), downloaded, Map.copyOf(routeSources));
            summary(report);
            return report;
        }
    }

    private Main camelMain(int port, String secret) {
        Main main = new Main();
        main.bind("eventInbox", inbox);
        main.bind("routeOutcomes", outcomes); // Camel Main registers EventNotifier beans by itself
        main.configure().addRoutesBuilder(new MessageKindsRoutes());
        main.addOverrideProperty("camel.main.name", "vzaps-message-kinds-example");
        main.addOverrideProperty("camel.component.vzaps.base-url", sandbox.baseUrl());
        main.addOverrideProperty("camel.component.vzaps.client-token", sandbox.clientToken());
        main.addOverrideProperty("camel.component.vzaps.client-secret", sandbox.clientSecret());
        main.addOverrideProperty("camel.server.port", String.valueOf(port));
        main.addOverrideProperty("camel.server.host", "127.0.0.1");
        main.addOverrideProperty("vzaps.webhook-secret", secret);
        main.addOverrideProperty("example.phone", settings.phone());
        main.addOverrideProperty("example.work-dir", settings.workDir().toAbsolutePath().normalize().toString());
        main.addOverrideProperty("example.outbox", outbox.toString());
        main.addOverrideProperty("example.inbox", inboxDir.toString());
        main.addOverrideProperty("example.pairing-timeout-ms", String.valueOf(settings.stepTimeout().toMillis() * 2));
        return main;
    }

    // ------------------------------------------------------------------ the steps

    private void runSteps(StepRunner steps, String webhookUrl) {
        boolean passed = step(steps, "createInstance", () -> createInstance(webhookUrl))
                && step(steps, "subscribe", this::subscribe)
                && step(steps, "pairing: QR code", this::pairingQrCode)
                && step(steps, "pairing: Connected", this::pairingConnected)
                && step(steps, "sendText", this::sendText)
                && step(steps, "sendImage (file)", this::sendImageFile)
                && step(steps, "sendAudio", this::sendAudio)
                && step(steps, "sendVideo", this::sendVideo)
                && step(steps, "sendDocument (file)", this::sendDocumentFile)
                && step(steps, "sendSticker", this::sendSticker)
                && step(steps, "sendGif", this::sendGif)
                && step(steps, "sendLocation", this::sendLocation)
                && step(steps, "sendContact", this::sendContact)
                && step(steps, "sendButtons", this::sendButtons)
                && step(steps, "sendList", this::sendList)
                && step(steps, "sendLink", this::sendLink)
                && step(steps, "sendPoll", this::sendPoll)
                && step(steps, "react", this::react)
                && step(steps, "votePoll", this::votePoll)
                && step(steps, "editMessage", this::editMessage)
                && step(steps, "incoming image", this::incomingImage)
                && step(steps, "downloadImage to file", this::downloadedImage);
        if (!passed) {
            out.println("      (the remaining steps are not run)");
        }
    }

    private boolean step(StepRunner steps, String name, Callable<String> body) {
        return steps.run(name, settings.stepTimeout(), () -> {
            settings.beforeStep().accept(name);
            return body.call();
        });
    }

    /** Creates the instance with this app's webhook, then adds the routes that name it. */
    private String createInstance(String webhookUrl) throws Exception {
        CreateInstanceRequest request = CreateInstanceRequest.named("camel-vzaps-kinds-" + System.currentTimeMillis() % 100000)
                .webhook(webhookUrl).eventsSubscribe(EVENTS);
        Message answer = call("direct:createInstance", request, null);
        Instance instance = answer.getBody(Instance.class);
        instanceId = answer.getHeader(VZapsConstants.INSTANCE_ID, String.class);
        camel.getPropertiesComponent().addOverrideProperty("vzaps.instance", instanceId);
        if (settings.yaml()) {
            Resource routes = ResourceHelper.resolveMandatoryResource(camel, MEDIA_YAML);
            PluginHelper.getRoutesLoader(camel).loadRoutes(routes);
        } else {
            camel.addRoutes(new MediaRoutes());
        }
        return instanceId + " \"" + instance.name() + "\", webhook " + withoutSecret(webhookUrl) + " " + EVENTS
               + "; outbox, webhook and download routes added from " + sourceOf("webhook");
    }

    private String subscribe() {
        SubscriptionResult result = call("direct:subscribe", null, null).getBody(SubscriptionResult.class);
        return result.isCheckout() ? "mode checkout: a person must pay at " + result.url()
                : "mode " + result.mode() + " (billing active)";
    }

    /** Starts the pairing route; its first exchange is a QR code, which the sandbox then scans like a phone. */
    private String pairingQrCode() throws Exception {
        camel.addRoutes(new PairingRoutes());
        Exchange first = receivePairing();
        if (!"QrCode".equals(first.getMessage().getHeader(VZapsConstants.EVENT_TYPE))) {
            throw new IllegalStateException("the pairing route emitted " + first.getMessage().getHeader(VZapsConstants.EVENT_TYPE)
                    + " before any QR code");
        }
        QrCode qr = first.getMessage().getBody(QrCode.class);
        Path png = settings.workDir().resolve("qr.png").toAbsolutePath().normalize();
        if (!Files.exists(png) || Files.size(png) != qr.toPng().length) {
            throw new IllegalStateException("the pairing route did not save the QR code as " + png);
        }
        int modules = QrTerminalArt.modules(qr.toPng()).getWidth();
        sandbox.scan(instanceId);
        return "QR code (" + modules + "x" + modules + " modules) saved to " + png + "; the sandbox scanned it";
    }

    private String pairingConnected() throws Exception {
        Exchange exchange;
        do {
            exchange = receivePairing(); // a QR code that rotated before the scan comes first: skip it
        } while (!"Connected".equals(exchange.getMessage().getHeader(VZapsConstants.EVENT_TYPE)));
        SessionStatus status = exchange.getMessage().getBody(SessionStatus.class);
        if (!status.connected()) {
            throw new IllegalStateException("the Connected exchange says connected=false");
        }
        awaitEvent(e -> VZapsEvent.CONNECTED.equals(e.type()), "a Connected event on the webhook");
        camel.getRouteController().stopRoute("pairing");
        camel.removeRoute("pairing");
        return "connected as +" + status.phone() + (status.pushName() == null ? "" : " (" + status.pushName() + ")")
               + "; Connected event on the webhook too; pairing route removed";
    }

    private String sendText() {
        String text = "Hello " + settings.contactName() + ", here is one message of every kind, from camel-vzaps";
        JsonNode node = send("sendText", text, null, "conversation");
        expect(node.asText().equals(text), "conversation", node);
        return messageIds.get("sendText") + " \"" + text + "\"";
    }

    /** Writes a PNG into outbox/image: the outbox-image route sends it (no code of ours in between). */
    private String sendImageFile() throws Exception {
        byte[] png = MediaSamples.png();
        String id = dropIntoOutbox("image", "dunes.png", png, "sendImage");
        JsonNode node = sentNode(id, "image_message");
        expectMedia(node, "image/png", png);
        return id + " dunes.png (" + png.length + " bytes) from outbox/image, moved to .sent; image_message image/png, same SHA-256";
    }

    private String sendAudio() {
        byte[] wav = MediaSamples.wav();
        // a byte[] body: the MIME type comes from CamelVZapsMimeType (a WAV has no magic bytes the component knows)
        JsonNode node = send("sendAudio", wav, Map.of(VZapsConstants.MIME_TYPE, "audio/wav"), "audio_message");
        expectMedia(node, "audio/wav", wav);
        return messageIds.get("sendAudio") + " byte[] of a " + wav.length + "-byte WAV tone, MIME type from CamelVZapsMimeType";
    }

    private String sendVideo() {
        send("sendVideo", SendVideoRequest.of(null, VIDEO_URL).withCaption("Big Buck Bunny"), null, "video_message");
        VZapsEvent event = sentEvent(messageIds.get("sendVideo"));
        expect(VIDEO_URL.equals(event.mediaUrl()), "media_url", event.raw());
        return messageIds.get("sendVideo") + " by URL " + VIDEO_URL + " (VZaps fetches it), caption \"Big Buck Bunny\"";
    }

    private String sendDocumentFile() throws Exception {
        byte[] pdf = MediaSamples.pdf("Price list - camel-vzaps");
        String id = dropIntoOutbox("document", "price-list.pdf", pdf, "sendDocument");
        JsonNode node = sentNode(id, "document_message");
        expectMedia(node, "application/pdf", pdf);
        expect("price-list.pdf".equals(node.path("file_name").asText()), "file_name", node);
        return id + " price-list.pdf (" + pdf.length + " bytes) from outbox/document; file_name from CamelFileName";
    }

    private String sendSticker() throws IOException {
        byte[] webp = MediaSamples.webp();
        Path file = settings.workDir().resolve("sticker.webp");
        Files.write(file, webp);
        // a Path body: read and sent as a data URL, its MIME type from the extension
        JsonNode node = send("sendSticker", file, null, "sticker_message");
        expectMedia(node, "image/webp", webp);
        return messageIds.get("sendSticker") + " Path body " + file.getFileName() + " (" + webp.length + " bytes WebP)";
    }

    private String sendGif() {
        // the caption comes from the CamelVZapsCaption header, since the request has none
        JsonNode node = send("sendGif", SendGifRequest.of(null, GIF_URL),
                Map.of(VZapsConstants.CAPTION, "on a loop"), "video_message");
        expect(node.path("gif_playback").asBoolean(), "gif_playback", node);
        expect("on a loop".equals(node.path("caption").asText()), "caption", node);
        return messageIds.get("sendGif") + " by URL, plays as a looping video; caption from CamelVZapsCaption";
    }

    private String sendLocation() {
        JsonNode node = send("sendLocation", SendLocationRequest.of(null, -23.5614, -46.6559).withName("MASP")
                .withAddress("Av. Paulista, 1578, São Paulo"), null, "location_message");
        expect(node.path("degrees_latitude").asDouble() == -23.5614, "degrees_latitude", node);
        return messageIds.get("sendLocation") + " MASP, -23.5614 -46.6559";
    }

    private String sendContact() {
        JsonNode node = send("sendContact", SendContactRequest.of(null, "Camel Support", "5511977776666"), null,
                "contact_message");
        expect(node.path("vcard").asText().contains("5511977776666"), "vcard", node);
        return messageIds.get("sendContact") + " vCard of Camel Support +5511977776666";
    }

    private String sendButtons() {
        JsonNode node = send("sendButtons", SendButtonsRequest.of(null, "Did your parcel arrive?",
                Button.of("yes", "Yes"), Button.of("no", "Not yet")).withFooter("Camel Express"), null, "buttons_message");
        expect(node.path("buttons").size() == 2, "buttons", node);
        return messageIds.get("sendButtons") + " \"Did your parcel arrive?\" [Yes] [Not yet]";
    }

    private String sendList() {
        JsonNode node = send("sendList", SendListRequest.of(null, "Menu", "What would you like for lunch?", "See the menu",
                ListSection.of("Mains", ListRow.of("pasta", "Pasta"), ListRow.of("rice", "Rice", "with beans")),
                ListSection.of("Desserts", ListRow.of("flan", "Flan"))), null, "list_message");
        expect(node.path("sections").size() == 2, "sections", node);
        return messageIds.get("sendList") + " \"Menu\": 2 sections, 3 rows";
    }

    private String sendLink() {
        JsonNode node = send("sendLink", SendLinkRequest.of(null, "Routes for everything:", LINK_URL)
                .withTitle("Apache Camel"), null, "extended_text_message");
        expect(LINK_URL.equals(node.path("matched_text").asText()), "matched_text", node);
        return messageIds.get("sendLink") + " " + LINK_URL + " with preview title \"Apache Camel\"";
    }

    private String sendPoll() {
        JsonNode node = send("sendPoll", SendPollRequest.of(null, "Lunch on Friday?", "Pasta", "Sushi", "Salad"), null,
                "poll_creation_message");
        expect(node.path("options").size() == 3, "options", node);
        return messageIds.get("sendPoll") + " \"Lunch on Friday?\" Pasta / Sushi / Salad";
    }

    private String react() {
        String text = messageIds.get("sendText");
        call("direct:react", ReactRequest.of(null, text, "👍"), null);
        messageIds.put("react", text);
        JsonNode node = actionNode("reaction_message", "key", text);
        expect("👍".equals(node.path("text").asText()), "text", node);
        return "👍 on " + text + " (the text); Message event reaction_message";
    }

    private String votePoll() {
        String poll = messageIds.get("sendPoll");
        call("direct:votePoll", VotePollRequest.of(null, poll, "Sushi"), null);
        messageIds.put("votePoll", poll);
        JsonNode node = actionNode("poll_update_message", "poll_creation_message_key", poll);
        expect(node.path("vote").path("selected_options").toString().contains("Sushi"), "vote", node);
        return "Sushi in poll " + poll + "; Message event poll_update_message";
    }

    private String editMessage() {
        String text = messageIds.get("sendText");
        String edited = "Hello " + settings.contactName() + ", every message kind (edited)";
        // a String body is the new text; the message to edit comes from CamelVZapsMessageId
        call("direct:editMessage", edited, Map.of(VZapsConstants.MESSAGE_ID, text));
        messageIds.put("editMessage", text);
        JsonNode node = actionNode("protocol_message", "key", text);
        expect("MESSAGE_EDIT".equals(node.path("type").asText())
               && edited.equals(node.path("edited_message").path("conversation").asText()), "edited_message", node);
        return text + " now reads \"" + edited + "\"; Message event protocol_message MESSAGE_EDIT";
    }

    /** The sandbox plays the contact: they send the instance a JPEG. */
    private String incomingImage() {
        byte[] jpeg = MediaSamples.jpeg();
        String id = sandbox.injectInboundMedia(instanceId, settings.phone(), settings.contactName(), "image", jpeg,
                "image/jpeg", "Sunset at the dunes", null);
        messageIds.put("incoming image", id);
        MessageEvent message = awaitEvent(e -> e.isMessage() && id.equals(e.asMessage().id()),
                "the Message event of the incoming image " + id).asMessage();
        expect(!message.fromMe() && "image".equals(message.mediaKind()), "is_from_me / image_message",
                sentEvent(id).raw());
        return id + " from " + message.pushName() + " (+" + settings.phone() + "): " + jpeg.length + " bytes image/jpeg, \""
               + message.caption() + "\"";
    }

    /** The webhook route downloaded the incoming image with vzaps:downloadImage and wrote it with file:. */
    private String downloadedImage() throws Exception {
        String id = messageIds.get("incoming image");
        byte[] sent = MediaSamples.jpeg();
        Path file = inboxDir.resolve(id + ".jpg");
        boolean same = waitFor(() -> {
            try {
                return Files.exists(file) && Arrays.equals(Files.readAllBytes(file), sent);
            } catch (IOException e) {
                return false;
            }
        }, () -> !outcomes.failures("webhook").isEmpty());
        if (!same) {
            List<Outcome> failures = outcomes.failures("webhook");
            if (!failures.isEmpty()) {
                throw new IllegalStateException("the webhook route failed: "
                        + OnboardingDemo.message(failures.get(failures.size() - 1).failure()));
            }
            throw new IllegalStateException(Files.exists(file) ? file + " differs from the image sent ("
                    + Files.size(file) + " bytes, expected " + sent.length + ")"
                    : "no " + file + " within " + settings.stepTimeout().toSeconds() + " s");
        }
        downloaded = file;
        return "inbox/" + file.getFileName() + ": " + sent.length + " bytes, identical to the image sent (SHA-256 "
               + HexFormat.of().formatHex(sha256(sent)).substring(0, 16) + "...)";
    }

    // ------------------------------------------------------------------ checks

    /** Sends through {@code direct:<operation>} and checks the Message event of the answered id carries {@code node}. */
    private JsonNode send(String operation, Object body, Map<String, Object> headers, String node) {
        Message answer = call("direct:" + operation, body, headers);
        String id = answer.getBody(SendResult.class).messageId();
        if (id == null || !id.equals(answer.getHeader(VZapsConstants.MESSAGE_ID))) {
            throw new IllegalStateException("answer without a message id (CamelVZapsMessageId "
                    + answer.getHeader(VZapsConstants.MESSAGE_ID) + ")");
        }
        messageIds.put(operation, id);
        return sentNode(id, node);
    }

    /** Writes the file atomically into outbox/&lt;folder&gt; and waits for the outbox route's answer to it. */
    private String dropIntoOutbox(String folder, String fileName, byte[] content, String operation) throws Exception {
        Path dir = outbox.resolve(folder);
        Path hidden = dir.resolve("." + fileName + ".part"); // the file consumer skips dot files
        Files.write(hidden, content);
        Files.move(hidden, dir.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        String route = "outbox-" + folder;
        Outcome outcome = outcomes.await(o -> route.equals(o.routeId()) && fileName.equals(o.fileName()),
                settings.stepTimeout()).orElseThrow(() -> new IllegalStateException("the " + route + " route did not pick up "
                + fileName + " within " + settings.stepTimeout().toSeconds() + " s"));
        if (outcome.failed()) {
            throw new IllegalStateException("route " + route + " failed, " + fileName + " moved to .failed: "
                    + OnboardingDemo.message(outcome.failure()));
        }
        Path sent = dir.resolve(".sent").resolve(fileName);
        if (!waitFor(() -> Files.exists(sent), () -> false)) {
            throw new IllegalStateException(fileName + " was sent but not moved to " + sent);
        }
        messageIds.put(operation, outcome.messageId());
        return outcome.messageId();
    }

    private JsonNode sentNode(String messageId, String node) {
        VZapsEvent event = sentEvent(messageId);
        JsonNode found = event.event().path("message").path(node);
        if (found.isMissingNode()) {
            throw new IllegalStateException("the Message event of " + messageId + " has no " + node + ": "
                    + event.event().path("message"));
        }
        return found;
    }

    private VZapsEvent sentEvent(String messageId) {
        return awaitEvent(e -> e.isMessage() && messageId.equals(e.asMessage().id()), "the Message event of " + messageId);
    }

    /** The node of the Message event a reaction, vote or edit of {@code target} emits. */
    private JsonNode actionNode(String node, String keyField, String target) {
        VZapsEvent event = awaitEvent(e -> e.isMessage()
                && target.equals(e.event().path("message").path(node).path(keyField).path("id").asText()),
                "a Message event with " + node + " about " + target);
        return event.event().path("message").path(node);
    }

    /** Stored media: the MIME type and the SHA-256 of the bytes the API received match the file sent. */
    private static void expectMedia(JsonNode node, String mimetype, byte[] content) {
        expect(mimetype.equals(node.path("mimetype").asText()), "mimetype " + mimetype, node);
        expect(node.path("file_length").asLong() == content.length, "file_length " + content.length, node);
        expect(Base64.getEncoder().encodeToString(sha256(content)).equals(node.path("file_sha256").asText()),
                "file_sha256", node);
    }

    private static void expect(boolean condition, String what, JsonNode node) {
        if (!condition) {
            throw new IllegalStateException("unexpected " + what + " in " + node);
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** Sends to a route with the instance and the contact's phone as headers; a failed exchange throws its exception. */
    private Message call(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(VZapsConstants.INSTANCE_ID, instanceId);
            e.getMessage().setHeader(VZapsConstants.PHONE, settings.phone());
            if (headers != null) {
                headers.forEach(e.getMessage()::setHeader);
            }
        });
        if (exchange.getException() != null) {
            throw new CamelExecutionException(exchange.getException().getMessage(), exchange, exchange.getException());
        }
        return exchange.getMessage();
    }

    private Exchange receivePairing() {
        Exchange exchange = consumer.receive("seda:pairing", settings.stepTimeout().toMillis());
        if (exchange == null) {
            throw new IllegalStateException("the pairing route emitted nothing within " + settings.stepTimeout().toSeconds() + " s");
        }
        return exchange;
    }

    private VZapsEvent awaitEvent(Predicate<VZapsEvent> wanted, String what) {
        try {
            return inbox.await(e -> instanceId.equals(e.instanceId()) && wanted.test(e), settings.stepTimeout())
                    .orElseThrow(() -> new IllegalStateException("no " + what + " within "
                            + settings.stepTimeout().toSeconds() + " s; the webhook route received " + inbox.events().size()
                            + " events"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        }
    }

    /** Polls {@code done} until it holds (true), {@code failed} holds or the step timeout passes (false). */
    private boolean waitFor(BooleanSupplier done, BooleanSupplier failed) throws InterruptedException {
        long deadline = System.nanoTime() + settings.stepTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return true;
            }
            if (failed.getAsBoolean()) {
                return false;
            }
            Thread.sleep(20);
        }
        return done.getAsBoolean();
    }

    private String sourceOf(String routeId) {
        Route route = camel.getRoute(routeId);
        String source = route == null ? null : route.getSourceLocation();
        if (source != null) {
            camel.getRoutes().forEach(r -> routeSources.put(r.getRouteId(), r.getSourceLocation()));
        }
        return source == null ? "?" : source.replaceFirst(":\\d+$", "");
    }

    private void banner(int port) {
        out.println("VZaps message-kinds example");
        out.println("  API:      embedded VZaps sandbox at " + sandbox.baseUrl());
        out.println("  routes:   outbox, webhook and download routes in "
                    + (settings.yaml() ? "YAML (" + MEDIA_YAML.substring("classpath:".length()) + ")" : "Java (MediaRoutes)"));
        out.println("  webhook:  http://127.0.0.1:" + port + WEBHOOK_PATH);
        out.println("  outbox:   " + outbox + "/{image,document}");
        out.println("  inbox:    " + inboxDir);
        out.println("  contact:  " + settings.contactName() + " +" + settings.phone());
        out.flush();
    }

    private void summary(MessageKindsReport report) {
        if (report.passed()) {
            out.println("Message-kinds example PASSED: " + STEPS.size() + "/" + STEPS.size() + " steps OK.");
        } else {
            DemoReport.StepResult failed = report.failedStep().orElse(null);
            out.println(failed == null ? "Message-kinds example FAILED."
                    : "Message-kinds example FAILED at step " + (failed.number() == 0 ? "" : failed.number() + "/"
                      + STEPS.size() + " ") + failed.name() + ": " + failed.detail());
        }
        out.flush();
    }

    private static String withoutSecret(String url) {
        int q = url.indexOf("?secret=");
        return q < 0 ? url : url.substring(0, q) + "?secret=xxxxxx";
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

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
}
