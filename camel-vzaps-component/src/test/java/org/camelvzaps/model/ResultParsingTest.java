package org.camelvzaps.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import org.camelvzaps.client.Json;
import org.camelvzaps.model.chat.ChatExpiration;
import org.camelvzaps.model.chatwoot.ChatwootConfig;
import org.camelvzaps.model.chat.ChatInfo;
import org.camelvzaps.model.group.GroupInfo;
import org.camelvzaps.model.group.GroupInviteLink;
import org.camelvzaps.model.group.GroupParticipant;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.InstanceAction;
import org.camelvzaps.model.instance.InstanceList;
import org.camelvzaps.model.instance.SubscriptionResult;
import org.camelvzaps.model.session.LinkingCode;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.model.message.MediaDownload;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.model.typebot.TypebotConfig;
import org.camelvzaps.model.user.CheckUsersResult;
import org.camelvzaps.model.user.CheckUsersResult.CheckedUser;
import org.camelvzaps.model.user.UserInfoResult;
import org.camelvzaps.model.user.UserInfoResult.UserInfo;
import org.camelvzaps.model.webhook.WebhookConfig;
import org.camelvzaps.model.webhook.WebhookLog;
import org.camelvzaps.model.webhook.WebhookLogPage;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.camelvzaps.model.Wire.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each answer reads into its model from the canonical shape (the shape the sandbox sends)
 * and from every other documented spelling; unknown fields are ignored.
 */
class ResultParsingTest {

    private static final String INSTANCE_JSON = Fixtures.read("response-instances-create.json");

    private static final String AVATAR_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/Pm8qYQAAAABJRU5ErkJggg==";

    static Instance instance() throws Exception {
        return Json.mapper().readValue(INSTANCE_JSON, Instance.class);
    }

    static Stream<Arguments> instanceAndSession() throws Exception {
        InstanceList page = new InstanceList(1, 20, 1, 1, List.of(instance()), json("{'connected':0,'trialing':1}"));
        return Stream.of(
                arguments("list, total_pages", InstanceList.class,
                        "{'page':1,'size':20,'total':1,'total_pages':1,'content':[" + INSTANCE_JSON + "],"
                        + "'summary':{'connected':0,'trialing':1}}", page),
                arguments("list, totalPages", InstanceList.class,
                        "{'page':1,'size':20,'total':1,'totalPages':1,'content':[" + INSTANCE_JSON + "],"
                        + "'summary':{'connected':0,'trialing':1},'extra':true}", page),
                arguments("empty list", InstanceList.class, "{'page':1,'size':20,'total':0,'total_pages':0}",
                        new InstanceList(1, 20, 0, 0, List.of(), null)),
                arguments("restart", InstanceAction.class,
                        "{'instance_id':'VZ9K2M4N8P1Q3R5S7T0WABCD01EF','status':'restarting','details':'worker restarted'}",
                        new InstanceAction("VZ9K2M4N8P1Q3R5S7T0WABCD01EF", "restarting", "worker restarted")),
                arguments("disconnect, fixture", InstanceAction.class, Fixtures.read("response-instance-action.shape.json"),
                        new InstanceAction("VZ9K2M4N8P1Q3R5S7T0WABCD01EF", "ok", "")),
                arguments("pair code, API reference", LinkingCode.class, "{'LinkingCode':'9H3J-H3J8'}", new LinkingCode("9H3J-H3J8")),
                arguments("pair code, SDK pages", LinkingCode.class, "{'linking_code':'9H3J-H3J8'}", new LinkingCode("9H3J-H3J8")));
    }

