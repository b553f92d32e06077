package org.camelvzaps.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camelvzaps.model.chat.ChatExpiration;
import org.camelvzaps.model.chatwoot.ChatwootConfig;
import org.camelvzaps.model.chat.ChatExpirationRequest;
import org.camelvzaps.model.chat.ClearChatRequest;
import org.camelvzaps.model.chat.DeleteChatRequest;
import org.camelvzaps.model.chat.MuteChatRequest;
import org.camelvzaps.model.group.CreateGroupRequest;
import org.camelvzaps.model.group.GroupParticipantsRequest;
import org.camelvzaps.model.group.GroupSettingsRequest;
import org.camelvzaps.model.group.SetGroupDescriptionRequest;
import org.camelvzaps.model.group.SetGroupNameRequest;
import org.camelvzaps.model.group.SetGroupPhotoRequest;
import org.camelvzaps.model.instance.ListInstancesRequest;
import org.camelvzaps.model.instance.UpdateInstanceRequest;
import org.camelvzaps.model.message.Button;
import org.camelvzaps.model.message.EditMessageRequest;
import org.camelvzaps.model.message.ListRow;
import org.camelvzaps.model.message.ListSection;
import org.camelvzaps.model.message.MarkReadRequest;
import org.camelvzaps.model.message.ReactRequest;
import org.camelvzaps.model.message.RemoveReactionRequest;
import org.camelvzaps.model.message.SendAudioRequest;
import org.camelvzaps.model.message.SendButtonsRequest;
import org.camelvzaps.model.message.SendContactRequest;
import org.camelvzaps.model.message.SendDocumentRequest;
import org.camelvzaps.model.message.SendGifRequest;
import org.camelvzaps.model.message.SendImageRequest;
import org.camelvzaps.model.message.SendLinkRequest;
import org.camelvzaps.model.message.SendListRequest;
import org.camelvzaps.model.message.SendLocationRequest;
import org.camelvzaps.model.message.SendPollRequest;
import org.camelvzaps.model.message.SendPresenceRequest;
import org.camelvzaps.model.message.SendStickerRequest;
import org.camelvzaps.model.message.SendTextRequest;
import org.camelvzaps.model.message.SendVideoRequest;
import org.camelvzaps.model.message.VotePollRequest;
import org.camelvzaps.model.typebot.StartTypebotSessionRequest;
import org.camelvzaps.model.typebot.TypebotConfig;
import org.camelvzaps.model.user.AddContactRequest;
import org.camelvzaps.model.user.AvatarRequest;
import org.camelvzaps.model.user.CheckUsersRequest;
import org.camelvzaps.model.user.UserInfoRequest;
import org.camelvzaps.model.webhook.SearchWebhookLogsRequest;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.camelvzaps.model.Wire.assertWire;
import static org.camelvzaps.model.Wire.json;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each request, built the way a route would build it, goes on the wire as exactly the documented JSON (fields
 * left unset are absent, not null), and reads back from that JSON.
 */
class RequestWireFormatTest {

    private static final String PHONE = "5511999999999";
    private static final String MSG = "3EB0C0FFEE000000000000";

