package org.camelvzaps.component;

import org.apache.camel.spi.Metadata;

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
    public static final String INSTANCE_ID = "CamelVZapsInstanceId";
    @Metadata(label = "producer", description = "The instance token to call with, overriding the instanceToken option "
                                                + "(secret: never logged).",
              javaType = "String", secret = true)
    public static final String INSTANCE_TOKEN = "CamelVZapsInstanceToken";
    @Metadata(label = "producer", description = "The recipient phone (digits, country code first) of send operations, "
                                                + "when the body does not carry one.",
              javaType = "String")
    public static final String PHONE = "CamelVZapsPhone";
    @Metadata(label = "producer", description = "HTTP status of the API answer.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelVZapsHttpStatus";
    @Metadata(label = "producer", description = "The X-Request-Id the API answered with, when it sent one.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelVZapsRequestId";
    @Metadata(label = "producer", description = "subscribe in checkout mode: the hosted checkout URL a person must open "
                                                + "to start billing.",
              javaType = "String")
    public static final String CHECKOUT_URL = "CamelVZapsCheckoutUrl";
    @Metadata(label = "producer", description = "The operation that actually answered: getQr when connect fell back to it.",
              javaType = "String")
    public static final String ANSWERED_BY = "CamelVZapsAnsweredBy";
    @Metadata(label = "consumer", description = "Type of the received event: Message, ReadReceipt, Connected, "
                                                + "Disconnected, ... (any newer type as sent).",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelVZapsEventType";
    @Metadata(label = "consumer", description = "Id of the received event, when the body carries one.",
              javaType = "String")
    public static final String EVENT_ID = "CamelVZapsEventId";

    private VZapsConstants() {
    }
}
