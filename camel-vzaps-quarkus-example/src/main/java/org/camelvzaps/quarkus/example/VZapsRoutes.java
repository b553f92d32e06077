package org.camelvzaps.quarkus.example;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.model.event.VZapsEvent;

/**
 * The routes of the example. Camel Quarkus finds this bean and adds its routes; the {@code vzaps} component is
 * configured by {@code camel.component.vzaps.*} in {@code application.properties}.
 */
@ApplicationScoped
public class VZapsRoutes extends RouteBuilder {

    @Inject
    EventInbox inbox;

    @Override
    public void configure() {
        // producer: the body is the text, CamelVZapsInstanceId and CamelVZapsPhone say where it goes
        from("direct:sendText").routeId("send-text")
                .to("vzaps:sendText");

        // consumer: VZaps' callbacks on the Quarkus HTTP port (quarkus.http.port), path /vzaps/webhook;
        // VZaps gets 200 only after this route succeeded
        from("vzaps:webhook?webhookSecret={{vzaps.webhook-secret}}&events=Message").routeId("webhook")
                .log("${header.CamelVZapsEventType} for ${header.CamelVZapsInstanceId}")
                .process(exchange -> inbox.add(exchange.getMessage().getBody(VZapsEvent.class)));
    }
}
