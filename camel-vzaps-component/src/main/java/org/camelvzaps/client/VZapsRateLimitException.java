package org.camelvzaps.client;

import java.time.Duration;

/**
 * 429: too many requests. {@link #getRetryAfter()} is the wait the API asked for, when it sent {@code Retry-After}.
 */
public class VZapsRateLimitException extends VZapsApiException {

    private final Duration retryAfter;

    public VZapsRateLimitException(String message, String apiCode, String apiMessage, String requestId,
                                   String responseBody, Duration retryAfter) {
        super(message, 429, apiCode, apiMessage, requestId, responseBody);
        this.retryAfter = retryAfter;
    }

    /** The {@code Retry-After} the API sent, or null. */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
