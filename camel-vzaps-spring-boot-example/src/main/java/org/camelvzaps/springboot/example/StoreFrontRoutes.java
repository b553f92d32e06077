package org.camelvzaps.springboot.example;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

@Component
public class StoreFrontRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // 1. Onboard at start: the instance of vzaps.instance, else a new one that posts its events to this app.
        from("timer:onboard?repeatCount=1").routeId("onboard")
            .setVariable("global:instance", simple("{{vzaps.instance}}"))   // kept for the other routes
            .filter(simple("${variable.global:instance} == ''"))
                .setBody(simple("""
                    {"name": "Store front", "webhook": "{{vzaps.webhook-url}}",
                     "events_subscribe": ["Message", "ReadReceipt", "Connected"]}"""))
                .to("vzaps:createInstance")                 // header CamelVZapsInstanceId: the new id
                .to("vzaps:subscribe")                      // starts its billing (the card on file)
                .setVariable("global:instance", header("CamelVZapsInstanceId"))
                .log("Created instance ${variable.global:instance}: set vzaps.instance to it to keep it")
            .end()
            .setHeader("CamelVZapsInstanceId", variable("global:instance"))
            .to("vzaps:getQr")                              // QrCode, or QrAlreadyConnected once paired
            .choice()
                .when(simple("${body.connected}"))
                    .log("Instance ${header.CamelVZapsInstanceId} is connected")
                .otherwise()
                    .to("file:{{vzaps.files}}?fileName=qr.png")   // a type converter makes the QR code a PNG
                    .log("Scan {{vzaps.files}}/qr.png with WhatsApp (Linked devices) to pair ${header.CamelVZapsInstanceId}");

        // 2. Send: curl -d 'Your order has shipped' 'http://localhost:8080/send?phone=5511999999999'
        from("platform-http:/send?httpMethodRestrict=POST").routeId("send")
            .setHeader("CamelVZapsInstanceId", variable("global:instance"))
            .setHeader("CamelVZapsPhone", header("phone"))  // digits, country code first
            .convertBodyTo(String.class)                    // a String body is the text
            .to("vzaps:sendText")
            .setBody(simple("${body.messageId}"));          // the answer to the caller

        // 3. Receive: answered 200 only after this route succeeded, 500 if it failed (VZaps then retries).
        from("vzaps:webhook?webhookSecret={{vzaps.webhook-secret}}&events=Message,ReadReceipt,Connected")
            .routeId("events")
            .choice()
                .when(header("CamelVZapsEventType").isEqualTo("Connected"))
                    .log("Paired with ${body.asConnection().jid()}")
                .when(header("CamelVZapsEventType").isEqualTo("ReadReceipt"))
                    .log("${body.asReadReceipt().messageIds()} ${body.asReadReceipt().state()}")
                .when(simple("${body.asMessage().fromMe()}"))     // what this app sent: nothing to do
                    .log("Sent ${body.asMessage().id()}")
                .when(simple("${body.mediaKind} == 'image'"))     // save the pictures people send
                    .setHeader("CamelFileName",                   // image/png -> <message id>.png
                            simple("${body.asMessage().id()}.${body.asMessage().mimetype().substring(6)}"))
                    .to("vzaps:downloadImage")
                    .to("file:{{vzaps.files}}/inbox")
                .otherwise()
                    .log("${body.asMessage().pushName()}: ${body.asMessage().text()}");
    }
}
