package org.camelvzaps.client;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.model.chat.ChatExpirationRequest;
import org.camelvzaps.model.chat.ChatInfo;
import org.camelvzaps.model.chat.ClearChatRequest;
import org.camelvzaps.model.chat.DeleteChatRequest;
import org.camelvzaps.model.chat.MuteChatRequest;
import org.camelvzaps.model.chatwoot.ChatwootConfig;
import org.camelvzaps.model.group.CreateGroupRequest;
import org.camelvzaps.model.group.GroupInfo;
import org.camelvzaps.model.group.GroupInviteLink;
import org.camelvzaps.model.group.GroupParticipantsRequest;
import org.camelvzaps.model.group.GroupSettingsRequest;
import org.camelvzaps.model.group.SetGroupDescriptionRequest;
import org.camelvzaps.model.group.SetGroupNameRequest;
import org.camelvzaps.model.group.SetGroupPhotoRequest;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.InstanceAction;
import org.camelvzaps.model.instance.InstanceList;
import org.camelvzaps.model.instance.ListInstancesRequest;
import org.camelvzaps.model.instance.SubscriptionResult;
import org.camelvzaps.model.instance.UpdateInstanceRequest;
import org.camelvzaps.model.message.EditMessageRequest;
import org.camelvzaps.model.message.MarkReadRequest;
import org.camelvzaps.model.message.MediaDownload;
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
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.model.message.SendStickerRequest;
import org.camelvzaps.model.message.SendTextRequest;
import org.camelvzaps.model.message.SendVideoRequest;
import org.camelvzaps.model.message.VotePollRequest;
import org.camelvzaps.model.session.LinkingCode;
import org.camelvzaps.model.session.QrResult;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.model.typebot.StartTypebotSessionRequest;
import org.camelvzaps.model.typebot.TypebotConfig;
import org.camelvzaps.model.user.AddContactRequest;
import org.camelvzaps.model.user.AvatarRequest;
import org.camelvzaps.model.user.CheckUsersRequest;
import org.camelvzaps.model.user.CheckUsersResult;
import org.camelvzaps.model.user.UserInfoRequest;
import org.camelvzaps.model.user.UserInfoResult;
import org.camelvzaps.model.webhook.SearchWebhookLogsRequest;
import org.camelvzaps.model.webhook.SetWebhookRequest;
import org.camelvzaps.model.webhook.WebhookConfig;
import org.camelvzaps.model.webhook.WebhookLog;
import org.camelvzaps.model.webhook.WebhookLogPage;

import static org.camelvzaps.client.OperationSpec.BodyKind.DEFAULT_EMPTY_OBJECT;
import static org.camelvzaps.client.OperationSpec.BodyKind.OPTIONAL;
import static org.camelvzaps.client.OperationSpec.delete;
import static org.camelvzaps.client.OperationSpec.dynamicCall;
import static org.camelvzaps.client.OperationSpec.get;
import static org.camelvzaps.client.OperationSpec.patch;
import static org.camelvzaps.client.OperationSpec.post;
import static org.camelvzaps.client.OperationSpec.put;
import static org.camelvzaps.client.Param.groupId;
import static org.camelvzaps.client.Param.instanceId;
import static org.camelvzaps.client.Param.page;
import static org.camelvzaps.client.Param.pageSize;
import static org.camelvzaps.client.Param.phone;
import static org.camelvzaps.client.Param.reset;
import static org.camelvzaps.client.Param.typebotId;

/**
 * The operation catalog: every {@code vzaps:} endpoint name, declared once. An operation's declaration is its whole
 * definition (see {@link OperationSpec}); the producer, the client, the generated component metadata (the
 * {@code operation} path enum), the docs' operation table and the sandbox coverage test read it. Paths not starting
 * with {@code /} are relative to {@code /instances/{instanceId}}; the API is JWT-or-instance-token unless
 * {@code jwtOnly()}.
 * <p>
 * Constant names are the names users type ({@code vzaps:createInstance}), hence lower camel case. The consumer
 * endpoints are listed here too, as entries of their own {@link Kind} without a call, because the generated URI path enum
 * is read from this one Java enum; {@link #isOperation()} tells them apart.
 */
public enum VZapsOperation {

