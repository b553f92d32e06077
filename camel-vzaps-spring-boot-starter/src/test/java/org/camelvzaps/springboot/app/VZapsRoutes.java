package org.camelvzaps.springboot.app;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** docs/spring-boot.md, "Receiving events": the webhook consumer, served by Tomcat on server.port. */
@Component
public class VZapsRoutes extends RouteBuilder {

    private final EventInbox inbox;

    public VZapsRoutes(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void configure() {
        // POST http://<host>:<server.port>/vzaps/webhook?secret=<camel.component.vzaps.webhook-secret>
        from("vzaps:webhook?events=Message").routeId("vzaps-webhook")
                .log("${header.CamelVZapsEventType} event from ${header.CamelVZapsInstanceId}")
                .process(inbox);
    }
}
