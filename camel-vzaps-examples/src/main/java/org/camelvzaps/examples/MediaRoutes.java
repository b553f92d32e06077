package org.camelvzaps.examples;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The file and webhook routes of the message-kinds example in the Java DSL; {@code routes/media.yaml} is the same in
 * the YAML DSL (run the example with {@code --yaml}). Added once the instance exists: the outbox routes name it in
 * their URI ({@code vzaps.instance}), as an application that serves one WhatsApp number would in its properties.
 */
public class MediaRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // a failed exchange is not retried: the file goes to .failed and the example reports the error
        errorHandler(noErrorHandler());

        // drop a picture into outbox/image and it is sent: the file body becomes a base64 data URL with its MIME
        // type (from the name, else the content); the file moves to .sent once VZaps accepted it
        from("file:{{example.outbox}}/image?move=.sent&moveFailed=.failed&delay=100").routeId("outbox-image")
                .to("vzaps:sendImage?instanceId={{vzaps.instance}}&phone={{example.phone}}");

        // the same for documents; file_name is the file's name (CamelFileName)
        from("file:{{example.outbox}}/document?move=.sent&moveFailed=.failed&delay=100").routeId("outbox-document")
                .to("vzaps:sendDocument?instanceId={{vzaps.instance}}&phone={{example.phone}}");

        // VZaps POSTs events here (Camel Main's HTTP server, /vzaps/webhook); the answer waits for this route, so a
        // failed download is answered 500 and VZaps logs a failed delivery that can be retried
        from("vzaps:webhook?webhookSecret={{vzaps.webhook-secret}}&events=Connected,Message").routeId("webhook")
                .bean("eventInbox", "record")
                .filter(simple("${body.mediaKind} == 'image' && ${body.asMessage().fromMe()} == false"))
                    .to("direct:downloadImage")
                .end();

        // an image a contact sent: the Message event is the body downloadImage takes (it sends its image node);
        // the answer converts to the image's bytes, so file: writes the picture
        from("direct:downloadImage").routeId("download-image")
                .setHeader(Exchange.FILE_NAME, simple("${body.asMessage().id()}.jpg"))
                .to("vzaps:downloadImage")
                .to("file:{{example.inbox}}");
    }
}
