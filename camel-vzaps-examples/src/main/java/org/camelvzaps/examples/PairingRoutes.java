package org.camelvzaps.examples;

import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.component.VZapsConstants;

/**
 * Pairs the instance with the component's pairing consumer: it polls the instance and emits each new QR code
 * (saved as {@code qr.png}: a QR code converts to PNG bytes), then one {@code Connected} exchange with the session
 * status, and stops polling. Both go to {@code seda:pairing}, where the example waits for them. Added once the
 * instance exists, since the URI names it ({@code vzaps.instance}).
 */
public class PairingRoutes extends RouteBuilder {

    @Override
    public void configure() {
        errorHandler(noErrorHandler());

        from("vzaps:pairing?instanceId={{vzaps.instance}}&delay=200&timeout={{example.pairing-timeout-ms}}")
                .routeId("pairing")
                .filter(header(VZapsConstants.EVENT_TYPE).isEqualTo("QrCode"))
                    .to("file:{{example.work-dir}}?fileName=qr.png")
                .end()
                .to("seda:pairing");
    }
}