    // ------------------------------------------------------------------ instances and billing
    createInstance(put("/instances/create").jwtOnly().body(CreateInstanceRequest.class).text("name")
            .returns(Instance.class).header(AnswerHeaders.INSTANCE_ID, Instance::id),
            "Creates an instance (a String body is its name); the new id goes to the CamelVZapsInstanceId header."),
    provisionInstance(put("/instances/provision").jwtOnly().body(CreateInstanceRequest.class).text("name")
            .returns(Instance.class).header(AnswerHeaders.INSTANCE_ID, Instance::id),
            "Provisions an instance like createInstance (SDK-only endpoint)."),
    listInstances(post("/instances/list").jwtOnly().idempotent().body(DEFAULT_EMPTY_OBJECT, ListInstancesRequest.class)
            .returns(InstanceList.class),
            "Lists the account's instances, a page at a time (page, size, filter.query, sort, sortDesc)."),
    searchInstances(post("/instances/search").jwtOnly().idempotent().body(DEFAULT_EMPTY_OBJECT, JsonNode.class)
            .returns(InstanceList.class),
            "Searches the account's instances (free-form filter; SDK-only endpoint)."),
    getInstance(post("/instances/get").jwtOnly().idempotent().body(DEFAULT_EMPTY_OBJECT, JsonNode.class).fill("id", instanceId)
            .returns(Instance.class),
            "Reads one instance; sends {\"id\": instanceId} unless given a body."),
    updateInstance(patch("").idempotent().body(UpdateInstanceRequest.class).returns(Instance.class),
            "Changes instance fields (e.g. name, reject_calls)."),
    deleteInstance(delete(""),
            "Deletes the instance."),
    restartInstance(post("restart").returns(InstanceAction.class),
            "Restarts the instance's WhatsApp worker."),
    subscribe(post("subscribe").jwtOnly().body(DEFAULT_EMPTY_OBJECT, JsonNode.class).returns(SubscriptionResult.class)
            .header(AnswerHeaders.CHECKOUT_URL, result -> result.isCheckout() ? result.url() : null),
            "Starts billing ({} = direct); in checkout mode the URL a person must open goes to CamelVZapsCheckoutUrl."),
    resumeSubscription(post("resume-subscription").jwtOnly(),
            "Undoes a scheduled cancellation."),
    cancelSubscription(put("cancel").jwtOnly().idempotent(),
            "Cancels the instance's subscription at the end of the period."),

    // ------------------------------------------------------------------ session
    connect(post("connect").fallbackOnMissingRoute("getQr"),
            "Starts the connection flow; where the platform has no connect route (404/405) it calls getQr instead."),
    getQr(get("session/qr").returns(QrResult.class),
            "Fetches the pairing QR code (a PNG data URL, converts to PNG bytes), or the already-connected state."),
    getStatus(get("session/status").returns(SessionStatus.class),
            "Reads the WhatsApp session status and profile."),
    getPairCode(get("session/paircode/{phone}").notIdempotent().returns(LinkingCode.class),
            "Pairs by phone number instead of QR: answers the linking code to type on the phone."),
    disconnect(post("session/disconnect").returns(InstanceAction.class),
            "Disconnects the WhatsApp session."),

    // ------------------------------------------------------------------ webhook configuration and delivery logs
    getWebhook(get("webhook").returns(WebhookConfig.class),
            "Reads the instance's webhook URL and subscribed events."),
    setWebhook(post("webhook").idempotent().body(SetWebhookRequest.class).returns(WebhookConfig.class),
            "Sets the webhook URL (webhookURL) and the CSV list of events."),
    searchWebhookLogs(post("webhook/logs/search").idempotent().body(DEFAULT_EMPTY_OBJECT, SearchWebhookLogsRequest.class)
            .returns(WebhookLogPage.class),
            "Searches webhook delivery logs (e.g. {\"status\": \"failed\"})."),
    getWebhookLog(get("webhook/logs/{logId}").returns(WebhookLog.class),
            "Reads one webhook delivery log."),
    retryWebhookLog(post("webhook/logs/{logId}/retry").returns(WebhookLog.class),
            "Delivers a logged webhook event again."),