    static Stream<Arguments> messages() {
        return Stream.of(
                arguments(SendTextRequest.of(PHONE, "Hello from Java"), Fixtures.read("request-chat-send-text.json")),
                arguments(SendTextRequest.of(PHONE, "hi").withId("my-1").withDelay(3)
                                .withMentionedIds("5511888888888@s.whatsapp.net").withReplyToMessageId(MSG),
                        "{'phone':'5511999999999','message':'hi','id':'my-1','delay':3,"
                        + "'mentioned_ids':['5511888888888@s.whatsapp.net'],'reply_to_message_id':'3EB0C0FFEE000000000000'}"),
                arguments(SendImageRequest.of(PHONE, "https://x/cat.jpg"), "{'phone':'5511999999999','image':'https://x/cat.jpg'}"),
                arguments(SendImageRequest.of(PHONE, "data:image/png;base64,AAAA").withCaption("cat").withDelay(2),
                        "{'phone':'5511999999999','image':'data:image/png;base64,AAAA','caption':'cat','delay':2}"),
                arguments(SendAudioRequest.of(PHONE, "https://x/a.ogg"), "{'phone':'5511999999999','audio':'https://x/a.ogg'}"),
                arguments(SendAudioRequest.voiceNote(PHONE, "https://x/a.ogg"),
                        "{'phone':'5511999999999','audio':'https://x/a.ogg','ptt':true}"),
                arguments(SendVideoRequest.of(PHONE, "https://x/v.mp4").withCaption("clip"),
                        "{'phone':'5511999999999','video':'https://x/v.mp4','caption':'clip'}"),
                arguments(SendDocumentRequest.of(PHONE, "https://x/r.pdf", "report.pdf").withCaption("Q1"),
                        "{'phone':'5511999999999','document':'https://x/r.pdf','file_name':'report.pdf','caption':'Q1'}"),
                arguments(SendStickerRequest.of(PHONE, "https://x/s.webp"), "{'phone':'5511999999999','sticker':'https://x/s.webp'}"),
                arguments(SendGifRequest.of(PHONE, "https://x/g.mp4").withCaption("lol"),
                        "{'phone':'5511999999999','gif':'https://x/g.mp4','caption':'lol'}"),
                arguments(SendLocationRequest.of(PHONE, -23.5613, -46.6565).withName("MASP").withAddress("Av. Paulista, 1578"),
                        "{'phone':'5511999999999','latitude':-23.5613,'longitude':-46.6565,'name':'MASP',"
                        + "'address':'Av. Paulista, 1578'}"),
                arguments(SendContactRequest.of(PHONE, "Ana", "5511888888888"),
                        "{'phone':'5511999999999','contact_name':'Ana','contact_phone':'5511888888888'}"),
                arguments(SendButtonsRequest.of(PHONE, "Coming?", Button.of("y", "Yes"), Button.of("n", "No")).withFooter("RSVP"),
                        "{'phone':'5511999999999','message':'Coming?','buttons':[{'id':'y','text':'Yes'},{'id':'n','text':'No'}],"
                        + "'footer':'RSVP'}"),
                arguments(SendListRequest.of(PHONE, "Menu", "Pick a dish", "Open menu",
                                ListSection.of("Mains", ListRow.of("1", "Pasta"), ListRow.of("2", "Rice", "with beans"))),
                        "{'phone':'5511999999999','title':'Menu','description':'Pick a dish','button_text':'Open menu',"
                        + "'sections':[{'title':'Mains','rows':[{'id':'1','title':'Pasta'},"
                        + "{'id':'2','title':'Rice','description':'with beans'}]}]}"),
                arguments(SendLinkRequest.of(PHONE, "Read this", "https://camel.apache.org").withTitle("Camel")
                                .withLinkDescription("Integration").withJpegThumbnail("/9j/4AAQ"),
                        "{'phone':'5511999999999','message':'Read this','link_url':'https://camel.apache.org','title':'Camel',"
                        + "'link_description':'Integration','jpeg_thumbnail':'/9j/4AAQ'}"),
                arguments(SendPollRequest.of(PHONE, "Lunch?", "Pizza", "Sushi"),
                        "{'phone':'5511999999999','name':'Lunch?','options':['Pizza','Sushi']}"),
                arguments(SendPollRequest.of(PHONE, "Lunch?", "Pizza", "Sushi").withSelectableOptionsCount(1)
                                .withHideParticipantNames(true).withEndTime("2026-07-01T12:00:00Z").withAllowAddOption(false),
                        "{'phone':'5511999999999','name':'Lunch?','options':['Pizza','Sushi'],'selectable_options_count':1,"
                        + "'hide_participant_names':true,'end_time':'2026-07-01T12:00:00Z','allow_add_option':false}"),
                arguments(VotePollRequest.of(PHONE, MSG, "Pizza"),
                        "{'phone':'5511999999999','message_id':'3EB0C0FFEE000000000000','vote':'Pizza'}"),
                arguments(VotePollRequest.of(PHONE, MSG, "Pizza", "Sushi").withPollSender("5511888888888@s.whatsapp.net")
                                .withFromMe(false),
                        "{'phone':'5511999999999','message_id':'3EB0C0FFEE000000000000','vote':['Pizza','Sushi'],"
                        + "'poll_sender':'5511888888888@s.whatsapp.net','from_me':false}"),
                arguments(new VotePollRequest(PHONE, MSG, null, List.of("Pizza"), null, null),
                        "{'phone':'5511999999999','message_id':'3EB0C0FFEE000000000000','selected_options':['Pizza']}"),
                arguments(ReactRequest.of(PHONE, MSG, "👍"),
                        "{'phone':'5511999999999','message_id':'3EB0C0FFEE000000000000','reaction':'👍'}"),
                arguments(RemoveReactionRequest.of(PHONE, MSG), "{'phone':'5511999999999','message_id':'3EB0C0FFEE000000000000'}"),
                arguments(SendPresenceRequest.composing(PHONE), "{'phone':'5511999999999','state':'composing'}"),
                arguments(SendPresenceRequest.recording(PHONE), "{'phone':'5511999999999','state':'composing','media':'audio'}"),
                arguments(SendPresenceRequest.paused(PHONE), "{'phone':'5511999999999','state':'paused'}"),
                arguments(MarkReadRequest.of("5511999999999@s.whatsapp.net", MSG),
                        "{'id':['3EB0C0FFEE000000000000'],'chat':'5511999999999@s.whatsapp.net'}"),
                arguments(MarkReadRequest.of("120363025246125486@g.us", MSG).withSender("5511888888888@s.whatsapp.net"),
                        "{'id':['3EB0C0FFEE000000000000'],'chat':'120363025246125486@g.us','sender':'5511888888888@s.whatsapp.net'}"),
                arguments(EditMessageRequest.of("fixed typo"), "{'message':'fixed typo'}"));
    }

