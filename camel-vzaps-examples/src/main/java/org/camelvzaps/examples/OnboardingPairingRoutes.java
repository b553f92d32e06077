package org.camelvzaps.examples;

import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.component.VZapsConstants;

/**
 * Pairs the demo's instance with the component's pairing consumer, which polls the instance and emits each new QR
 * code once (saved as {@code qr.png}: a QR code converts to PNG bytes), then one {@code Connected} exchange with the
 * session status, and stops polling. Everything goes to {@code seda:pairing}, where the demo takes it: it prints each
 * QR code as terminal art and ends the pairing step on {@code Connected}.
 * <p>
 * The consumer's {@code timeout} is the bound of the wait for a person to scan (30 s against the sandbox, 3 minutes
 * against the real API). With {@code bridgeErrorHandler=true} its timeout, and an API error while polling, go
 * through this route's error handler too, so they reach the demo and fail the step with the consumer's message.
 * Added once the instance exists, since the URI names it ({@code vzaps.instance}).
 */
public class OnboardingPairingRoutes extends RouteBuilder {

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .to("seda:pairing");

        from("vzaps:pairing?instanceId={{vzaps.instance}}&initialDelay=0&delay={{demo.pairing-delay-ms}}"
             + "&timeout={{demo.pairing-timeout-ms}}&bridgeErrorHandler=true")
                .routeId("pairing")
                .filter(header(VZapsConstants.EVENT_TYPE).isEqualTo("QrCode"))
                    .to("file:{{demo.work-dir}}?fileName=qr.png")
                .end()
                .to("seda:pairing");
    }
}