    // ------------------------------------------------------------------ messages
    sendText(send("text", SendTextRequest.class).text("message"),
            "Sends a text message; a String body is the text."),
    sendImage(sendMedia("image", SendImageRequest.class, "caption", null, Limits.MEDIA),
            "Sends an image: a URL, a data URL, or a byte[]/File/Path/InputStream body."),
    sendAudio(sendMedia("audio", SendAudioRequest.class, null, null, Limits.MEDIA),
            "Sends audio (ptt=true for a voice note)."),
    sendDocument(sendMedia("document", SendDocumentRequest.class, "caption", "file_name", Limits.DOCUMENT),
            "Sends a document; file_name defaults to the CamelFileName header."),
    sendVideo(sendMedia("video", SendVideoRequest.class, "caption", null, Limits.MEDIA),
            "Sends a video."),
    sendSticker(sendMedia("sticker", SendStickerRequest.class, null, null, Limits.MEDIA),
            "Sends a sticker (WebP)."),
    sendGif(sendMedia("gif", SendGifRequest.class, "caption", null, Limits.MEDIA),
            "Sends a GIF (as an MP4 video played in a loop)."),
    sendLocation(send("location", SendLocationRequest.class),
            "Sends a location pin (latitude, longitude, name, address)."),
    sendContact(send("contact", SendContactRequest.class),
            "Sends a contact card (contact_name, contact_phone)."),
    sendButtons(send("buttons", SendButtonsRequest.class),
            "Sends a message with reply buttons."),
    sendList(send("list", SendListRequest.class),
            "Sends a list message with sections and rows."),
    sendLink(send("link", SendLinkRequest.class),
            "Sends a link with preview."),
    sendPoll(send("poll", SendPollRequest.class),
            "Sends a poll."),
    votePoll(post("chat/poll/vote").body(VotePollRequest.class).fill("phone", phone),
            "Votes in a poll."),
    react(post("chat/react").body(ReactRequest.class).fill("phone", phone),
            "Reacts to a message with an emoji."),
    removeReaction(delete("chat/react").body(RemoveReactionRequest.class).fill("phone", phone),
            "Removes a reaction."),
    sendPresence(post("chat/presence").body(SendPresenceRequest.class).fill("phone", phone),
            "Shows a presence (composing, paused, recording) in a chat."),
    markRead(post("chat/markread").idempotent().body(MarkReadRequest.class),
            "Marks messages as read (id list, chat JID)."),
    editMessage(patch("chat/messages/{messageId}").body(EditMessageRequest.class).text("message"),
            "Edits a sent message; a String body is the new text."),
    deleteMessage(delete("chat/messages/{messageId}"),
            "Deletes a sent message for everyone."),
    downloadImage(download("image"),
            "Downloads the image of a received message (body: the Message event or its media node); converts to byte[]."),
    downloadVideo(download("video"),
            "Downloads the video of a received message; converts to byte[]."),
    downloadAudio(download("audio"),
            "Downloads the audio of a received message; converts to byte[]."),
    downloadDocument(download("document"),
            "Downloads the document of a received message; converts to byte[]."),

    // ------------------------------------------------------------------ chats; {phone}: number, group id or JID
    listChats(get("chats").query(page, pageSize),
            "Lists chats with their state, a page at a time."),
    getChat(get("chats/{phone}").returns(ChatInfo.class),
            "Reads one chat's state."),
    archiveChat(post("chats/{phone}/archive").idempotent(),
            "Archives a chat."),
    unarchiveChat(post("chats/{phone}/unarchive").idempotent(),
            "Unarchives a chat."),
    muteChat(post("chats/{phone}/mute").idempotent().body(OPTIONAL, MuteChatRequest.class),
            "Mutes a chat (optional duration_seconds)."),
    unmuteChat(post("chats/{phone}/unmute").idempotent(),
            "Unmutes a chat."),
    pinChat(post("chats/{phone}/pin").idempotent(),
            "Pins a chat."),
    unpinChat(post("chats/{phone}/unpin").idempotent(),
            "Unpins a chat."),
    markChatRead(post("chats/{phone}/read").idempotent(),
            "Marks a whole chat as read."),
    markChatUnread(post("chats/{phone}/unread").idempotent(),
            "Marks a chat as unread."),
    clearChat(post("chats/{phone}/clear").body(OPTIONAL, ClearChatRequest.class),
            "Clears a chat's messages (optional delete_media)."),
    deleteChat(delete("chats/{phone}").body(OPTIONAL, DeleteChatRequest.class),
            "Deletes a chat (optional delete_media)."),
    setChatExpiration(put("chats/{phone}/expiration").idempotent().body(ChatExpirationRequest.class).text("expiration"),
            "Sets disappearing messages: 24_HOURS, 7_DAYS, 90_DAYS or OFF (a String body is the value)."),

