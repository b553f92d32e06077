package org.camelvzaps.examples;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of the message-kinds example that exist from the start: creating and billing the instance, and one
 * {@code direct:} route in front of each message operation the example calls with a body it builds (the driver,
 * {@link MessageKindsExample}, sets {@code CamelVZapsInstanceId} and {@code CamelVZapsPhone}). The routes that name
 * the instance in their URI are added once it exists: {@link PairingRoutes} and {@link MediaRoutes}.
 */
public class MessageKindsRoutes extends RouteBuilder {

    /** The operations with a {@code direct:<operation>} route of their own, in the order the example calls them. */
    public static final List<String> MESSAGE_OPERATIONS = List.of("sendText", "sendAudio", "sendVideo", "sendSticker",
            "sendGif", "sendLocation", "sendContact", "sendButtons", "sendList", "sendLink", "sendPoll", "react",
            "votePoll", "editMessage");

    @Override
    public void configure() {
        // no error handler: a failed call goes straight back to the caller, which prints it on its step line
        errorHandler(noErrorHandler());

        // body: a CreateInstanceRequest (name, webhook, events); answers the Instance, sets CamelVZapsInstanceId
        from("direct:createInstance").routeId("create-instance")
                .to("vzaps:createInstance");

        // answers a SubscriptionResult
        from("direct:subscribe").routeId("subscribe")
                .to("vzaps:subscribe");

        // direct:sendText -> vzaps:sendText, ...: the body is what the operation takes (text, bytes, a Path, a
        // typed request); the answer is a SendResult (sends) or the API's {status, message_id} (react, vote, edit)
        for (String operation : MESSAGE_OPERATIONS) {
            from("direct:" + operation).routeId(operation)
                    .to("vzaps:" + operation);
        }
    }
}
