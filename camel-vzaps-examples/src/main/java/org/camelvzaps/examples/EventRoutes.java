package org.camelvzaps.examples;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The webhook and send routes in the Java DSL; {@code routes/events.yaml} is the same in the YAML DSL (run the demo
 * with {@code --yaml} to use that one instead).
 */
public class EventRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // no error handler: a failed call goes straight back to the caller, which prints it on its step line
        errorHandler(noErrorHandler());

        // VZaps POSTs events here (served by Camel Main's HTTP server on /vzaps/webhook); the secret travels in
        // the webhook URL registered at createInstance (?secret=...), anything without it is answered 401.
        from("vzaps:webhook?webhookSecret={{demo.webhook-secret}}&events={{demo.events}}").routeId("webhook")
                .log(LoggingLevel.DEBUG, "org.camelvzaps.examples.webhook",
                        "${header.CamelVZapsEventType} event for instance ${header.CamelVZapsInstanceId}")
                .bean("eventInbox", "record");

        // body: the text; headers CamelVZapsInstanceId and CamelVZapsPhone; answers a SendResult (message id)
        from("direct:sendText").routeId("send-text")
                .to("vzaps:sendText");
    }
}
