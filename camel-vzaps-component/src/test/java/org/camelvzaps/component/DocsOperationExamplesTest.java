package org.camelvzaps.component;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;


import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.client.Json;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every Java and YAML example of docs/operations.md runs as written against the WireMock stand-in for the API, and
 * the HTTP requests it makes are the ones this test expects. An example is the fenced code block right after a
 * {@code <!-- example: <id> -->} line; its Java form is compiled as the body of a {@code RouteBuilder.configure()}
 * (import lines go on top), its YAML form is loaded through camel-yaml-dsl. The only edits made before running:
 * {@code file:outbox} and {@code file:inbox} point into a temporary folder. Every YAML block of the page must be
 * such an example, and every example must have its expectations here.
 */
class DocsOperationExamplesTest extends VZapsTestSupport {

    static final Path DOC = Path.of("..", "docs", "operations.md");
    private static final String INSTANCE = "/instances/" + INSTANCE_ID;
    private static final String WEBHOOK_SECRET = "s3cret-for-docs";
    private static final String CHATWOOT_TOKEN = "cw_pat_9f8e7d6c5b4a";
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    /** Compiled Java examples, by example id. */
    private static final JavaExamples EXAMPLES = new JavaExamples(DOC, () -> JavaExamples.javaBlocks(DOC, block -> true));

    @TempDir
    Path dir;

    private int port;

