package org.camelvzaps.model;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camelvzaps.client.Json;
import org.camelvzaps.model.group.GroupParticipantsRequest;
import org.camelvzaps.model.group.GroupSettingsRequest;
import org.camelvzaps.model.group.SetGroupDescriptionRequest;
import org.camelvzaps.model.group.SetGroupNameRequest;
import org.camelvzaps.model.group.SetGroupPhotoRequest;
import org.camelvzaps.model.message.Button;
import org.camelvzaps.model.message.ListRow;
import org.camelvzaps.model.message.ListSection;
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
import org.camelvzaps.model.message.SendRequest;
import org.camelvzaps.model.message.SendStickerRequest;
import org.camelvzaps.model.message.SendTextRequest;
import org.camelvzaps.model.message.SendVideoRequest;
import org.camelvzaps.model.message.VotePollRequest;
import org.camelvzaps.model.typebot.StartTypebotSessionRequest;
import org.camelvzaps.model.user.AddContactRequest;
import org.camelvzaps.model.user.AvatarRequest;
import org.camelvzaps.model.user.UserInfoRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The copy methods a route builds requests with change exactly one thing: each request's {@code withPhone},
 * {@code withGroupId} and the common send fields.
 */
class CopyMethodsTest {

    private static final String PHONE = "5511999999999";
    private static final String GROUP = "120363025246125486@g.us";

    /** A request, named by its type, and its copy method for one field. */
    private static <T> Arguments copy(T request, BiFunction<T, String, T> with) {
        @SuppressWarnings("unchecked")
        BiFunction<Object, String, Object> any = (BiFunction<Object, String, Object>) (BiFunction<?, String, ?>) with;
        return Arguments.of(Named.of(request.getClass().getSimpleName(), request), any);
    }

    static Stream<Arguments> sendCopies() {
        return Stream.of(
                copy(SendTextRequest.of(null, "hi"), SendTextRequest::withPhone),
                copy(SendImageRequest.of(null, "https://x/i.jpg").withCaption("c"), SendImageRequest::withPhone),
                copy(SendAudioRequest.voiceNote(null, "https://x/a.ogg"), SendAudioRequest::withPhone),
                copy(SendVideoRequest.of(null, "https://x/v.mp4"), SendVideoRequest::withPhone),
                copy(SendDocumentRequest.of(null, "https://x/d.pdf", "d.pdf"), SendDocumentRequest::withPhone),
                copy(SendStickerRequest.of(null, "https://x/s.webp"), SendStickerRequest::withPhone),
                copy(SendGifRequest.of(null, "https://x/g.mp4"), SendGifRequest::withPhone),
                copy(SendLocationRequest.of(null, 1.5, 2.5), SendLocationRequest::withPhone),
                copy(SendContactRequest.of(null, "Ana", "5511888888888"), SendContactRequest::withPhone),
                copy(SendButtonsRequest.of(null, "?", Button.of("y", "Yes")), SendButtonsRequest::withPhone),
                copy(SendListRequest.of(null, "t", "d", "b", ListSection.of("s", ListRow.of("1", "r"))),
                        SendListRequest::withPhone),
                copy(SendLinkRequest.of(null, "m", "https://camel.apache.org"), SendLinkRequest::withPhone),
                copy(SendPollRequest.of(null, "Lunch?", "Pizza", "Sushi"), SendPollRequest::withPhone));
    }

    static Stream<SendRequest<?>> sendRequests() {
        return sendCopies().map(copy -> (SendRequest<?>) ((Named<?>) copy.get()[0]).getPayload());
    }

