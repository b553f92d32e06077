package org.camelvzaps.examples;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * The realtime and send routes in the Java DSL, used with {@code --events realtime}; {@code routes/realtime.yaml} is
 * the same in the YAML DSL ({@code --events realtime --yaml}). Added once the instance exists, since the realtime
 * route names it ({@code vzaps.instance}).
 */
public class RealtimeRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // no error handler: a failed event is not acked, so VZaps sends it again on the next connection
        errorHandler(noErrorHandler());

        // this app opens a WebSocket to VZaps (camel.component.vzaps.realtime-url) and reads the instance's events in
        // order, each acked once the route finished: nothing listens here, so no public URL is needed
        from("vzaps:realtime?instanceId={{vzaps.instance}}&events={{demo.events}}").routeId("realtime")
                .log(LoggingLevel.DEBUG, "org.camelvzaps.examples.realtime",
                        "${header.CamelVZapsEventType} event ${header.CamelVZapsEventId} for instance ${header.CamelVZapsInstanceId}")
                .bean("eventInbox", "record");

        // body: the text; headers CamelVZapsInstanceId and CamelVZapsPhone; answers a SendResult (message id)
        from("direct:sendText").routeId("send-text")
                .to("vzaps:sendText");
    }
}
