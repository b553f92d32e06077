package org.camelvzaps.component;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateProducerException;
import org.apache.camel.ResolveEndpointFailedException;
import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a call's values come from and what input is refused. Path and query values come from headers or options
 * (headers win, the operation header overrides the endpoint's), encoded so they cannot change the path. Every kind of
 * bad input is refused before any HTTP call with a message that says what to set: malformed JSON, a missing phone,
 * path or query value or body, a body of the wrong type, an unknown operation in the URI or the header (with the
 * closest names), {@code vzaps:webhook} used as a producer, {@code request} paths that could leave the API host.
 * What the API's answers become is {@link ApiAnswersTest}; transport limits are {@link HardeningTest}.
 */
class ParametersAndBadInputTest extends VZapsTestSupport {

    private static final String INSTANCE = "/instances/" + INSTANCE_ID;
    private static final String GET_STATUS = "vzaps:getStatus?instanceId=" + INSTANCE_ID;

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
        api.stubFor(any(anyUrl()).atPriority(10).willReturn(json("{\"code\":200,\"success\":true,\"data\":{\"status\":\"ok\"}}")));
    }

    @ParameterizedTest(name = "phone {0} stays one path segment")
    @CsvSource({
            "../x, ..%2Fx",
            "a/b, a%2Fb",
            "..x, ..x",
            "120363025246125486@g.us, 120363025246125486%40g.us",
            "a?b=c#d, a%3Fb%3Dc%23d",
            "João, Jo%C3%A3o"
    })
    void pathValuesAreEncodedAsOneSegment(String phone, String onTheWire) {
        send("vzaps:archiveChat?instanceId=" + INSTANCE_ID, Map.of(VZapsConstants.PHONE, phone), null);

        assertEquals(List.of("POST " + INSTANCE + "/chats/" + onTheWire + "/archive"), apiCalls());
    }

    @ParameterizedTest(name = "phone {0} is refused")
    @CsvSource({"'.'", "'..'"})
    void dotSegmentsAreRefusedBeforeAnyCall(String phone) {
        Exception e = failure("vzaps:archiveChat?instanceId=" + INSTANCE_ID, Map.of(VZapsConstants.PHONE, phone), null);

        assertEquals("vzaps:archiveChat cannot use '" + phone + "' as phone: a dot segment would change the path (set the "
                     + "CamelVZapsPhone header or the phone option to a real value)", e.getMessage());
        assertEquals(List.of(), apiCalls());
    }

    @Test
    void optionsGiveTheValueWhenNoHeaderDoes() {
        send("vzaps:getGroupInviteLink?instanceId=" + INSTANCE_ID + "&groupId=120363025246125486@g.us&reset=true",
                Map.of(), null);
        send("vzaps:listChats?instanceId=" + INSTANCE_ID + "&page=2&pageSize=50", Map.of(), null);

        assertEquals(List.of(
                "GET " + INSTANCE + "/group/invitelink?group_id=120363025246125486%40g.us&reset=true",
                "GET " + INSTANCE + "/chats?page=2&page_size=50"), apiCalls());
    }

    @Test
    void headersBeatOptions() {
        send("vzaps:deleteMessage?instanceId=VZOTHER&messageId=3EB0OPTION",
                Map.of(VZapsConstants.INSTANCE_ID, INSTANCE_ID, VZapsConstants.MESSAGE_ID, "3EB0HEADER"), null);

        assertEquals(List.of("DELETE " + INSTANCE + "/chat/messages/3EB0HEADER"), apiCalls());
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
            "deleteMessage, messageId",
            "getChat, phone",
            "getWebhookLog, logId",
            "updateTypebot, typebotId",
            "pauseTypebotSession, sessionId",
            "importChatwoot, importScope",
            "getGroup, groupId",
            "getStatus, instanceId"
    })
    void aMissingPathOrQueryValueNamesTheHeaderAndTheOption(String operation, String param) {
        String uri = "vzaps:" + operation + ("instanceId".equals(param) ? "" : "?instanceId=" + INSTANCE_ID);
        Exception e = failure(uri, Map.of(), "{}");

        Param p = Param.valueOf(param);
        assertEquals("vzaps:" + operation + " needs " + param + ": set the " + p.header() + " header or the " + param
                     + " option", e.getMessage());
        assertEquals(List.of(), apiCalls());
    }

    @Test
    void aMissingRequiredBodyFieldNamesTheHeaderAndTheOption() {
        Exception e = failure("vzaps:react?instanceId=" + INSTANCE_ID, Map.of(), "{\"message_id\":\"3EB0\",\"reaction\":\"👍\"}");

        assertEquals("vzaps:react needs 'phone': put it in the body, or set the CamelVZapsPhone header or the phone option",
                e.getMessage());
        assertEquals(List.of(), apiCalls());
    }

    @Test
    void theGroupIdHeaderFillsGroupBodiesButNeverChatsPhoneBodies() {
        send("vzaps:setGroupName?instanceId=" + INSTANCE_ID, Map.of(VZapsConstants.GROUP_ID, "120363@g.us"), "Team");
        send("vzaps:clearChat?instanceId=" + INSTANCE_ID, Map.of(VZapsConstants.PHONE, "5511999999999"),
                "{\"delete_media\":true}");

        List<ServeEvent> events = apiEvents();
        assertEquals("{\"name\":\"Team\",\"group_id\":\"120363@g.us\"}", events.get(0).getRequest().getBodyAsString());
        assertEquals("{\"delete_media\":true}", events.get(1).getRequest().getBodyAsString());
    }

    @Test
    void thePreviousStepsAnswerIsNeverSentAsTheNextStepsBody() {
        String options = "?instanceId=" + INSTANCE_ID + "&phone=5511999999999";
        Exchange chain = template.send("vzaps:archiveChat" + options, exchange -> exchange.getMessage().setBody("{\"x\":1}"));
        template.send("vzaps:muteChat" + options, chain);
        template.send("vzaps:subscribe" + options, chain);
        Exception e = template.send("vzaps:sendText" + options, chain).getException();

        List<ServeEvent> events = apiEvents();
        assertEquals(List.of("POST " + INSTANCE + "/chats/5511999999999/archive", "POST " + INSTANCE + "/chats/5511999999999/mute",
                "POST " + INSTANCE + "/subscribe"), apiCalls());
        assertEquals("", events.get(0).getRequest().getBodyAsString(), "archive sends no body");
        assertEquals("", events.get(1).getRequest().getBodyAsString(), "the archive answer is not the mute body");
        assertEquals("{}", events.get(2).getRequest().getBodyAsString(), "subscribe falls back to {}");
        assertInstanceOf(VZapsConfigurationException.class, e);
        assertTrue(e.getMessage().startsWith("vzaps:sendText needs a request body"), e.getMessage());
    }

    @Test
    void anUnsupportedBodyTypeIsRefused() {
        Exception e = failure("vzaps:sendLocation?instanceId=" + INSTANCE_ID, Map.of(VZapsConstants.PHONE, "5511999999999"),
                42);

        assertTrue(e.getMessage().startsWith("vzaps:sendLocation cannot send a body of type java.lang.Integer"), e.getMessage());
        assertEquals(List.of(), apiCalls());
    }

    @Test
    void textThatIsNotJsonIsRefusedWhereNoTextFieldIsDeclared() {
        Exception e = failure("vzaps:createGroup?instanceId=" + INSTANCE_ID, Map.of(), "Team");

        assertEquals("vzaps:createGroup takes a JSON object as body, got text that is not JSON", e.getMessage());
        assertEquals(List.of(), apiCalls());
    }

    @Test
    void requestCallsAnyPathWithTheSameAuth() {
        send("vzaps:request", Map.of(VZapsConstants.HTTP_METHOD, "get", VZapsConstants.PATH, INSTANCE + "/session/status"),
                "{\"ignored\":true}");
        send("vzaps:request?httpMethod=POST&path=" + INSTANCE + "/chat/presence", Map.of(),
                "{\"phone\":\"5511999999999\",\"state\":\"composing\"}");

        List<ServeEvent> events = apiEvents();
        assertEquals(List.of("GET " + INSTANCE + "/session/status", "POST " + INSTANCE + "/chat/presence"), apiCalls());
        assertEquals("", events.get(0).getRequest().getBodyAsString(), "a GET sends no body");
        assertEquals("{\"phone\":\"5511999999999\",\"state\":\"composing\"}", events.get(1).getRequest().getBodyAsString());
        assertEquals("Bearer " + JWT, events.get(0).getRequest().getHeader("Authorization"));
    }

    @ParameterizedTest(name = "request refuses path {0}")
    @CsvSource({"https://evil.example/x", "//evil.example/x", "instances/x", "'/a b'"})
    void requestRefusesPathsThatCouldLeaveTheApiHost(String path) {
        Exception e = failure("vzaps:request", Map.of(VZapsConstants.HTTP_METHOD, "GET", VZapsConstants.PATH, path), null);

        assertTrue(e.getMessage().startsWith("vzaps:request needs a path from the API root"), e.getMessage());
        assertEquals(List.of(), apiCalls());
    }

    @Test
    void requestRefusesUnknownMethods() {
        Exception e = failure("vzaps:request", Map.of(VZapsConstants.HTTP_METHOD, "TRACE", VZapsConstants.PATH, "/x"), null);

        assertEquals("vzaps:request cannot use HTTP method 'TRACE': use one of DELETE, GET, PATCH, POST, PUT", e.getMessage());
        assertEquals(List.of(), apiCalls());
    }

    @Test
    void malformedJsonBodyFailsBeforeAnyHttpCall() {
        api.resetAll();
        Exception e = failure("vzaps:sendText?instanceId=" + INSTANCE_ID, Map.of(), "{\"phone\": \"5511\", ");

        assertTrue(e.getMessage().startsWith("vzaps:sendText body is not valid JSON"), e.getMessage());
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void sendTextWithoutPhoneNamesTheHeader() {
        api.resetAll();
        Exception e = failure("vzaps:sendText?instanceId=" + INSTANCE_ID, Map.of(), "hello");

        assertTrue(e.getMessage().contains("CamelVZapsPhone"), e.getMessage());
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void createInstanceWithoutBodyNamesWhatToGive() {
        api.resetAll();
        Exception e = failure("vzaps:createInstance", Map.of(), null);

        assertEquals("vzaps:createInstance needs a request body: a CreateInstanceRequest, a Map or JSON text, or text (the name)", e.getMessage());
        api.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void unknownOperationInTheHeaderSuggestsTheClosestNames() {
        Exception e = failure(GET_STATUS, Map.of(VZapsConstants.OPERATION, "sendTxt"), null);

        assertTrue(e.getMessage().startsWith("Header CamelVZapsOperation: Unknown VZaps operation 'sendTxt'"), e.getMessage());
        assertTrue(e.getMessage().contains("Closest names: ") && e.getMessage().contains("sendText"), e.getMessage());
        assertEquals(List.of(), apiCalls());
    }

    @Test
    void unknownOperationInTheUriSuggestsTheClosestNames() {
        ResolveEndpointFailedException e = assertThrows(ResolveEndpointFailedException.class,
                () -> context.getEndpoint("vzaps:sendTxt"));

        assertTrue(e.getCause().getMessage().contains("Unknown VZaps operation 'sendTxt'. Closest names: "),
                e.getCause().getMessage());
        assertTrue(e.getCause().getMessage().contains("sendText"), e.getCause().getMessage());
    }

    @Test
    void webhookIsNotAProducer() {
        FailedToCreateProducerException e = assertThrows(FailedToCreateProducerException.class,
                () -> template.requestBody("vzaps:webhook", (Object) null));

        assertTrue(e.getCause().getMessage().contains("use it in from(...)"), e.getCause().getMessage());
    }

    @Test
    void headerOperationOverridesTheEndpointOperation() {
        api.stubFor(get(urlEqualTo("/instances/" + INSTANCE_ID + "/session/qr"))
                .willReturn(json(Fixtures.read("response-session-qr.QRCode.json"))));

        Object body = template.requestBodyAndHeader(GET_STATUS, null, VZapsConstants.OPERATION, "getQr");

        assertInstanceOf(org.camelvzaps.model.session.QrCode.class, body);
    }

    @Test
    void everyParameterHeaderAndOptionExists() {
        for (Param param : Param.values()) {
            assertTrue(constants().contains(param.header()), param.header() + " is not documented in VZapsConstants");
            String value = "page".equals(param.option()) || "pageSize".equals(param.option()) ? "1"
                    : "reset".equals(param.option()) ? "true" : "GET";
            VZapsEndpoint endpoint = (VZapsEndpoint) context.getEndpoint("vzaps:getStatus?" + param.option() + "=" + value);
            assertEquals(value, String.valueOf(optionValue(endpoint.getConfiguration(), param.option())),
                    "option " + param.option() + " is not bound to the endpoint's configuration");
        }
        for (VZapsOperation op : VZapsOperation.operations()) {
            op.spec().resultHeaders().forEach(header -> assertTrue(
                    constants().contains(header.header()) || "Content-Type".equals(header.header()),
                    op + " sets " + header.header() + ", which VZapsConstants does not document"));
        }
    }

    private static List<String> constants() {
        return java.util.Arrays.stream(VZapsConstants.class.getFields()).map(f -> {
            try {
                return (String) f.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void send(String uri, Map<String, Object> headers, Object body) {
        Exchange result = template.send(uri, exchange -> {
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
            exchange.getMessage().setBody(body);
        });
        if (result.getException() != null) {
            throw new AssertionError(result.getException());
        }
    }

    private Exception failure(String uri, Map<String, Object> headers, Object body) {
        Exchange result = template.send(uri, exchange -> {
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
            exchange.getMessage().setBody(body);
        });
        return assertInstanceOf(VZapsConfigurationException.class, result.getException());
    }

    private static List<ServeEvent> apiEvents() {
        List<ServeEvent> events = new java.util.ArrayList<>(api.getAllServeEvents().stream()
                .filter(e -> !e.getRequest().getUrl().equals("/token")).toList());
        java.util.Collections.reverse(events); // WireMock lists the newest first
        return events;
    }

    private static List<String> apiCalls() {
        return apiEvents().stream().map(e -> e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl()).toList();
    }

    /** The value of a configuration option, read through its getter as Camel's binding would have set it. */
    private static Object optionValue(VZapsConfiguration config, String option) {
        String suffix = Character.toUpperCase(option.charAt(0)) + option.substring(1);
        for (String getter : List.of("get" + suffix, "is" + suffix)) {
            try {
                return VZapsConfiguration.class.getMethod(getter).invoke(config);
            } catch (NoSuchMethodException e) {
                // try the next spelling
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("VZapsConfiguration has no getter for option " + option);
    }
}