    static Stream<Arguments> phoneCopies() {
        return Stream.concat(sendCopies(), Stream.of(
                copy(VotePollRequest.of(null, "3EB0", "Pizza"), VotePollRequest::withPhone),
                copy(ReactRequest.of(null, "3EB0", "👍"), ReactRequest::withPhone),
                copy(RemoveReactionRequest.of(null, "3EB0"), RemoveReactionRequest::withPhone),
                copy(SendPresenceRequest.recording(null), SendPresenceRequest::withPhone),
                copy(AvatarRequest.of(null, true), AvatarRequest::withPhone),
                copy(UserInfoRequest.of(null), UserInfoRequest::withPhone),
                copy(AddContactRequest.of(null, "Ana", "Ana Souza"), AddContactRequest::withPhone),
                copy(StartTypebotSessionRequest.of("bot", null, "Hello").withPushName("Ana"),
                        StartTypebotSessionRequest::withPhone)));
    }

    static Stream<Arguments> groupCopies() {
        return Stream.of(
                copy(GroupParticipantsRequest.of(null, PHONE), GroupParticipantsRequest::withGroupId),
                copy(SetGroupNameRequest.of(null, "Team"), SetGroupNameRequest::withGroupId),
                copy(SetGroupDescriptionRequest.of(null, "Ops"), SetGroupDescriptionRequest::withGroupId),
                copy(SetGroupPhotoRequest.of(null, "https://x/p.jpg"), SetGroupPhotoRequest::withGroupId),
                copy(GroupSettingsRequest.of(null).withAdminOnlyMessage(true), GroupSettingsRequest::withGroupId));
    }

    @ParameterizedTest
    @MethodSource("phoneCopies")
    void withPhoneSetsThePhoneAndKeepsTheRest(Object request, BiFunction<Object, String, Object> withPhone)
            throws ReflectiveOperationException {
        Object filled = withPhone.apply(request, PHONE);
        assertSame(request.getClass(), filled.getClass());
        assertEquals(PHONE, component(filled, "phone"));
        ObjectNode expected = Json.mapper().valueToTree(request);
        expected.put("phone", PHONE);
        assertEquals(expected, Json.mapper().valueToTree(filled));
    }

    @ParameterizedTest
    @MethodSource("sendCopies")
    void sendBodiesStartWithThePhone(Object request, BiFunction<Object, String, Object> withPhone) {
        assertEquals("phone", Json.mapper().valueToTree(withPhone.apply(request, PHONE)).fieldNames().next());
    }

    @ParameterizedTest
    @MethodSource("groupCopies")
    void withGroupIdSetsTheGroupAndKeepsTheRest(Object request, BiFunction<Object, String, Object> withGroupId)
            throws ReflectiveOperationException {
        Object filled = withGroupId.apply(request, GROUP);
        assertSame(request.getClass(), filled.getClass());
        assertEquals(GROUP, component(filled, "groupId"));
        ObjectNode expected = Json.mapper().valueToTree(request);
        expected.put("group_id", GROUP);
        assertEquals(expected, Json.mapper().valueToTree(filled));
    }

    /** A record's component, read through its accessor. */
    private static Object component(Object record, String name) throws ReflectiveOperationException {
        return record.getClass().getMethod(name).invoke(record);
    }

    @ParameterizedTest
    @MethodSource("sendRequests")
    void everySendTakesTheCommonFields(SendRequest<?> request) {
        assertNull(request.id());
        SendRequest<?> full = request.withId("my-1").withDelay(2).withMentionedIds("5511888888888@s.whatsapp.net")
                .withReplyToMessageId("3EB0");
        assertEquals(List.of("my-1", 2, List.of("5511888888888@s.whatsapp.net"), "3EB0"),
                List.of(full.id(), full.delay(), full.mentionedIds(), full.replyToMessageId()));
        ObjectNode expected = Json.mapper().valueToTree(request);
        expected.put("id", "my-1").put("delay", 2).put("reply_to_message_id", "3EB0")
                .putArray("mentioned_ids").add("5511888888888@s.whatsapp.net");
        assertEquals(expected, Json.mapper().valueToTree(full));
        assertEquals(Json.mapper().valueToTree(request), Json.mapper().valueToTree(full.withSendOptions(null)),
                "null options send none");
    }
}
