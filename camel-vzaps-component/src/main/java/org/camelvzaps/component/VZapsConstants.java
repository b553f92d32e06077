package org.camelvzaps.component;

import org.apache.camel.spi.Metadata;
import org.camelvzaps.client.AnswerHeaders;

/**
 * Exchange headers of the VZaps component. Headers in beat the endpoint options, so one route can serve many
 * instances.
 */
public final class VZapsConstants {

    @Metadata(label = "producer", description = "The operation to call, overriding the endpoint's operation.",
              javaType = "String")
    public static final String OPERATION = "CamelVZapsOperation";
    @Metadata(description = "Producer: the instance to call, overriding the instanceId option; set on the message after "
                            + "createInstance to the new instance's id. Consumer: the instance the event belongs to.",
              javaType = "String")
    public static final String INSTANCE_ID = AnswerHeaders.INSTANCE_ID;
    @Metadata(label = "producer", description = "The instance token to call with, overriding the instanceToken option "
                                                + "(secret: never logged).",
              javaType = "String", secret = true)
    public static final String INSTANCE_TOKEN = "CamelVZapsInstanceToken";
    @Metadata(label = "producer", description = "The recipient phone (digits, country code first) of sends and other "
                                                + "bodies that lack one, and the chat of the chats/{phone} operations "
                                                + "(number, group id or JID).",
              javaType = "String")
    public static final String PHONE = "CamelVZapsPhone";
    @Metadata(description = "Producer: the message id an operation acts on (editMessage, deleteMessage, queue "
                            + "removals). Set on the answer of every send to the id of the sent message. Consumer with "
                            + "splitReceipts: the one message of a ReadReceipt exchange.",
              javaType = "String")
    public static final String MESSAGE_ID = AnswerHeaders.MESSAGE_ID;
    @Metadata(label = "producer", description = "The webhook delivery log id (getWebhookLog, retryWebhookLog).",
              javaType = "String")
    public static final String LOG_ID = "CamelVZapsLogId";
    @Metadata(label = "producer", description = "The TypeBot id (updateTypebot, deleteTypebot, startTypebotSession).",
              javaType = "String")
    public static final String TYPEBOT_ID = "CamelVZapsTypebotId";
    @Metadata(label = "producer", description = "The TypeBot session id (pauseTypebotSession, closeTypebotSession).",
              javaType = "String")
    public static final String SESSION_ID = "CamelVZapsSessionId";
    @Metadata(label = "producer", description = "What importChatwoot imports: contacts, messages or all.",
              javaType = "String")
    public static final String IMPORT_SCOPE = "CamelVZapsImportScope";
    @Metadata(label = "producer", description = "The group id (a JID ending in g.us): query group_id of getGroup and "
                                                + "getGroupInviteLink, and group_id of group bodies that lack it.",
              javaType = "String")
    public static final String GROUP_ID = "CamelVZapsGroupId";
    @Metadata(label = "producer", description = "Page number (query page) of listChats and listGroups.",
              javaType = "Integer")
    public static final String PAGE = "CamelVZapsPage";
    @Metadata(label = "producer", description = "Page size (query page_size) of listChats and listGroups.",
              javaType = "Integer")
    public static final String PAGE_SIZE = "CamelVZapsPageSize";
    @Metadata(label = "producer", description = "getGroupInviteLink: true renews the link (query reset).",
              javaType = "Boolean")
    public static final String RESET = "CamelVZapsReset";
    @Metadata(label = "producer", description = "HTTP method of the request operation.", javaType = "String")
    public static final String HTTP_METHOD = "CamelVZapsHttpMethod";
    @Metadata(label = "producer", description = "Path (from the API root, starting with /) of the request operation.",
              javaType = "String")
    public static final String PATH = "CamelVZapsPath";
    @Metadata(label = "producer", description = "Caption of a media send, when the body does not carry one.",
              javaType = "String")
    public static final String CAPTION = "CamelVZapsCaption";
    @Metadata(label = "producer", description = "MIME type of a binary media body (beats Content-Type, the file name and "
                                                + "the content's magic bytes).",
              javaType = "String")
    public static final String MIME_TYPE = "CamelVZapsMimeType";
    @Metadata(label = "producer", description = "HTTP status of the API answer.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelVZapsHttpStatus";
    @Metadata(label = "producer", description = "The X-Request-Id the API answered with, when it sent one.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelVZapsRequestId";
    @Metadata(label = "producer", description = "subscribe in checkout mode: the hosted checkout URL a person must open "
                                                + "to start billing.",
              javaType = "String")
    public static final String CHECKOUT_URL = AnswerHeaders.CHECKOUT_URL;
    @Metadata(label = "producer", description = "The operation that actually answered: getQr when connect fell back to it.",
              javaType = "String")
    public static final String ANSWERED_BY = "CamelVZapsAnsweredBy";
    @Metadata(label = "consumer", description = "Type of the received event: Message, ReadReceipt, Connected, "
                                                + "Disconnected, ... (any newer type as sent); from vzaps:pairing: QrCode, "
                                                + "LinkingCode, Connected, or PairingTimeout.",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelVZapsEventType";
    @Metadata(label = "consumer", description = "Id of the received event, when the body carries one.",
              javaType = "String")
    public static final String EVENT_ID = "CamelVZapsEventId";
    @Metadata(label = "consumer", description = "On ReadReceipt events: the receipt's state, Delivered, Read or ReadSelf "
                                                + "(read by the connected account itself).",
              javaType = "String")
    public static final String RECEIPT_STATE = "CamelVZapsReceiptState";

    private VZapsConstants() {
    }
}