    static Stream<Arguments> chatsAndUsers() {
        ChatInfo ana = new ChatInfo("5511999999999@s.whatsapp.net", "5511999999999", "Ana", false, false, true,
                "2026-07-01T12:00:00Z", false, 2, ChatExpiration.DAYS_7, "2026-06-23T22:57:17Z");
        return Stream.of(
                arguments("chat", ChatInfo.class,
                        "{'jid':'5511999999999@s.whatsapp.net','phone':'5511999999999','name':'Ana','archived':false,"
                        + "'pinned':false,'muted':true,'mute_until':'2026-07-01T12:00:00Z','marked_unread':false,"
                        + "'unread_count':2,'expiration':'7_DAYS','last_message_at':'2026-06-23T22:57:17Z'}", ana),
                arguments("chat, not muted, unknown expiration", ChatInfo.class,
                        "{'jid':'5511999999999@s.whatsapp.net','phone':'5511999999999','name':'Ana','archived':true,"
                        + "'pinned':true,'muted':false,'mute_until':null,'marked_unread':true,'unread_count':0,"
                        + "'expiration':'1_YEAR','last_message_at':'2026-06-23T22:57:17Z','labels':['x']}",
                        new ChatInfo("5511999999999@s.whatsapp.net", "5511999999999", "Ana", true, true, false, null,
                                true, 0, null, "2026-06-23T22:57:17Z")),
                arguments("check, fixture", CheckUsersResult.class, Fixtures.read("response-user-check.json"),
                        new CheckUsersResult(List.of(new CheckedUser("5511999999999", true, "5511999999999@s.whatsapp.net")))),
                arguments("check, no users", CheckUsersResult.class, "{}", new CheckUsersResult(List.of())),
                arguments("user info", UserInfoResult.class,
                        "{'users':{'5511999999999@s.whatsapp.net':{'verified_name':null,'status':'Hi there',"
                        + "'picture_id':'1242225976','devices':['5511999999999:2@s.whatsapp.net']}}}",
                        new UserInfoResult(Map.of("5511999999999@s.whatsapp.net", new UserInfo(null, "Hi there",
                                "1242225976", List.of("5511999999999:2@s.whatsapp.net"))))),
                arguments("avatar, fixture", MediaDownload.class, Fixtures.read("response-user-avatar.json"),
                        new MediaDownload("image/jpeg", AVATAR_BASE64)),
                arguments("download", MediaDownload.class, "{'mimetype':'image/jpeg','data':'data:image/jpeg;base64,AAAA'}",
                        new MediaDownload("image/jpeg", "data:image/jpeg;base64,AAAA")));
    }

    static Stream<Arguments> groups() {
        GroupInfo team = new GroupInfo("120363025246125486@g.us", "Team", "description", "5511999999999@s.whatsapp.net",
                false, false, "2026-04-13T10:00:00Z", List.of(
                        new GroupParticipant("5511999999999@s.whatsapp.net", true, true),
                        new GroupParticipant("5511888888888@s.whatsapp.net", false, false)));
        String teamJson = "{'jid':'120363025246125486@g.us','name':'Team','%s':'description',"
                + "'owner_jid':'5511999999999@s.whatsapp.net','announce':false,'locked':false,'created_at':'2026-04-13T10:00:00Z',"
                + "'participants':[{'jid':'5511999999999@s.whatsapp.net','is_admin':true,'is_super_admin':true},"
                + "{'jid':'5511888888888@s.whatsapp.net','is_admin':false,'is_super_admin':false}]}";
        return Stream.of(
                arguments("group", GroupInfo.class, teamJson.formatted("topic"), team),
                arguments("group, description", GroupInfo.class, teamJson.formatted("description"), team),
                arguments("invite link", GroupInviteLink.class, "{'invite_link':'https://chat.whatsapp.com/AbCdEf123'}",
                        new GroupInviteLink("https://chat.whatsapp.com/AbCdEf123")),
                arguments("invite link, link", GroupInviteLink.class, "{'link':'https://chat.whatsapp.com/AbCdEf123'}",
                        new GroupInviteLink("https://chat.whatsapp.com/AbCdEf123")));
    }

    static final WebhookLog FAILED_LOG = new WebhookLog("wlog_01", "VZ9K2M4N8P1Q3R5S7T0WABCD01EF", "Connected",
            "https://hooks.example/vzaps", "failed", 3, 503, "Service Unavailable",
            "{\"type\":\"Connected\",\"event\":{\"jid\":\"5511999999999@s.whatsapp.net\"}}",
            "2026-06-23T22:57:17Z", "2026-06-23T22:58:17Z");
    static final String FAILED_LOG_JSON = "{'id':'wlog_01','instance_id':'VZ9K2M4N8P1Q3R5S7T0WABCD01EF',"
            + "'event_type':'Connected','url':'https://hooks.example/vzaps','status':'failed','attempts':3,"
            + "'response_status':503,'error':'Service Unavailable','payload':%s,"
            + "'created_at':'2026-06-23T22:57:17Z','updated_at':'2026-06-23T22:58:17Z'}";

