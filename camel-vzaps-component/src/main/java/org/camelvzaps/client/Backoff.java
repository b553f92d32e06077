package org.camelvzaps.client;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Capped exponential back-off with jitter, for retries and reconnects: {@code min(max, base × 2^n)}, of which a
 * random half is waited, so many clients that failed together do not come back in step.
 */
public final class Backoff {

    private Backoff() {
    }

    /** The wait in milliseconds before try {@code n + 1} ({@code n} from 0); at least 1 when base is positive. */
    public static long jitteredMillis(long baseMillis, long maxMillis, int n) {
        long base = Math.max(0, baseMillis);
        long capped = Math.min(Math.max(base, maxMillis), base << Math.min(Math.max(n, 0), 20));
        return capped == 0 ? 0 : Math.max(1, capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }
}