    // ------------------------------------------------------------------ users and contacts
    getUserInfo(post("user/info").idempotent().body(DEFAULT_EMPTY_OBJECT, UserInfoRequest.class).fill("phone", phone)
            .returns(UserInfoResult.class),
            "Reads a WhatsApp user's info."),
    checkUsers(post("user/check").idempotent().body(CheckUsersRequest.class).returns(CheckUsersResult.class),
            "Checks which phone numbers are on WhatsApp."),
    getAvatar(post("user/avatar").idempotent().body(DEFAULT_EMPTY_OBJECT, AvatarRequest.class).fill("phone", phone)
            .returns(MediaDownload.class).header(AnswerHeaders.CONTENT_TYPE, MediaDownload::mimeType),
            "Fetches a user's profile picture."),
    getUserContacts(get("user/contacts"),
            "Lists the account's WhatsApp contacts."),
    listContacts(get("contact/list"),
            "Lists the instance's saved contacts."),
    addContact(post("contact/add").body(AddContactRequest.class).fill("phone", phone),
            "Saves a contact (phone, first_name, full_name)."),

    // ------------------------------------------------------------------ groups
    listGroups(get("group/list").query(page, pageSize),
            "Lists the groups the number is in, a page at a time."),
    getGroup(get("group/info").requiredQuery(groupId).returns(GroupInfo.class),
            "Reads a group's info and participants."),
    getGroupInviteLink(get("group/invitelink").notIdempotent().requiredQuery(groupId).query(reset).returns(GroupInviteLink.class),
            "Reads (reset=true: renews) a group's invite link."),
    setGroupPhoto(post("group/photo").body(SetGroupPhotoRequest.class).fill("group_id", groupId)
            .text("image").media("image", Limits.MEDIA, null, null),
            "Sets a group's photo: a URL, a data URL, or a byte[]/File/Path/InputStream body."),
    setGroupName(post("group/name").idempotent().body(SetGroupNameRequest.class).fill("group_id", groupId).text("name"),
            "Renames a group; a String body is the name."),
    setGroupDescription(post("group/description").idempotent().body(SetGroupDescriptionRequest.class).fill("group_id", groupId).text("description"),
            "Sets a group's description; a String body is the text."),
    setGroupSettings(post("group/settings").idempotent().body(GroupSettingsRequest.class).fill("group_id", groupId),
            "Sets who may send and edit (admin_only_message, admin_only_settings, delay_message)."),
    createGroup(post("group/create").body(CreateGroupRequest.class).returns(GroupInfo.class),
            "Creates a group with participants."),
    addGroupAdmins(post("group/add-admin").body(GroupParticipantsRequest.class).fill("group_id", groupId),
            "Makes participants admins."),
    removeGroupAdmins(post("group/remove-admin").body(GroupParticipantsRequest.class).fill("group_id", groupId),
            "Removes participants' admin rights."),

    // ------------------------------------------------------------------ queues
    listQueuedMessages(get("queue/messages"),
            "Lists outbound messages waiting in the queue."),
    purgeQueuedMessages(delete("queue/messages").notIdempotent(),
            "Removes every queued message."),
    removeQueuedMessage(delete("queue/messages/{messageId}"),
            "Removes one queued message."),
    listQueuedOperations(get("queue/operations"),
            "Lists queued operations."),
    purgeQueuedOperations(delete("queue/operations").notIdempotent(),
            "Removes every queued operation."),
    removeQueuedOperation(delete("queue/operations/{messageId}"),
            "Removes one queued operation."),

    // ------------------------------------------------------------------ TypeBot
    listTypebots(get("typebots"),
            "Lists TypeBot configurations."),
    createTypebot(post("typebots").body(TypebotConfig.class).returns(TypebotConfig.class),
            "Creates a TypeBot configuration."),
    updateTypebot(patch("typebots/{typebotId}").idempotent().body(TypebotConfig.class),
            "Changes a TypeBot configuration."),
    deleteTypebot(delete("typebots/{typebotId}"),
            "Deletes a TypeBot configuration."),
    startTypebotSession(post("typebots/sessions/start").orWhenGiven(typebotId, "typebots/{typebotId}/sessions/start")
            .body(StartTypebotSessionRequest.class).fill("phone", phone).text("message"),
            "Starts a TypeBot session for a phone (with CamelVZapsTypebotId: that typebot; else by public_id)."),
    listTypebotSessions(get("typebots/sessions"),
            "Lists TypeBot sessions (opened, paused, closed)."),
    pauseTypebotSession(post("typebots/sessions/{sessionId}/pause"),
            "Pauses a TypeBot session."),
    closeTypebotSession(post("typebots/sessions/{sessionId}/close"),
            "Closes a TypeBot session."),

