package org.camelvzaps.examples;

import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.model.session.QrCode;

/**
 * The instance and session steps of the onboarding, one small route each. The driver ({@link OnboardingDemo})
 * calls them in order with the {@code CamelVZapsInstanceId} header of the instance it created; everything else
 * (credentials, base URL) is component configuration ({@code camel.component.vzaps.*}).
 */
public class OnboardingRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // no error handler: a failed call goes straight back to the caller, which prints it on its step line
        errorHandler(noErrorHandler());

        // body: the name (String) or a CreateInstanceRequest; answers the Instance and sets CamelVZapsInstanceId
        from("direct:createInstance").routeId("create-instance")
                .to("vzaps:createInstance");

        // answers a SubscriptionResult (mode direct, or checkout with the URL a person must open)
        from("direct:subscribe").routeId("subscribe")
                .to("vzaps:subscribe");

        // starts the connection flow; falls back to getQr where the platform has no connect route
        from("direct:connect").routeId("connect")
                .to("vzaps:connect");

        // answers a QrCode or QrAlreadyConnected; a QR code converts to PNG bytes, so the file endpoint saves it
        from("direct:getQr").routeId("get-qr")
                .to("vzaps:getQr")
                .filter(body().isInstanceOf(QrCode.class))
                    .to("file:{{demo.work-dir}}?fileName=qr.png")
                .end();

        // answers a SessionStatus
        from("direct:getStatus").routeId("get-status")
                .to("vzaps:getStatus");
    }
}
