package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import static org.camelvzaps.sandbox.Route.Auth.JWT;
import static org.camelvzaps.sandbox.Route.Auth.NONE;

/** Billing: subscribe (direct / checkout with the sandbox's hosted checkout page), cancel, resume. */
final class BillingHandlers implements SandboxArea {

    private final Settings settings;
    private final Clock clock;
    private final Store store;
    private final Supplier<String> baseUrl;

    BillingHandlers(Settings settings, Clock clock, Store store, Supplier<String> baseUrl) {
        this.settings = settings;
        this.clock = clock;
        this.store = store;
        this.baseUrl = baseUrl;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("POST", "/instances/{id}/subscribe", JWT, this::subscribe);
        routes.add("POST", "/instances/{id}/resume-subscription", JWT, this::resume);
        routes.add("PUT", "/instances/{id}/cancel", JWT, this::cancel);
        routes.add("DELETE", "/instances/{id}/cancel", JWT, this::cancel);
        routes.add("GET", "/__sandbox/checkout/{sessionId}", NONE, this::checkoutPage);
    }

    /** direct: charged to the card on file, ACTIVE at once; no card: checkout session to complete first. */
    ApiResponse subscribe(ApiRequest req) {
        Instance instance = req.instance;
        String sessionId = "cs_" + Ids.hex(24);
        ObjectNode result = Json.object();
        if (settings.cardOnFile || "ACTIVE".equals(instance.billingStatus())) {
            instance.activate(clock.instant());
            result.put("url", "https://app.vzaps.com/instances/" + instance.id);
            result.put("sessionId", sessionId);
            result.put("mode", "direct");
            result.put("subscriptionId", "sub_" + Ids.hex(24));
        } else {
            instance.startCheckout(sessionId, clock.instant());
            result.put("url", baseUrl.get() + "/__sandbox/checkout/" + sessionId);
            result.put("sessionId", sessionId);
            result.put("mode", "checkout");
            result.putNull("subscriptionId");
        }
        return ApiResponse.ok(result);
    }

    /** billing_status CANCELED; cancel_at the end of the (simulated 30-day) period. */
    ApiResponse cancel(ApiRequest req) {
        req.instance.cancel(clock.instant().plus(Duration.ofDays(30)), clock.instant());
        return ApiResponse.ok(Json.object().put("message", "Instance canceled successfully"));
    }

    /** billing_status ACTIVE again, cancel_at cleared. */
    ApiResponse resume(ApiRequest req) {
        req.instance.resume(clock.instant());
        return ApiResponse.ok(Json.statusOk());
    }

    /** The hosted checkout page of the sandbox: a GET on it pays. */
    ApiResponse checkoutPage(ApiRequest req) {
        String sessionId = req.param("sessionId");
        Instance instance = store.all().stream().filter(i -> sessionId.equals(i.pendingCheckout())).findFirst()
                .orElseThrow(() -> new ApiException(404, "no open checkout session " + sessionId));
        completeCheckout(instance);
        return ApiResponse.html("<html><body><h1>VZaps sandbox checkout</h1><p>Payment completed for instance "
                + instance.id + ". Subscription is ACTIVE.</p></body></html>");
    }

    /** Completes the pending checkout (or simply activates billing when none is pending). */
    void completeCheckout(Instance instance) {
        instance.activate(clock.instant());
    }
}
