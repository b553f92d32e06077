package org.camelvzaps.model;

import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The copy methods the producer and routes rely on change exactly one thing: {@code withPhone} (how
 * {@code CamelVZapsPhone} fills a body), {@code withGroupId} ({@code CamelVZapsGroupId}) and the common send fields.
 */
class CopyMethodsTest {

    private static final String PHONE = "5511999999999";

    static Stream<SendRequest<?>> sendRequests() {
        return Stream.of(
                SendTextRequest.of(null, "hi"),
                SendImageRequest.of(null, "https://x/i.jpg").withCaption("c"),
                SendAudioRequest.voiceNote(null, "https://x/a.ogg"),
                SendVideoRequest.of(null, "https://x/v.mp4"),
                SendDocumentRequest.of(null, "https://x/d.pdf", "d.pdf"),
                SendStickerRequest.of(null, "https://x/s.webp"),
                SendGifRequest.of(null, "https://x/g.mp4"),
                SendLocationRequest.of(null, 1.5, 2.5),
                SendContactRequest.of(null, "Ana", "5511888888888"),
                SendButtonsRequest.of(null, "?", Button.of("y", "Yes")),
                SendListRequest.of(null, "t", "d", "b", ListSection.of("s", ListRow.of("1", "r"))),
                SendLinkRequest.of(null, "m", "https://camel.apache.org"),
                SendPollRequest.of(null, "Lunch?", "Pizza", "Sushi"));
    }

    static Stream<HasPhone<?>> phoneRequests() {
        return Stream.concat(sendRequests(), Stream.of(
                VotePollRequest.of(null, "3EB0", "Pizza"),
                ReactRequest.of(null, "3EB0", "👍"),
                RemoveReactionRequest.of(null, "3EB0"),
                SendPresenceRequest.recording(null),
                AvatarRequest.of(null, true),
                UserInfoRequest.of(null),
                AddContactRequest.of(null, "Ana", "Ana Souza"),
                StartTypebotSessionRequest.of("bot", null, "Hello").withPushName("Ana")));
    }

    static Stream<HasGroupId<?>> groupRequests() {
        return Stream.of(
                GroupParticipantsRequest.of(null, PHONE),
                SetGroupNameRequest.of(null, "Team"),
                SetGroupDescriptionRequest.of(null, "Ops"),
                SetGroupPhotoRequest.of(null, "https://x/p.jpg"),
                GroupSettingsRequest.of(null).withAdminOnlyMessage(true));
    }

    @ParameterizedTest
    @MethodSource("phoneRequests")
    void withPhoneSetsThePhoneAndKeepsTheRest(HasPhone<?> request) {
        HasPhone<?> filled = request.withPhone(PHONE);
        assertSame(request.getClass(), filled.getClass());
        assertEquals(PHONE, filled.phone());
        ObjectNode expected = Json.mapper().valueToTree(request);
        expected.put("phone", PHONE);
        assertEquals(expected, Json.mapper().valueToTree(filled));
    }

    @ParameterizedTest
    @MethodSource("sendRequests")
    void sendBodiesStartWithThePhone(SendRequest<?> request) {
        assertEquals("phone", Json.mapper().valueToTree(request.withPhone(PHONE)).fieldNames().next());
    }

    @ParameterizedTest
    @MethodSource("groupRequests")
    void withGroupIdSetsTheGroupAndKeepsTheRest(HasGroupId<?> request) {
        HasGroupId<?> filled = request.withGroupId("120363025246125486@g.us");
        assertSame(request.getClass(), filled.getClass());
        assertEquals("120363025246125486@g.us", filled.groupId());
        ObjectNode expected = Json.mapper().valueToTree(request);
        expected.put("group_id", "120363025246125486@g.us");
        assertEquals(expected, Json.mapper().valueToTree(filled));
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