    /** One HTTP call the example must make: method, path with query, JSON body (null: no body). */
    record Call(String method, String url, String body) {
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // what the page's properties block configures
        context.getComponent("vzaps", VZapsComponent.class).getConfiguration().setInstanceId(INSTANCE_ID);
        context.getPropertiesComponent().addInitialProperty("vzaps.instance", INSTANCE_ID);
        context.getPropertiesComponent().addInitialProperty("vzaps.webhook-secret", WEBHOOK_SECRET);
        context.getPropertiesComponent().addInitialProperty("chatwoot.token", CHATWOOT_TOKEN);
        // the HTTP server vzaps:webhook runs on, as on Camel Main
        port = AvailablePortFinder.getNextAvailable();
        MainHttpServer server = new MainHttpServer();
        server.setPort(port);
        context.addService(server);
        return context;
    }

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
    }

    static Stream<Arguments> examples() throws IOException {
        return blocks().stream().map(b -> Arguments.of(b.id(), b.dsl(), b.code()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("examples")
    void exampleRunsAsWritten(String id, String dsl, String code) throws Exception {
        String runnable = code.replace("file:outbox", "file:" + dir.resolve("outbox").toAbsolutePath())
                .replace("file:inbox", "file:" + dir.resolve("inbox").toAbsolutePath());
        EXAMPLES.addRoutes(context, id, dsl, runnable, !runnable.equals(code));
        exercise(id);
    }

    @Test
    void everyYamlBlockIsATestedExample() throws IOException {
        String doc = Files.readString(DOC);
        long yamlBlocks = Pattern.compile("^```yaml$", Pattern.MULTILINE).matcher(doc).results().count();
        long examples = blocks().stream().filter(b -> "yaml".equals(b.dsl())).count();
        assertEquals(yamlBlocks, examples, "every ```yaml block of " + DOC + " must follow an <!-- example: id --> line");
        assertTrue(examples >= 5, "the common cases need YAML examples");
        for (String common : List.of("send-text", "send-image-from-file", "send-poll", "send-list", "create-group",
                "pair-by-phone", "download-image")) {
            assertEquals(Set.of("java", "yaml"), blocks().stream().filter(b -> b.id().equals(common))
                    .map(JavaExamples.Block::dsl).collect(java.util.stream.Collectors.toSet()), common + " needs a Java and a YAML example");
        }
    }

    /** Triggers the example's routes and checks the calls they made. */
    private void exercise(String id) throws Exception {
        switch (id) {
            case "send-then-edit" -> {
                answer("POST", INSTANCE + "/chat/send/text", "sendText");
                answer("PATCH", INSTANCE + "/chat/messages/3EB0A1B2C3D4E5F6A7B8", "editMessage");
                template.requestBody("direct:send-then-edit", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/chat/send/text",
                                "{\"phone\":\"5511999999999\",\"message\":\"Your order ships tomorow\"}"),
                        new Call("PATCH", INSTANCE + "/chat/messages/3EB0A1B2C3D4E5F6A7B8",
                                "{\"message\":\"Your order ships tomorrow\"}"));
            }
            case "instances" -> {
                answer("PATCH", INSTANCE, "updateInstance");
                answer("POST", "/instances/list", "listInstances");
                template.requestBody("direct:rename-instance", (Object) null);
                template.requestBody("direct:list-instances", (Object) null);
                assertCalls(new Call("PATCH", INSTANCE, "{\"name\":\"Store downtown\",\"reject_calls\":true}"),
                        new Call("POST", "/instances/list", "{\"page\":1,\"size\":50,\"filter\":{\"query\":\"store\"}}"));
            }
            case "pair-by-phone" -> {
                answer("GET", INSTANCE + "/session/paircode/5511999999999", "getPairCode");
                template.requestBody("direct:pair-by-phone", (Object) null);
                assertCalls(new Call("GET", INSTANCE + "/session/paircode/5511999999999", null));
            }
            case "webhook" -> {
                answer("POST", INSTANCE + "/webhook", "setWebhook");
                answer("POST", INSTANCE + "/webhook/logs/search", "searchWebhookLogs");
                answer("POST", INSTANCE + "/webhook/logs/wlog_01JRX4T7M2K9P3Q8N5B6V1C0DZ/retry", "retryWebhookLog");
                template.requestBody("direct:set-webhook", (Object) null);
                template.requestBody("direct:retry-failed-deliveries", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/webhook", "{\"webhookURL\":"
                                + "\"https://hooks.example.com/vzaps/webhook?secret=s3cret\",\"events\":\"Message,ReadReceipt\"}"),
                        new Call("POST", INSTANCE + "/webhook/logs/search", "{\"status\":\"failed\"}"),
                        new Call("POST", INSTANCE + "/webhook/logs/wlog_01JRX4T7M2K9P3Q8N5B6V1C0DZ/retry", null));
            }
            case "send-text" -> {
                answer("POST", INSTANCE + "/chat/send/text", "sendText");
                assertEquals("3EB0A1B2C3D4E5F6A7B8", template.request("direct:send-text", e -> { })
                        .getMessage().getHeader(VZapsConstants.MESSAGE_ID));
                template.requestBody("direct:reply", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/chat/send/text",
                                "{\"phone\":\"5511999999999\",\"message\":\"Your order #4821 has shipped\"}"),
                        new Call("POST", INSTANCE + "/chat/send/text", "{\"phone\":\"5511999999999\","
                                + "\"message\":\"Thanks, we are on it\",\"reply_to_message_id\":\"3EB0C0FFEE000000000001\"}"));
            }
            case "send-image-from-file" -> {
                answer("POST", INSTANCE + "/chat/send/image", "sendImage");
                NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).create();
                Files.createDirectories(dir.resolve("outbox"));
                Files.write(dir.resolve("outbox").resolve("new-arrivals.jpg"), JPEG);
                assertTrue(done.matches(20, TimeUnit.SECONDS), "the file route did not complete");
                assertCalls(new Call("POST", INSTANCE + "/chat/send/image", "{\"image\":\"data:image/jpeg;base64,"
                        + Base64.getEncoder().encodeToString(JPEG) + "\",\"caption\":\"new-arrivals\",\"phone\":\"5511999999999\"}"));
            }
            case "send-poll" -> {
                answer("POST", INSTANCE + "/chat/send/poll", "sendPoll");
                template.requestBody("direct:send-poll", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/chat/send/poll", "{\"phone\":\"120363025246125486@g.us\","
                        + "\"name\":\"Best time for the meeting?\",\"options\":[\"Tue 10:00\",\"Thu 15:00\",\"Fri 09:00\"],"
                        + "\"selectable_options_count\":1}"));
            }
            case "send-list" -> {
                answer("POST", INSTANCE + "/chat/send/list", "sendList");
                template.requestBody("direct:send-menu", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/chat/send/list", "{\"phone\":\"5511999999999\",\"title\":\"Menu\","
                        + "\"description\":\"Pick a pizza\",\"button_text\":\"See options\",\"sections\":[{\"title\":\"Pizzas\","
                        + "\"rows\":[{\"id\":\"p1\",\"title\":\"Margherita\",\"description\":\"Tomato, mozzarella, basil\"},"
                        + "{\"id\":\"p2\",\"title\":\"Pepperoni\"}]}],\"footer\":\"Delivered in 40 minutes\"}"));
            }
            case "download-image" -> {
                api.stubFor(request("POST", urlEqualTo(INSTANCE + "/chat/downloadimage")).willReturn(json(
                        "{\"code\":200,\"success\":true,\"data\":{\"mimetype\":\"image/jpeg\",\"data\":\"data:image/jpeg;base64,"
                        + Base64.getEncoder().encodeToString(JPEG) + "\"}}")));
                String event = Fixtures.read("webhook-Message-image.inferred.json");
                HttpResponse<String> answer = postWebhook("/vzaps/webhook?secret="
                        + URLEncoder.encode(WEBHOOK_SECRET, StandardCharsets.UTF_8), event);
                assertEquals(200, answer.statusCode(), answer.body());
                assertArrayEquals(JPEG, Files.readAllBytes(dir.resolve("inbox").resolve("3EB0C0FFEE000000000001.jpeg")));
                JsonNode mediaNode = VZapsEvent.parse(Json.mapper().readTree(event)).mediaNode("image");
                assertCalls(new Call("POST", INSTANCE + "/chat/downloadimage", mediaNode.toString()));
                // a text message passes the filter by, without a download
                api.resetRequests();
                assertEquals(200, postWebhook("/vzaps/webhook?secret=" + URLEncoder.encode(WEBHOOK_SECRET,
                        StandardCharsets.UTF_8), Fixtures.read("webhook-Message-text.inferred.json")).statusCode());
                assertCalls();
            }
            case "chats" -> {
                answer("POST", INSTANCE + "/chats/120363025246125486%40g.us/mute", "muteChat");
                answer("POST", INSTANCE + "/chats/120363025246125486%40g.us/archive", "archiveChat");
                template.requestBody("direct:quiet-hours", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/chats/120363025246125486%40g.us/mute", "{\"duration_seconds\":28800}"),
                        new Call("POST", INSTANCE + "/chats/120363025246125486%40g.us/archive", null));
            }
            case "users" -> {
                answer("POST", INSTANCE + "/user/check", "checkUsers");
                template.requestBody("direct:check-numbers", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/user/check", "{\"phone\":[\"5511999999999\",\"5511900000000\"]}"));
            }
            case "create-group" -> {
                answer("POST", INSTANCE + "/group/create", "createGroup");
                answer("POST", INSTANCE + "/group/name", "setGroupName");
                template.requestBody("direct:create-group", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/group/create", "{\"group_name\":\"Store team\","
                                + "\"group_description\":\"Shifts and notices\",\"participants\":[\"5511999999999\",\"5521988887777\"]}"),
                        new Call("POST", INSTANCE + "/group/name",
                                "{\"name\":\"Store team (downtown)\",\"group_id\":\"120363025246125486@g.us\"}"));
            }
            case "queues" -> {
                answer("GET", INSTANCE + "/queue/messages", "listQueuedMessages");
                answer("DELETE", INSTANCE + "/queue/messages/3EB07C4D9E2F1A0B3C5D", "removeQueuedMessage");
                template.requestBody("direct:queue-status", (Object) null);
                template.requestBodyAndHeader("direct:cancel-queued", null, VZapsConstants.MESSAGE_ID, "3EB07C4D9E2F1A0B3C5D");
                assertCalls(new Call("GET", INSTANCE + "/queue/messages", null),
                        new Call("DELETE", INSTANCE + "/queue/messages/3EB07C4D9E2F1A0B3C5D", null));
            }
            case "typebot" -> {
                answer("POST", INSTANCE + "/typebots/tb_01JRX5B8Q4W7E2R9T6Y3U0I1OP/sessions/start", "startTypebotSession");
                answer("POST", INSTANCE + "/typebots/sessions/start", "startTypebotSession");
                template.requestBody("direct:start-bot", (Object) null);
                template.requestBody("direct:start-bot-by-public-id", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/typebots/tb_01JRX5B8Q4W7E2R9T6Y3U0I1OP/sessions/start",
                                "{\"phone\":\"5532999999999\",\"message\":\"Hello\"}"),
                        new Call("POST", INSTANCE + "/typebots/sessions/start",
                                "{\"public_id\":\"dev\",\"phone\":\"5532999999999\",\"message\":\"Hello\"}"));
            }
            case "chatwoot" -> {
                answer("POST", INSTANCE + "/chatwoot", "setChatwoot");
                answer("POST", INSTANCE + "/chatwoot/import/contacts", "importChatwoot");
                template.requestBody("direct:connect-chatwoot", (Object) null);
                assertCalls(new Call("POST", INSTANCE + "/chatwoot", "{\"enabled\":true,\"url\":\"https://chatwoot.example.com\","
                                + "\"account_id\":\"7\",\"token\":\"" + CHATWOOT_TOKEN + "\",\"name_inbox\":\"WhatsApp store\"}"),
                        new Call("POST", INSTANCE + "/chatwoot/import/contacts", null));
            }
            case "request" -> {
                answer("DELETE", INSTANCE + "/cancel", "cancelSubscription");
                template.requestBody("direct:cancel-with-delete", (Object) null);
                assertCalls(new Call("DELETE", INSTANCE + "/cancel", null));
            }
            default -> fail("docs/operations.md has an example '" + id + "' that " + getClass().getSimpleName()
                            + " does not exercise: add its expected calls to exercise()");
        }
    }

    // ------------------------------------------------------------------ the API stand-in

    /** Stubs the call with the answer of the operation's wire fixture (fixtures/operations/<operation>.json). */
    private static void answer(String method, String url, String operation) {
        JsonNode fixture = readJson("/fixtures/operations/" + operation + ".json");
        JsonNode first = fixture.has("cases") ? fixture.get("cases").get(0) : fixture;
        JsonNode response = first.get("response");
        api.stubFor(request(method, urlEqualTo(url)).willReturn(aResponse().withStatus(first.path("status").asInt(200))
                .withHeader("Content-Type", "application/json")
                .withBody(response == null ? null : response.toString())));
        api.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
    }

    private static void assertCalls(Call... expected) throws IOException {
        List<ServeEvent> events = new ArrayList<>(api.getAllServeEvents().stream()
                .filter(e -> !e.getRequest().getUrl().equals("/token")).toList());
        Collections.reverse(events); // WireMock lists the newest first
        List<String> made = events.stream().map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl()).toList();
        assertEquals(Stream.of(expected).map(c -> c.method() + " " + c.url()).toList(), made, "calls made");
        for (int i = 0; i < expected.length; i++) {
            LoggedRequest request = events.get(i).getRequest();
            if (expected[i].body() == null) {
                assertEquals("", request.getBodyAsString(), made.get(i) + " must send no body");
            } else {
                assertEquals(Json.mapper().readTree(expected[i].body()), Json.mapper().readTree(request.getBodyAsString()),
                        made.get(i) + " body");
            }
        }
    }

    private HttpResponse<String> postWebhook(String pathAndQuery, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode readJson(String resource) {
        try (InputStream in = DocsOperationExamplesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ reading and compiling the examples

    static List<JavaExamples.Block> blocks() throws IOException {
        return JavaExamples.blocks(DOC);
    }
}