    static Stream<Arguments> instances() {
        return Stream.of(
                arguments(ListInstancesRequest.of(1, 20).withFilter(Map.of()).sortedBy("createdAt", true),
                        Fixtures.read("request-instances-list.json")),
                arguments(ListInstancesRequest.defaults(), "{}"),
                arguments(ListInstancesRequest.of(2, 50).withQuery("support").sortedBy("name", false),
                        "{'page':2,'size':50,'filter':{'query':'support'},'sort':'name','sortDesc':false}"),
                arguments(UpdateInstanceRequest.empty().withName("Support"), "{'name':'Support'}"),
                arguments(UpdateInstanceRequest.empty().withWebhook("https://hooks.example/vzaps")
                                .withEventsSubscribe("Message", "Connected").withRejectCalls(true).withAutoReadMessages(false)
                                .withLabels(Map.of("team", "ops")),
                        "{'webhook':'https://hooks.example/vzaps','events_subscribe':['Message','Connected'],"
                        + "'reject_calls':true,'auto_read_messages':false,'labels':{'team':'ops'}}"));
    }

    static Stream<Arguments> chatsAndUsers() {
        return Stream.of(
                arguments(MuteChatRequest.of(Duration.ofHours(8)), "{'duration_seconds':28800}"),
                arguments(MuteChatRequest.ofSeconds(60), "{'duration_seconds':60}"),
                arguments(ClearChatRequest.KEEP_MEDIA, Fixtures.read("request-chats-clear.json")),
                arguments(ClearChatRequest.of(true), "{'delete_media':true}"),
                arguments(DeleteChatRequest.DELETE_MEDIA, "{'delete_media':true}"),
                arguments(DeleteChatRequest.of(false), "{'delete_media':false}"),
                arguments(ChatExpirationRequest.of(ChatExpiration.HOURS_24), "{'expiration':'24_HOURS'}"),
                arguments(ChatExpirationRequest.of(ChatExpiration.DAYS_7), "{'expiration':'7_DAYS'}"),
                arguments(ChatExpirationRequest.of("90_days"), "{'expiration':'90_DAYS'}"),
                arguments(ChatExpirationRequest.of(ChatExpiration.OFF), "{'expiration':'OFF'}"),
                arguments(CheckUsersRequest.of(PHONE), Fixtures.read("request-user-check.json")),
                arguments(CheckUsersRequest.of(PHONE, "5511888888888"), "{'phone':['5511999999999','5511888888888']}"),
                arguments(AvatarRequest.of(PHONE, true), Fixtures.read("request-user-avatar.json")),
                arguments(AvatarRequest.of(PHONE), "{'phone':'5511999999999','preview':false}"),
                arguments(UserInfoRequest.of(PHONE), "{'phone':'5511999999999'}"),
                arguments(AddContactRequest.of(PHONE, "Ana", "Ana Souza"),
                        "{'phone':'5511999999999','first_name':'Ana','full_name':'Ana Souza'}"));
    }

    static Stream<Arguments> groups() {
        String group = "120363025246125486@g.us";
        return Stream.of(
                arguments(CreateGroupRequest.of("Team", PHONE, "5511888888888"),
                        "{'group_name':'Team','participants':['5511999999999','5511888888888']}"),
                arguments(CreateGroupRequest.of("Team", PHONE).withGroupDescription("Ops").withGroupImage("https://x/t.jpg"),
                        "{'group_name':'Team','group_description':'Ops','group_image':'https://x/t.jpg',"
                        + "'participants':['5511999999999']}"),
                arguments(GroupParticipantsRequest.of(group, PHONE),
                        "{'group_id':'120363025246125486@g.us','participants':['5511999999999']}"),
                arguments(SetGroupNameRequest.of(group, "Team 2"), "{'group_id':'120363025246125486@g.us','name':'Team 2'}"),
                arguments(SetGroupDescriptionRequest.of(group, "Ops"),
                        "{'group_id':'120363025246125486@g.us','description':'Ops'}"),
                arguments(SetGroupPhotoRequest.of(group, "data:image/jpeg;base64,/9j/"),
                        "{'group_id':'120363025246125486@g.us','image':'data:image/jpeg;base64,/9j/'}"),
                arguments(GroupSettingsRequest.of(group).withAdminOnlyMessage(true),
                        "{'group_id':'120363025246125486@g.us','admin_only_message':true}"),
                arguments(GroupSettingsRequest.of(group).withAdminOnlyMessage(false).withAdminOnlySettings(true)
                                .withDelayMessage(5),
                        "{'group_id':'120363025246125486@g.us','admin_only_message':false,'admin_only_settings':true,"
                        + "'delay_message':5}"));
    }

