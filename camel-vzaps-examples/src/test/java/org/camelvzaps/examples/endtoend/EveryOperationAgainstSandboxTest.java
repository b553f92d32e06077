package org.camelvzaps.examples.endtoend;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.examples.MediaSamples;
import org.camelvzaps.examples.MessageKindsExample;
import org.camelvzaps.model.chat.ClearChatRequest;
import org.camelvzaps.model.chat.DeleteChatRequest;
import org.camelvzaps.model.chat.MuteChatRequest;
import org.camelvzaps.model.chatwoot.ChatwootConfig;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.model.group.CreateGroupRequest;
import org.camelvzaps.model.group.GroupInfo;
import org.camelvzaps.model.group.GroupParticipantsRequest;
import org.camelvzaps.model.group.GroupSettingsRequest;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.ListInstancesRequest;
import org.camelvzaps.model.instance.UpdateInstanceRequest;
import org.camelvzaps.model.message.Button;
import org.camelvzaps.model.message.ListRow;
import org.camelvzaps.model.message.ListSection;
import org.camelvzaps.model.message.MarkReadRequest;
import org.camelvzaps.model.message.ReactRequest;
import org.camelvzaps.model.message.RemoveReactionRequest;
import org.camelvzaps.model.message.SendButtonsRequest;
import org.camelvzaps.model.message.SendContactRequest;
import org.camelvzaps.model.message.SendGifRequest;
import org.camelvzaps.model.message.SendLinkRequest;
import org.camelvzaps.model.message.SendListRequest;
import org.camelvzaps.model.message.SendLocationRequest;
import org.camelvzaps.model.message.SendPollRequest;
import org.camelvzaps.model.message.SendPresenceRequest;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.model.message.SendVideoRequest;
import org.camelvzaps.model.message.VotePollRequest;
import org.camelvzaps.model.typebot.StartTypebotSessionRequest;
import org.camelvzaps.model.typebot.TypebotConfig;
import org.camelvzaps.model.user.AddContactRequest;
import org.camelvzaps.model.user.AvatarRequest;
import org.camelvzaps.model.user.CheckUsersRequest;
import org.camelvzaps.model.webhook.SearchWebhookLogsRequest;
import org.camelvzaps.model.webhook.SetWebhookRequest;
import org.camelvzaps.model.webhook.WebhookLogPage;
import org.camelvzaps.sandbox.VZapsSandboxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.awaitility.Awaitility.await;
import static org.camelvzaps.client.VZapsOperation.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation of the catalog, called through the component ({@code to("vzaps:<operation>")}) against the
 * sandbox, answers 2xx with a body of the operation's declared response type. The test is parameterised over
 * {@link VZapsOperation#operations()}: an operation added to the catalog without a scenario here fails it.
 * <p>
 * A scenario is the headers and body an operation is called with, arranged just before the call (most through the
 * component too): what destroys something (deleteInstance, disconnect, deleteMessage, deleteChat, deleteTypebot,
 * cancel, the queue removals...) gets a thing of its own, so the calls do not depend on their order. Only what a
 * person or a contact does is done with the sandbox's admin API: scanning the QR code, holding the outbound queue.
 */
class EveryOperationAgainstSandboxTest {

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder().autoPairAfterQrFetches(0)
            .connectEndpoint(true).eventGap(Duration.ofMillis(1)).build();

    /** The contact of the main instance's chats, a participant of its group. */
    static final String PHONE = "5511999999999";
    static final String WEBHOOK_SECRET = "every-op-secret";

    /** Answer with no content (HTTP 204), so no body: the API gives nothing to read. */
    static final List<VZapsOperation> NO_CONTENT = List.of(deleteInstance);

    static CamelContext camel;
    static ProducerTemplate template;
    static final List<VZapsEvent> EVENTS = new CopyOnWriteArrayList<>();
    static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 10_000_000);

    // the state the scenarios share, arranged once
    static String webhookUrl;
    /** Paired, webhook to this test's vzaps:webhook route. */
    static String main;
    /** Paired, outbound queue held: sends and message actions wait in its queues. */
    static String held;
    static String heldDelivered;
    static String text;
    static String poll;
    static String group;
    static String typebot;
    static final Map<String, VZapsEvent> MEDIA_EVENTS = new HashMap<>();

    // ------------------------------------------------------------------ the scenarios: one line (or three) each

    static final Map<VZapsOperation, Supplier<Call>> SCENARIOS = new EnumMap<>(VZapsOperation.class);

    static {
        // instances and billing
        scenario(createInstance, () -> account().body("every-op created"));
        scenario(provisionInstance, () -> account().body(CreateInstanceRequest.named("every-op provisioned")));
        scenario(listInstances, () -> account().body(ListInstancesRequest.of(0, 5)));
        scenario(searchInstances, () -> account().body(Map.of("query", "every-op")));
        scenario(getInstance, () -> on(main));                                       // body {"id": instanceId}
        scenario(updateInstance, () -> on(main).body(UpdateInstanceRequest.empty().withName("every-op main")));
        scenario(deleteInstance, () -> on(newInstance("to delete")));
        scenario(restartInstance, () -> on(main));
        scenario(subscribe, () -> on(newInstance("to subscribe")));                  // sends {}
        scenario(resumeSubscription, () -> on(canceledInstance()));
        scenario(cancelSubscription, () -> on(subscribedInstance()));
        // session
        scenario(connect, () -> on(newInstance("to connect")));
        scenario(getQr, () -> on(newInstance("to show a QR")));
        scenario(getStatus, () -> on(main));
        scenario(getPairCode, () -> on(newInstance("to pair by code")).with(VZapsConstants.PHONE, PHONE));
        scenario(disconnect, () -> on(pairedInstance("to disconnect")));
        // webhook configuration and delivery logs
        scenario(getWebhook, () -> on(main));
        scenario(setWebhook, () -> on(main).body(SetWebhookRequest.of(webhookUrl, List.of("Message"))));
        scenario(searchWebhookLogs, () -> on(main).body(SearchWebhookLogsRequest.byStatus("success")));
        scenario(getWebhookLog, () -> on(main).with(VZapsConstants.LOG_ID, webhookLogId()));
        scenario(retryWebhookLog, () -> on(main).with(VZapsConstants.LOG_ID, webhookLogId()));
        // messages: the phone comes from CamelVZapsPhone wherever the body has none
        scenario(sendText, () -> chat().body("hi"));
        scenario(sendImage, () -> chat().body(MediaSamples.png()));                 // MIME type from the PNG bytes
        scenario(sendAudio, () -> chat().body(MediaSamples.wav()).with(VZapsConstants.MIME_TYPE, "audio/wav"));
        scenario(sendDocument, () -> chat().body(MediaSamples.pdf("every-op")).with(Exchange.FILE_NAME, "every-op.pdf"));
        scenario(sendVideo, () -> chat().body(SendVideoRequest.of(null, MessageKindsExample.VIDEO_URL)));
        scenario(sendSticker, () -> chat().body(MediaSamples.webp()));
        scenario(sendGif, () -> chat().body(SendGifRequest.of(null, MessageKindsExample.GIF_URL)));
        scenario(sendLocation, () -> chat().body(SendLocationRequest.of(null, -23.5614, -46.6559)));
        scenario(sendContact, () -> chat().body(SendContactRequest.of(null, "Ana", "5511988887777")));
        scenario(sendButtons, () -> chat().body(SendButtonsRequest.of(null, "Pick", Button.of("y", "Yes"))));
        scenario(sendList, () -> chat().body(SendListRequest.of(null, "Menu", "Pick", "Open",
                ListSection.of("Mains", ListRow.of("1", "Pasta")))));
        scenario(sendLink, () -> chat().body(SendLinkRequest.of(null, "Camel", "https://camel.apache.org")));
        scenario(sendPoll, () -> chat().body(SendPollRequest.of(null, "Lunch?", "A", "B")));
        scenario(votePoll, () -> chat().body(VotePollRequest.of(null, poll, "A")));
        scenario(react, () -> chat().body(ReactRequest.of(null, text, "👍")));
        scenario(removeReaction, () -> chat().body(RemoveReactionRequest.of(null, text)));
        scenario(sendPresence, () -> chat().body(SendPresenceRequest.composing(null)));
        scenario(markRead, () -> on(main).body(MarkReadRequest.of(PHONE + "@s.whatsapp.net", text)));
        scenario(editMessage, () -> on(main).with(VZapsConstants.MESSAGE_ID, text).body("hi, edited"));
        scenario(deleteMessage, () -> on(main).with(VZapsConstants.MESSAGE_ID, sendTextTo(main, PHONE)));
        // downloads: the body is the received Message event, as a webhook route has it
        scenario(downloadImage, () -> on(main).body(MEDIA_EVENTS.get("image")));
        scenario(downloadVideo, () -> on(main).body(MEDIA_EVENTS.get("video")));
        scenario(downloadAudio, () -> on(main).body(MEDIA_EVENTS.get("audio")));
        scenario(downloadDocument, () -> on(main).body(MEDIA_EVENTS.get("document")));
        // chats: CamelVZapsPhone is the chat
        scenario(listChats, () -> on(main).with(VZapsConstants.PAGE, 0).with(VZapsConstants.PAGE_SIZE, 10));
        scenario(getChat, EveryOperationAgainstSandboxTest::chat);
        scenario(archiveChat, EveryOperationAgainstSandboxTest::chat);
        scenario(unarchiveChat, EveryOperationAgainstSandboxTest::chat);
        scenario(muteChat, () -> chat().body(MuteChatRequest.ofSeconds(60)));
        scenario(unmuteChat, EveryOperationAgainstSandboxTest::chat);
        scenario(pinChat, EveryOperationAgainstSandboxTest::chat);
        scenario(unpinChat, EveryOperationAgainstSandboxTest::chat);
        scenario(markChatRead, EveryOperationAgainstSandboxTest::chat);
        scenario(markChatUnread, EveryOperationAgainstSandboxTest::chat);
        scenario(clearChat, () -> on(main).with(VZapsConstants.PHONE, newChat()).body(ClearChatRequest.KEEP_MEDIA));
        scenario(deleteChat, () -> on(main).with(VZapsConstants.PHONE, newChat()).body(DeleteChatRequest.DELETE_MEDIA));
        scenario(setChatExpiration, () -> chat().body("7_DAYS"));
        // users and contacts
        scenario(getUserInfo, EveryOperationAgainstSandboxTest::chat);                // body {"phone": ...}
        scenario(checkUsers, () -> on(main).body(CheckUsersRequest.of(PHONE, "5511988887777")));
        scenario(getAvatar, () -> on(main).body(AvatarRequest.of(PHONE, true)));
        scenario(getUserContacts, () -> on(main));
        scenario(listContacts, () -> on(main));
        scenario(addContact, () -> on(main).body(AddContactRequest.of(PHONE, "Ana", "Ana Souza")));
        // groups: CamelVZapsGroupId is the group (query group_id, or group_id of a body without one)
        scenario(listGroups, () -> on(main).with(VZapsConstants.PAGE, 0));
        scenario(getGroup, EveryOperationAgainstSandboxTest::inGroup);
        scenario(getGroupInviteLink, () -> inGroup().with(VZapsConstants.RESET, true));
        scenario(setGroupPhoto, () -> inGroup().body(MediaSamples.png()));
        scenario(setGroupName, () -> inGroup().body("Every op"));
        scenario(setGroupDescription, () -> inGroup().body("Where every operation meets"));
        scenario(setGroupSettings, () -> inGroup().body(GroupSettingsRequest.of(null).withAdminOnlySettings(true)));
        scenario(createGroup, () -> on(main).body(CreateGroupRequest.of("Another group", PHONE)));
        scenario(addGroupAdmins, () -> inGroup().body(GroupParticipantsRequest.of(null, PHONE)));
        scenario(removeGroupAdmins, () -> inGroup().body(GroupParticipantsRequest.of(null, PHONE)));
        // queues, on the instance whose queue is held
        scenario(listQueuedMessages, () -> on(held));
        scenario(purgeQueuedMessages, () -> on(held));
        scenario(removeQueuedMessage, () -> on(held).with(VZapsConstants.MESSAGE_ID, sendTextTo(held, PHONE)));
        scenario(listQueuedOperations, () -> on(held));
        scenario(purgeQueuedOperations, () -> on(held));
        scenario(removeQueuedOperation, () -> on(held).with(VZapsConstants.MESSAGE_ID, queuedReaction()));
        // TypeBot
        scenario(listTypebots, () -> on(main));
        scenario(createTypebot, () -> on(main).body(typebotConfig("created")));
        scenario(updateTypebot, () -> on(main).with(VZapsConstants.TYPEBOT_ID, typebot)
                .body(TypebotConfig.builder().description("updated").build()));
        scenario(deleteTypebot, () -> on(main).with(VZapsConstants.TYPEBOT_ID, newTypebot("to delete")));
        scenario(startTypebotSession, () -> chat().with(VZapsConstants.TYPEBOT_ID, typebot)
                .body(StartTypebotSessionRequest.of(null, "hi")));
        scenario(listTypebotSessions, () -> on(main));
        scenario(pauseTypebotSession, () -> on(main).with(VZapsConstants.SESSION_ID, newTypebotSession()));
        scenario(closeTypebotSession, () -> on(main).with(VZapsConstants.SESSION_ID, newTypebotSession()));
        // Chatwoot
        scenario(getChatwoot, () -> on(chatwootSet(main)));
        scenario(setChatwoot, () -> on(main).body(chatwootConfig()));
        scenario(deleteChatwoot, () -> on(main));
        scenario(importChatwoot, () -> on(chatwootSet(main)).with(VZapsConstants.IMPORT_SCOPE, "contacts"));
        // anything else
        scenario(request, () -> account().with(VZapsConstants.HTTP_METHOD, "GET")
                .with(VZapsConstants.PATH, "/instances/" + main + "/session/status"));
    }

    // ------------------------------------------------------------------ the test

    static Stream<VZapsOperation> operations() {
        return VZapsOperation.operations().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void answersSuccessfullyWithItsDeclaredType(VZapsOperation operation) {
        Supplier<Call> scenario = SCENARIOS.get(operation);
        assertNotNull(scenario, "no scenario for vzaps:" + operation + ": add the headers and body it is called with to "
                                + "SCENARIOS in " + getClass().getSimpleName());
        Call call = scenario.get();

        Exchange answer = template.request("vzaps:" + operation, e -> {
            e.getMessage().setBody(call.body());
            call.headers().forEach(e.getMessage()::setHeader);
        });

        if (answer.getException() != null) {
            fail("vzaps:" + operation + " with " + call + " failed: " + answer.getException(), answer.getException());
        }
        int status = answer.getMessage().getHeader(VZapsConstants.HTTP_STATUS, Integer.class);
        assertTrue(status >= 200 && status <= 299, "HTTP " + status);
        assertEquals(operation.name(), answer.getMessage().getHeader(VZapsConstants.ANSWERED_BY), "answered by");
        Object body = answer.getMessage().getBody();
        if (NO_CONTENT.contains(operation)) {
            assertEquals(204, status);
            assertNull(body);
        } else {
            assertInstanceOf(operation.spec().responseType(), body, "vzaps:" + operation + " answer");
        }
    }

    @Test
    void everyScenarioIsOfAnOperation() {
        assertTrue(SCENARIOS.keySet().stream().allMatch(VZapsOperation::isOperation), SCENARIOS.keySet().toString());
        assertEquals(VZapsOperation.operations().size(), SCENARIOS.size());
    }

    // ------------------------------------------------------------------ the shared state, arranged once

    @BeforeAll
    static void arrange() throws Exception {
        int port = SandboxCamel.freePort();
        camel = SandboxCamel.create(sandbox, port);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookSecret=" + WEBHOOK_SECRET)
                        .process(e -> EVENTS.add(e.getMessage().getBody(VZapsEvent.class)));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
        webhookUrl = "http://127.0.0.1:" + port + "/vzaps/webhook?secret=" + WEBHOOK_SECRET;

        main = template.requestBody("vzaps:createInstance", CreateInstanceRequest.named("every-op main")
                .webhook(webhookUrl).eventsSubscribe(List.of("Message")), Instance.class).id();
        sandbox.scan(main);
        text = sendTextTo(main, PHONE);
        poll = send(main, "sendPoll", SendPollRequest.of(PHONE, "Lunch?", "A", "B"), Map.of());
        group = template.requestBodyAndHeader("vzaps:createGroup", CreateGroupRequest.of("Every op", PHONE),
                VZapsConstants.INSTANCE_ID, main, GroupInfo.class).jid();
        typebot = newTypebot("main");

        // the downloads need Message events carrying media: the webhook route receives those of these sends
        Map<String, String> media = Map.of(
                "image", send(main, "sendImage", MediaSamples.png(), Map.of()),
                "audio", send(main, "sendAudio", MediaSamples.wav(), Map.of(VZapsConstants.MIME_TYPE, "audio/wav")),
                "video", send(main, "sendVideo", "tiny video".getBytes(), Map.of(VZapsConstants.MIME_TYPE, "video/mp4")),
                "document", send(main, "sendDocument", MediaSamples.pdf("x"), Map.of(Exchange.FILE_NAME, "x.pdf")));
        await().atMost(Duration.ofSeconds(10)).until(() -> EVENTS.stream().filter(e -> e.isMessage()
                && media.containsValue(e.asMessage().id())).count() == media.size());
        media.forEach((kind, id) -> MEDIA_EVENTS.put(kind, EVENTS.stream()
                .filter(e -> e.isMessage() && id.equals(e.asMessage().id())).findFirst().orElseThrow()));

        held = pairedInstance("held queue");
        heldDelivered = sendTextTo(held, PHONE);
        sandbox.holdQueue(held, true);
    }

    @AfterAll
    static void stopCamel() {
        if (camel != null) {
            camel.stop();
        }
    }

    // ------------------------------------------------------------------ arranging, through the component

    /** What an operation is called with. */
    record Call(Map<String, Object> headers, Object body) {

        Call with(String header, Object value) {
            Map<String, Object> all = new HashMap<>(headers);
            all.put(header, value);
            return new Call(all, body);
        }

        Call body(Object value) {
            return new Call(headers, value);
        }

        @Override
        public String toString() {
            return "headers " + headers + ", body " + (body instanceof byte[] bytes ? bytes.length + " bytes" : body);
        }
    }

    private static void scenario(VZapsOperation operation, Supplier<Call> call) {
        if (SCENARIOS.put(operation, call) != null) {
            throw new IllegalStateException("two scenarios for " + operation);
        }
    }

    /** An account-level call (no instance). */
    static Call account() {
        return new Call(Map.of(), null);
    }

    static Call on(String instanceId) {
        return account().with(VZapsConstants.INSTANCE_ID, instanceId);
    }

    /** The main instance's chat with {@link #PHONE}. */
    static Call chat() {
        return on(main).with(VZapsConstants.PHONE, PHONE);
    }

    static Call inGroup() {
        return on(main).with(VZapsConstants.GROUP_ID, group);
    }

    static String newInstance(String name) {
        return template.requestBody("vzaps:createInstance", "every-op " + name, Instance.class).id();
    }

    static String pairedInstance(String name) {
        String id = newInstance(name);
        sandbox.scan(id); // a person scans the QR code
        return id;
    }

    static String subscribedInstance() {
        String id = newInstance("to cancel");
        template.requestBodyAndHeader("vzaps:subscribe", null, VZapsConstants.INSTANCE_ID, id);
        return id;
    }

    static String canceledInstance() {
        String id = subscribedInstance();
        template.requestBodyAndHeader("vzaps:cancelSubscription", null, VZapsConstants.INSTANCE_ID, id);
        return id;
    }

    /** Sends through the component; answers the message id. */
    static String send(String instanceId, String operation, Object body, Map<String, Object> headers) {
        Map<String, Object> all = new HashMap<>(headers);
        all.put(VZapsConstants.INSTANCE_ID, instanceId);
        all.put(VZapsConstants.PHONE, PHONE);
        return template.requestBodyAndHeaders("vzaps:" + operation, body, all, SendResult.class).messageId();
    }

    static String sendTextTo(String instanceId, String phone) {
        return template.requestBodyAndHeaders("vzaps:sendText", "hello", Map.of(VZapsConstants.INSTANCE_ID, instanceId,
                VZapsConstants.PHONE, phone), SendResult.class).messageId();
    }

    /** A chat of the main instance of its own (a message to a new number opens it). */
    static String newChat() {
        String phone = "55119" + String.format("%08d", UNIQUE.incrementAndGet() % 100_000_000);
        sendTextTo(main, phone);
        return phone;
    }

    /** A reaction waiting in the held instance's operations queue; answers its target, the queue item's id. */
    static String queuedReaction() {
        template.requestBodyAndHeader("vzaps:react", ReactRequest.of(PHONE, heldDelivered, "🎉"),
                VZapsConstants.INSTANCE_ID, held);
        return heldDelivered;
    }

    static String webhookLogId() {
        WebhookLogPage page = template.requestBodyAndHeader("vzaps:searchWebhookLogs", SearchWebhookLogsRequest.all(),
                VZapsConstants.INSTANCE_ID, main, WebhookLogPage.class);
        return page.content().get(0).id();
    }

    static TypebotConfig typebotConfig(String publicId) {
        return TypebotConfig.builder().typebotUrl("https://typebot.example.com").publicId("every-op-" + publicId).build();
    }

    static String newTypebot(String publicId) {
        return template.requestBodyAndHeader("vzaps:createTypebot", typebotConfig(publicId + UNIQUE.incrementAndGet()),
                VZapsConstants.INSTANCE_ID, main, TypebotConfig.class).typebotId();
    }

    /** Opens a TypeBot session for a new number; answers its id. */
    static String newTypebotSession() {
        String phone = "55118" + String.format("%08d", UNIQUE.incrementAndGet() % 100_000_000);
        template.requestBodyAndHeaders("vzaps:startTypebotSession", StartTypebotSessionRequest.of(phone, "hi"),
                Map.of(VZapsConstants.INSTANCE_ID, main, VZapsConstants.TYPEBOT_ID, typebot));
        JsonNode sessions = template.requestBodyAndHeader("vzaps:listTypebotSessions", null,
                VZapsConstants.INSTANCE_ID, main, JsonNode.class);
        for (JsonNode session : sessions) {
            if (phone.equals(session.path("phone").asText())) {
                return session.path("session_id").asText();
            }
        }
        throw new IllegalStateException("no session for " + phone + " in " + sessions);
    }

    static ChatwootConfig chatwootConfig() {
        return ChatwootConfig.builder().url("https://chatwoot.example.com").accountId("1").token("cw-token-every-op")
                .nameInbox("WhatsApp").build();
    }

    /** Sets the Chatwoot integration (it may have been deleted by deleteChatwoot); answers the instance id. */
    static String chatwootSet(String instanceId) {
        template.requestBodyAndHeader("vzaps:setChatwoot", chatwootConfig(), VZapsConstants.INSTANCE_ID, instanceId);
        return instanceId;
    }
}
