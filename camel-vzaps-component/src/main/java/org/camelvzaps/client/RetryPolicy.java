package org.camelvzaps.client;

import java.time.Duration;

/**
 * When a failed call is tried again ({@code maxRetries}, {@code retryDelay}, {@code maxRetryDelay}): a 429 waits for
 * its {@code Retry-After} (capped) and is retried for any operation, since the platform did not act on it; a 502, 503,
 * 504 or a broken connection is retried with exponential back-off and jitter only for idempotent operations, never
 * for a send, which could then deliver a message twice. Nothing else is retried.
 */
public record RetryPolicy(int maxRetries, Duration delay, Duration maxDelay) {

    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(30));

    public RetryPolicy {
        maxRetries = Math.max(0, maxRetries);
        delay = delay == null || delay.isNegative() ? Duration.ZERO : delay;
        maxDelay = maxDelay == null || maxDelay.compareTo(delay) < 0 ? delay : maxDelay;
    }

    /** How long to wait before attempt {@code failedAttempt + 1}, or null to give up with {@code failure}. */
    Duration waitAfter(int failedAttempt, VZapsException failure, boolean idempotent) {
        if (failedAttempt > maxRetries) {
            return null;
        }
        if (failure instanceof VZapsRateLimitException limited) {
            Duration asked = limited.getRetryAfter();
            return asked == null ? backoff(failedAttempt) : min(asked, maxDelay);
        }
        boolean transientFailure = failure instanceof VZapsTransportException
                || failure instanceof VZapsApiException api && (api.getStatusCode() == 502 || api.getStatusCode() == 503
                                                                || api.getStatusCode() == 504);
        return transientFailure && idempotent ? backoff(failedAttempt) : null;
    }

    private Duration backoff(int failedAttempt) {
        return Duration.ofMillis(Backoff.jitteredMillis(delay.toMillis(), maxDelay.toMillis(), failedAttempt - 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