    static Stream<Arguments> webhookLogsAndIntegrations() {
        return Stream.of(
                arguments(SearchWebhookLogsRequest.all(), "{}"),
                arguments(SearchWebhookLogsRequest.failed(), "{'status':'failed'}"),
                arguments(SearchWebhookLogsRequest.byStatus("success").withPage(2).withSize(50),
                        "{'status':'success','page':2,'size':50}"),
                arguments(StartTypebotSessionRequest.of("dev", "5532999999999", "Hello").withPushName("Gustavo Almeida"),
                        Fixtures.read("request-typebot-session-start.json")),
                arguments(StartTypebotSessionRequest.of(PHONE, "Hi"), "{'phone':'5511999999999','message':'Hi'}"),
                arguments(TypebotConfig.builder().typebotUrl("https://typebot.io").publicId("my-bot")
                                .triggerType(TypebotConfig.TRIGGER_KEYWORD).triggerValue("hi").build(),
                        "{'typebot_url':'https://typebot.io','public_id':'my-bot','trigger_type':'keyword','trigger_value':'hi'}"),
                arguments(TYPEBOT, TYPEBOT_JSON),
                arguments(TypebotConfig.builder().enabled(false).build(), "{'enabled':false}"),
                arguments(ChatwootConfig.builder().enabled(true).url("https://chatwoot.example.com").accountId("1")
                                .token("s3cr3t").nameInbox("WhatsApp").build(),
                        "{'enabled':true,'url':'https://chatwoot.example.com','account_id':'1','token':'s3cr3t',"
                        + "'name_inbox':'WhatsApp'}"),
                arguments(CHATWOOT, CHATWOOT_JSON));
    }

    static final TypebotConfig TYPEBOT = TypebotConfig.builder().enabled(true).description("Support bot")
            .typebotUrl("https://typebot.io").publicId("my-bot").triggerType(TypebotConfig.TRIGGER_ADVANCED)
            .triggerOperator(TypebotConfig.OPERATOR_STARTS_WITH).triggerValue("help").priority(10).expireInMinutes(0)
            .keywordFinish("#exit").defaultDelayMs(1000).unknownMessage("Sorry?").transcribeAudio(true)
            .listenFromMe(false).stopBotFromMe(true).keepOpen(false).debounceMs(500).ignoreGroups(true).build();
    static final String TYPEBOT_JSON = "{'enabled':true,'description':'Support bot','typebot_url':'https://typebot.io',"
            + "'public_id':'my-bot','trigger_type':'advanced','trigger_operator':'starts_with','trigger_value':'help',"
            + "'priority':10,'expire_in_minutes':0,'keyword_finish':'#exit','default_delay_ms':1000,"
            + "'unknown_message':'Sorry?','transcribe_audio':true,'listen_from_me':false,'stop_bot_from_me':true,"
            + "'keep_open':false,'debounce_ms':500,'ignore_groups':true}";
    static final ChatwootConfig CHATWOOT = ChatwootConfig.builder().enabled(true).url("https://chatwoot.example.com")
            .accountId("7").token("s3cr3t").nameInbox("WhatsApp").signMsg(true).signDelimiter(" | ").number(PHONE)
            .reopenConversation(true).conversationPending(false).importContacts(true).importMessages(true)
            .daysLimitImportMessages(3).autoCreate(true).organization("ACME").logo("https://x/logo.png")
            .ignoreJids("5511888888888@s.whatsapp.net").ignoreGroups(false).build();
    static final String CHATWOOT_JSON = "{'enabled':true,'url':'https://chatwoot.example.com','account_id':'7',"
            + "'token':'s3cr3t','name_inbox':'WhatsApp','sign_msg':true,'sign_delimiter':' | ','number':'5511999999999',"
            + "'reopen_conversation':true,'conversation_pending':false,'import_contacts':true,'import_messages':true,"
            + "'days_limit_import_messages':3,'auto_create':true,'organization':'ACME','logo':'https://x/logo.png',"
            + "'ignore_jids':['5511888888888@s.whatsapp.net'],'ignore_groups':false}";

    @ParameterizedTest(name = "{0}")
    @MethodSource({"messages", "instances", "chatsAndUsers", "groups", "webhookLogsAndIntegrations"})
    void sendsTheDocumentedJson(Object request, String expected) throws Exception {
        assertWire(request, json(expected));
    }
}
