package org.camelvzaps.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * The instance steps of the onboarding, one small route each. The driver ({@link OnboardingDemo}) calls them in
 * order with the {@code CamelVZapsInstanceId} header of the instance it created; everything else (credentials, base
 * URL) is component configuration ({@code camel.component.vzaps.*}). Pairing is a consumer of its own,
 * {@link OnboardingPairingRoutes}, added once the instance exists.
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
    }
}