    // ------------------------------------------------------------------ Chatwoot
    getChatwoot(get("chatwoot").returns(ChatwootConfig.class),
            "Reads the Chatwoot integration (token masked)."),
    setChatwoot(post("chatwoot").idempotent().body(ChatwootConfig.class).returns(ChatwootConfig.class),
            "Creates or changes the Chatwoot integration."),
    deleteChatwoot(delete("chatwoot"),
            "Removes the Chatwoot integration."),
    importChatwoot(post("chatwoot/import/{importScope}"),
            "Imports into Chatwoot: importScope contacts, messages or all."),

    // ------------------------------------------------------------------ anything else
    request(dynamicCall(),
            "Calls any API path: method from CamelVZapsHttpMethod, path from CamelVZapsPath; same auth and errors."),

    // ------------------------------------------------------------------ consumers (use in from(...))
    webhook(Kind.WEBHOOK, "Receives VZaps webhook callbacks (use in from())."),
    realtime(Kind.REALTIME, "Receives the VZaps realtime event stream over a WebSocket (use in from())."),
    pairing(Kind.PAIRING, "Polls an instance's pairing: emits each new QR code (or linking code), then Connected (use in from()).");

    /** What an endpoint name stands for. */
    public enum Kind {
        /** An API call, used in {@code to(...)}. */
        OPERATION,
        /** The webhook consumer, used in {@code from(...)}. */
        WEBHOOK,
        /** The realtime WebSocket consumer, used in {@code from(...)}. */
        REALTIME,
        /** The pairing poller, used in {@code from(...)}. */
        PAIRING
    }

    /** Header names the catalog sets on answers; documented in the component's VZapsConstants. */
    /** WhatsApp's size limits, checked before a media body is encoded. */
    public static final class Limits {
        public static final long MEDIA = 16L * 1024 * 1024;
        public static final long DOCUMENT = 100L * 1024 * 1024;

        private Limits() {
        }
    }

    private final Kind kind;
    private final OperationSpec spec;
    private final String description;

    VZapsOperation(OperationSpec.Builder<?> spec, String description) {
        this.kind = Kind.OPERATION;
        this.spec = spec.build();
        this.description = description;
    }

    VZapsOperation(Kind kind, String description) {
        this.kind = kind;
        this.spec = null;
        this.description = description;
    }

    // conveniences shared by one family of operations, declared beside them

    private static OperationSpec.Builder<SendResult> send(String kind, Class<?> requestType) {
        return post("chat/send/" + kind).messageSend().body(requestType).fill("phone", phone)
                .returns(SendResult.class).header(AnswerHeaders.MESSAGE_ID, SendResult::messageId);
    }

    private static OperationSpec.Builder<SendResult> sendMedia(String kind, Class<?> requestType, String captionField,
                                                               String fileNameField, long maxBytes) {
        return send(kind, requestType).text(kind).media(kind, maxBytes, fileNameField, captionField);
    }

    private static OperationSpec.Builder<MediaDownload> download(String kind) {
        return post("chat/download" + kind).idempotent().body(JsonNode.class).mediaFromEvent(kind)
                .returns(MediaDownload.class).header(AnswerHeaders.CONTENT_TYPE, MediaDownload::mimeType);
    }

    public Kind kind() {
        return kind;
    }

    /** True for API calls (used in {@code to(...)}); false for consumer endpoints. */
    public boolean isOperation() {
        return kind == Kind.OPERATION;
    }

    /** The declaration of the call; only for {@link #isOperation() operations}. */
    public OperationSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("vzaps:" + name() + " receives events and makes no API call");
        }
        return spec;
    }

    public String description() {
        return description;
    }

    /** Every API operation, in catalog order (consumer endpoints left out). */
    public static List<VZapsOperation> operations() {
        return Arrays.stream(values()).filter(VZapsOperation::isOperation).toList();
    }

    /** Finds an endpoint name as users type it, or explains which names exist. */
    public static VZapsOperation fromName(String name) {
        for (VZapsOperation op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        for (VZapsOperation op : values()) {
            if (op.name().equalsIgnoreCase(name)) {
                return op;
            }
        }
        String typed = String.valueOf(name).toLowerCase();
        List<String> closest = Arrays.stream(values())
                .sorted(Comparator.comparingInt(op -> distance(op.name().toLowerCase(), typed)))
                .limit(3).map(Enum::name).toList();
        throw new IllegalArgumentException("Unknown VZaps operation '" + name + "'. Closest names: "
                + String.join(", ", closest) + " (the " + operations().size() + " operations are listed in docs/operations.md; "
                + "consumers: webhook, realtime, pairing)");
    }

    /** Edit distance, to suggest the name a user probably meant. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
