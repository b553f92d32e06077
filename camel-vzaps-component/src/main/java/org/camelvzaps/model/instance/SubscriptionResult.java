package org.camelvzaps.model.instance;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST /instances/{id}/subscribe} ({@code BillingHostedSession}). In {@code checkout} mode a
 * person must open {@link #url()} to pay before the instance is billed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubscriptionResult(
        @JsonProperty("url") String url,
        @JsonProperty("sessionId") @JsonAlias("session_id") String sessionId,
        @JsonProperty("mode") String mode,
        @JsonProperty("subscriptionId") @JsonAlias("subscription_id") String subscriptionId) {

    public static final String MODE_DIRECT = "direct";
    public static final String MODE_CHECKOUT = "checkout";

    /** True when a person must complete the hosted checkout at {@link #url()}. */
    @JsonIgnore
    public boolean isCheckout() {
        return MODE_CHECKOUT.equalsIgnoreCase(mode);
    }
}
