package org.camelvzaps.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Caches the JWT until {@code expires_in} minus a skew. Concurrent callers that find no valid token share one
 * refresh (single flight): the first takes the lock and fetches, the others wait and reuse its result. A 401 forces a
 * refresh at most once per {@link #FORCED_REFRESH_WINDOW}: when the platform keeps refusing (a revoked instance, a
 * token it rejects for another reason), a storm of 401s costs one {@code POST /token}, not one per call.
 */
final class TokenManager {

    /** A fetched token and the seconds it lives. */
    record IssuedToken(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "IssuedToken[expiresIn=" + expiresInSeconds + "s]";
        }
    }

    private record CachedToken(String value, Instant refreshAt, Instant expiresAt) {
    }

    private final Supplier<IssuedToken> fetcher;
    private final Clock clock;
    private final Duration skew;
    static final Duration FORCED_REFRESH_WINDOW = Duration.ofSeconds(30);

    private final ReentrantLock lock = new ReentrantLock();
    private volatile CachedToken current;
    private Instant lastForcedRefresh;
    /** The one fetch under way, shared by every caller that finds no fresh token (guarded by the lock). */
    private CompletableFuture<String> inFlight;

    TokenManager(Supplier<IssuedToken> fetcher, Clock clock, Duration skew) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.skew = skew;
    }

    String token() {
        CachedToken cached = current;
        if (isFresh(cached)) {
            return cached.value();
        }
        CompletableFuture<String> fetch;
        boolean mine = false;
        lock.lock();
        try {
            cached = current;
            if (isFresh(cached)) {
                return cached.value();
            }
            if (inFlight == null) {
                inFlight = new CompletableFuture<>();
                mine = true;
            }
            fetch = inFlight;
        } finally {
            lock.unlock();
        }
        if (mine) {
            fetchFor(fetch);
        }
        try {
            return fetch.join();
        } catch (CompletionException e) {
            // every caller that waited for this fetch gets its failure, instead of fetching again one after another
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private void fetchFor(CompletableFuture<String> fetch) {
        try {
            IssuedToken issued = fetcher.get();
            lock.lock();
            try {
                Instant now = clock.instant();
                current = new CachedToken(issued.value(), now.plus(lifetimeToTrust(issued.expiresInSeconds())),
                        now.plusSeconds(issued.expiresInSeconds()));
                inFlight = null;
            } finally {
                lock.unlock();
            }
            fetch.complete(issued.value());
        } catch (RuntimeException e) {
            lock.lock();
            try {
                inFlight = null;
            } finally {
                lock.unlock();
            }
            fetch.completeExceptionally(e);
        }
    }

    /** When the cached token expires, or null without one; for consoles (the token itself is never shown). */
    Instant expiresAt() {
        CachedToken cached = current;
        return cached == null ? null : cached.expiresAt();
    }

    /** The cached token, or null; used only to scrub it from error texts. */
    String currentValue() {
        CachedToken cached = current;
        return cached == null ? null : cached.value();
    }

    /**
     * Drops the cached token if it is still the one the caller saw rejected (a newer one is kept), unless a 401 already
     * forced a refresh within the window; the caller then retries once with the current token.
     */
    void invalidate(String rejected) {
        lock.lock();
        try {
            CachedToken cached = current;
            Instant now = clock.instant();
            boolean recentlyForced = lastForcedRefresh != null && now.isBefore(lastForcedRefresh.plus(FORCED_REFRESH_WINDOW));
            if (cached != null && cached.value().equals(rejected) && !recentlyForced) {
                current = null;
                lastForcedRefresh = now;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Refresh {@code skew} early; for tokens shorter-lived than twice the skew, at half their life. */
    private Duration lifetimeToTrust(long expiresInSeconds) {
        Duration lifetime = Duration.ofSeconds(expiresInSeconds);
        Duration early = lifetime.minus(skew);
        Duration half = lifetime.dividedBy(2);
        return early.compareTo(half) > 0 ? early : half;
    }

    private boolean isFresh(CachedToken cached) {
        return cached != null && clock.instant().isBefore(cached.refreshAt());
    }
}