    static Stream<Arguments> webhookLogsAndIntegrations() {
        String payloadText = TextNode.valueOf(FAILED_LOG.payload()).toString(); // a JSON string holding JSON
        String payloadObject = "{'type':'Connected','event':{'jid':'5511999999999@s.whatsapp.net'}}";
        WebhookLog ok = new WebhookLog("wlog_02", "VZ1", "Message", "https://hooks.example/vzaps", "success", 1, 200, null,
                "{}", "2026-06-23T22:57:17Z", "2026-06-23T22:57:17Z");
        String okJson = "{'id':'wlog_02','instance_id':'VZ1','event_type':'Message','url':'https://hooks.example/vzaps',"
                + "'status':'success','attempts':1,'response_status':200,'error':null,'payload':'{}',"
                + "'created_at':'2026-06-23T22:57:17Z','updated_at':'2026-06-23T22:57:17Z'}";
        TypebotConfig created = RequestWireFormatTest.TYPEBOT.toBuilder().typebotId("tb_01").createdAt("2026-04-13T10:00:00Z")
                .build();
        ChatwootConfig chatwoot = RequestWireFormatTest.CHATWOOT.toBuilder().token(null).tokenMasked("s3****")
                .webhookUrl("https://api.vzaps.com/chatwoot/webhook/VZ1").build();
        return Stream.of(
                arguments("log, payload as text", WebhookLog.class, FAILED_LOG_JSON.formatted(payloadText), FAILED_LOG),
                arguments("log, payload as JSON", WebhookLog.class, FAILED_LOG_JSON.formatted(payloadObject), FAILED_LOG),
                arguments("log page", WebhookLogPage.class,
                        "{'content':[" + okJson + "],'page':1,'size':20,'total':1,'total_pages':1}",
                        new WebhookLogPage(List.of(ok), 1, 20, 1, 1)),
                arguments("log page, totalPages", WebhookLogPage.class,
                        "{'content':[" + okJson + "],'page':1,'size':20,'total':1,'totalPages':1}",
                        new WebhookLogPage(List.of(ok), 1, 20, 1, 1)),
                arguments("typebot", TypebotConfig.class, RequestWireFormatTest.TYPEBOT_JSON.replace("{'enabled'",
                        "{'typebot_id':'tb_01','created_at':'2026-04-13T10:00:00Z','enabled'"), created),
                arguments("chatwoot", ChatwootConfig.class, RequestWireFormatTest.CHATWOOT_JSON
                        .replace("'token':'s3cr3t'", "'token_masked':'s3****','webhook_url':'https://api.vzaps.com/chatwoot/webhook/VZ1'"),
                        chatwoot),
                arguments("chatwoot, numeric account id", ChatwootConfig.class, "{'account_id':7,'ignore_jids':'120363@g.us'}",
                        ChatwootConfig.builder().accountId("7").ignoreJids("120363@g.us").build()));
    }

    @Test
    void aWebhookLogPayloadReadsAsJsonAndAsTheEventThatWasDelivered() {
        assertTrue(FAILED_LOG.isFailed());
        assertEquals("5511999999999@s.whatsapp.net", FAILED_LOG.payloadJson().at("/event/jid").asText());
        assertTrue(FAILED_LOG.payloadEvent().asConnection().connected());
        WebhookLog noPayload = new WebhookLog("wlog_03", null, null, null, "pending", 0, null, null, null, null, null);
        assertNull(noPayload.payloadJson());
        assertNull(noPayload.payloadEvent());
        WebhookLog garbage = new WebhookLog("wlog_04", null, null, null, "failed", 1, null, null, "<html>", null, null);
        assertThrows(IllegalArgumentException.class, garbage::payloadJson);
    }

    @ParameterizedTest
    @ValueSource(classes = {Instance.class, InstanceList.class, InstanceAction.class, SubscriptionResult.class,
            LinkingCode.class, SessionStatus.class, SendResult.class, MediaDownload.class, ChatInfo.class,
            CheckUsersResult.class, UserInfoResult.class, GroupInfo.class, GroupInviteLink.class,
            WebhookConfig.class, WebhookLog.class, WebhookLogPage.class, TypebotConfig.class, ChatwootConfig.class})
    void answersIgnoreFieldsOfANewerApiWhateverTheMapper(Class<?> type) throws Exception {
        // a route may unmarshal with its own Jackson mapper (FAIL_ON_UNKNOWN_PROPERTIES on by default)
        String json = "{'added_later':{'x':[1]},'content':[{'added_later':1}],"
                + "'participants':[{'added_later':1}],'business_profile':{'added_later':1}}";
        assertNotNull(new ObjectMapper().readValue(json.replace('\'', '"'), type));
    }

    @Test
    void theChatwootTokenStaysOutOfToString() {
        String text = RequestWireFormatTest.CHATWOOT.toString();
        assertFalse(text.contains("s3cr3t"), text);
        assertTrue(text.contains("token=xxxxxx"), text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"instanceAndSession", "chatsAndUsers", "groups", "webhookLogsAndIntegrations"})
    void readsTheDocumentedShapes(String name, Class<?> type, String json, Object expected) throws Exception {
        JsonNode tree = json(json);
        if (tree.has("success") && tree.has("data")) {
            tree = tree.get("data");
        }
        Object parsed = Json.mapper().treeToValue(tree, type);
        assertEquals(expected, parsed);
        assertEquals(parsed, Json.mapper().readValue(Json.mapper().writeValueAsString(parsed), type), "written and read again");
    }
}
