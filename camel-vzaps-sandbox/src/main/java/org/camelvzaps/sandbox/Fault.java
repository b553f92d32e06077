package org.camelvzaps.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A simulated failure of an API call: rate limit (429 + Retry-After), server error (5xx) or a slow answer.
 * Install with {@link Faults#nextCalls(int, Fault)} or {@link Faults#share(double, Fault)}.
 */
public final class Fault {

    /** What kind of failure. */
    public enum Kind { RATE_LIMIT, SERVER_ERROR, SLOW }

    private final Kind kind;
    private final int status;
    private final Duration duration;

    private Fault(Kind kind, int status, Duration duration) {
        this.kind = kind;
        this.status = status;
        this.duration = duration;
    }

    /** 429 with {@code Retry-After: <seconds, rounded up>} and body {code:429, success:false, message:"slow down", error_code:"rate_limit"}. */
    public static Fault rateLimited(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        return new Fault(Kind.RATE_LIMIT, 429, retryAfter);
    }

    /** The given 5xx status with the error body; the call has no effect. */
    public static Fault serverError(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("server error status must be 5xx: " + status);
        }
        return new Fault(Kind.SERVER_ERROR, status, Duration.ZERO);
    }

    /** The call is served normally, but the answer is held back for the given delay. */
    public static Fault slow(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        return new Fault(Kind.SLOW, 0, delay);
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status for RATE_LIMIT (429) and SERVER_ERROR; 0 for SLOW. */
    public int status() {
        return status;
    }

    /** Retry-After for RATE_LIMIT, delay for SLOW, zero otherwise. */
    public Duration duration() {
        return duration;
    }

    long retryAfterSeconds() {
        return Math.max(0, (duration.toMillis() + 999) / 1000);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case RATE_LIMIT -> "rate_limit(retry_after=" + retryAfterSeconds() + "s)";
            case SERVER_ERROR -> "server_error(" + status + ")";
            case SLOW -> "slow(" + duration.toMillis() + "ms)";
        };
    }
}
