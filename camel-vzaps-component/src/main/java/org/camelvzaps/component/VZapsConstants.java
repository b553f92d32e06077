package org.camelvzaps.component;

import org.apache.camel.spi.Metadata;
import org.camelvzaps.client.AnswerHeaders;

/**
 * Exchange headers of the VZaps component. Headers in beat the endpoint options, so one route can serve many
 * instances.
 * <p>
 * Each {@code @Metadata} is the one description of its header: Camel's build copies it into the catalog
 * ({@code vzaps.json}), which Camel tooling shows and from which the headers tables of the docs are generated. The
 * description says what the header does as producer input, what the producer sets and what the consumers set; the
 * {@code label} says who uses it: {@code producer}, {@code consumer}, or {@code common} for both (Camel turns a
 * label into the header's group, and would file {@code producer,consumer} under consumer alone).
 */
public final class VZapsConstants {

    @Metadata(label = "producer", description = "Producer input: the operation to call, overriding the endpoint's "
                                                + "operation. An unknown name fails with the closest names; "
                                                + "webhook, realtime and pairing are refused (they receive "
                                                + "events).",
              javaType = "String")
    public static final String OPERATION = "CamelVZapsOperation";
    @Metadata(label = "common", description = "Producer input: the instance to call, overriding the instanceId "
                                              + "option. Set by the producer after createInstance and "
                                              + "provisionInstance to the new instance's id. Set by the webhook, "
                                              + "realtime and pairing consumers to the instance the event belongs "
                                              + "to: from the body, else (webhook) the X-Instance-ID request "
                                              + "header, else the instanceId option; pairing always uses the "
                                              + "instanceId option.",
              javaType = "String")
    public static final String INSTANCE_ID = AnswerHeaders.INSTANCE_ID;
    @Metadata(label = "producer", description = "Producer input: the instance token to call with, overriding the "
                                                + "instanceToken option. Never logged, and removed from the "
                                                + "message once the producer has read it, so set it again before "
                                                + "another vzaps step.",
              javaType = "String", secret = true)
    public static final String INSTANCE_TOKEN = "CamelVZapsInstanceToken";
    @Metadata(label = "producer", description = "Producer input: the recipient (digits, country code first; or a "
                                                + "group id or JID). Fills a missing phone in sends and the other "
                                                + "bodies that have one, and is the path value of getPairCode and "
                                                + "of the chats/{phone} operations.",
              javaType = "String")
    public static final String PHONE = "CamelVZapsPhone";
    @Metadata(label = "common", description = "Producer input: the message editMessage, deleteMessage, "
                                              + "removeQueuedMessage and removeQueuedOperation act on. Set by the "
                                              + "producer after every send to the id of the sent message. Set by "
                                              + "the webhook and realtime consumers with splitReceipts=true to "
                                              + "the one message id of a ReadReceipt exchange.",
              javaType = "String")
    public static final String MESSAGE_ID = AnswerHeaders.MESSAGE_ID;
    @Metadata(label = "producer", description = "Producer input: the webhook delivery log of getWebhookLog and "
                                                + "retryWebhookLog.",
              javaType = "String")
    public static final String LOG_ID = "CamelVZapsLogId";
    @Metadata(label = "producer", description = "Producer input: the TypeBot of updateTypebot and deleteTypebot; "
                                                + "with startTypebotSession, picks the "
                                                + "typebots/{typebotId}/sessions/start path.",
              javaType = "String")
    public static final String TYPEBOT_ID = "CamelVZapsTypebotId";
    @Metadata(label = "producer", description = "Producer input: the TypeBot session of pauseTypebotSession and "
                                                + "closeTypebotSession.",
              javaType = "String")
    public static final String SESSION_ID = "CamelVZapsSessionId";
    @Metadata(label = "producer", description = "Producer input: what importChatwoot imports, contacts, messages or "
                                                + "all.",
              javaType = "String")
    public static final String IMPORT_SCOPE = "CamelVZapsImportScope";
    @Metadata(label = "producer", description = "Producer input: the group (a JID ending in g.us). The query "
                                                + "group_id of getGroup and getGroupInviteLink; fills a missing "
                                                + "group_id in the other group bodies.",
              javaType = "String")
    public static final String GROUP_ID = "CamelVZapsGroupId";
    @Metadata(label = "producer", description = "Producer input: page number (query page) of listChats and "
                                                + "listGroups.",
              javaType = "Integer")
    public static final String PAGE = "CamelVZapsPage";
    @Metadata(label = "producer", description = "Producer input: page size (query page_size) of listChats and "
                                                + "listGroups.",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelVZapsPageSize";
    @Metadata(label = "producer", description = "Producer input: with getGroupInviteLink, true renews the invite "
                                                + "link (query reset).",
              javaType = "Boolean")
    public static final String RESET = "CamelVZapsReset";
    @Metadata(label = "producer", description = "Producer input: HTTP method of the request operation, GET, POST, "
                                                + "PUT, PATCH or DELETE.",
              javaType = "String")
    public static final String HTTP_METHOD = "CamelVZapsHttpMethod";
    @Metadata(label = "producer", description = "Producer input: path of the request operation, from the API root "
                                                + "(starts with /).",
              javaType = "String")
    public static final String PATH = "CamelVZapsPath";
    @Metadata(label = "producer", description = "Producer input: caption of sendImage, sendVideo, sendGif and "
                                                + "sendDocument when the body has none.",
              javaType = "String")
    public static final String CAPTION = "CamelVZapsCaption";
    @Metadata(label = "producer", description = "Producer input: MIME type of a binary media body; beats "
                                                + "Content-Type, the file name and the content's first bytes.",
              javaType = "String")
    public static final String MIME_TYPE = "CamelVZapsMimeType";
    @Metadata(label = "producer", description = "Set by the producer after every call: HTTP status of the API "
                                                + "answer.",
              javaType = "Integer")
    public static final String HTTP_STATUS = "CamelVZapsHttpStatus";
    @Metadata(label = "producer", description = "Set by the producer after every call: the X-Request-Id of the "
                                                + "answer, when the API sent one.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelVZapsRequestId";
    @Metadata(label = "producer", description = "Set by the producer after subscribe in checkout mode: the URL a "
                                                + "person must open to start billing.",
              javaType = "String")
    public static final String CHECKOUT_URL = AnswerHeaders.CHECKOUT_URL;
    @Metadata(label = "producer", description = "Set by the producer after every call: the operation that answered, "
                                                + "getQr when connect fell back to it, else the one called.",
              javaType = "String")
    public static final String ANSWERED_BY = "CamelVZapsAnsweredBy";
    @Metadata(label = "consumer", description = "Set by the webhook, realtime and pairing consumers: the type of "
                                                + "the event. Webhook and realtime: the event type as sent "
                                                + "(Message, ReadReceipt, Connected, Disconnected, Presence, ... "
                                                + "or a newer name). Pairing: QrCode, LinkingCode, Connected, or "
                                                + "PairingTimeout on the timeout's failed exchange.",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelVZapsEventType";
    @Metadata(label = "consumer", description = "Set by the webhook and realtime consumers: the event id (evt_...) "
                                                + "when the body carries one, always on realtime, on webhook only "
                                                + "in the envelope form.",
              javaType = "String")
    public static final String EVENT_ID = "CamelVZapsEventId";
    @Metadata(label = "consumer", description = "Set by the webhook and realtime consumers on ReadReceipt events: "
                                                + "the receipt's state, Delivered, Read or ReadSelf (read by the "
                                                + "connected account itself). With splitReceipts=true each "
                                                + "message id of the receipt is its own exchange, with "
                                                + "CamelVZapsMessageId set.",
              javaType = "String")
    public static final String RECEIPT_STATE = "CamelVZapsReceiptState";

    private VZapsConstants() {
    }
}
