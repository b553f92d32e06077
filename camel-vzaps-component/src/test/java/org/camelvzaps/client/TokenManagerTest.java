package org.camelvzaps.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Expiry is decided by a clock, so it is tested by moving a clock, not by waiting.
 */
class TokenManagerTest {

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger fetches = new AtomicInteger();

    private TokenManager manager(long expiresIn) {
        return new TokenManager(() -> new TokenManager.IssuedToken("jwt-" + fetches.incrementAndGet(), expiresIn),
                clock, Duration.ofSeconds(60));
    }

    @Test
    void cachedUntilExpiresInMinusSkew() {
        TokenManager tokens = manager(3600);
        assertEquals("jwt-1", tokens.token());
        clock.advance(Duration.ofSeconds(3539));
        assertEquals("jwt-1", tokens.token());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("jwt-2", tokens.token());
        assertEquals(2, fetches.get());
    }

    @Test
    void shortLivedTokensAreRefreshedAtHalfTheirLife() {
        TokenManager tokens = manager(30);
        assertEquals("jwt-1", tokens.token());
        clock.advance(Duration.ofSeconds(14));
        assertEquals("jwt-1", tokens.token());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("jwt-2", tokens.token());
    }

    @Test
    void invalidateDropsOnlyTheRejectedToken() {
        TokenManager tokens = manager(3600);
        String first = tokens.token();
        tokens.invalidate(first);
        String second = tokens.token();
        tokens.invalidate(first); // a late 401 for the old token must not throw away the new one
        assertEquals(second, tokens.token());
        assertEquals(2, fetches.get());
    }

    @Test
    void aFailingFetchIsSharedByEveryWaiterInsteadOfRepeatedPerCaller() throws Exception {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        TokenManager tokens = new TokenManager(() -> {
            calls.incrementAndGet();
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new VZapsTransportException("token service down", null);
        }, Clock.systemUTC(), java.time.Duration.ofSeconds(60));
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.List<java.util.concurrent.Future<String>> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            waiting.add(callers.submit(tokens::token));
        }
        org.awaitility.Awaitility.await().until(() -> calls.get() == 1);
        Thread.sleep(100); // let the other callers queue behind the fetch in flight
        release.countDown();

        for (java.util.concurrent.Future<String> caller : waiting) {
            java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> caller.get(10, java.util.concurrent.TimeUnit.SECONDS));
            org.junit.jupiter.api.Assertions.assertInstanceOf(VZapsTransportException.class, e.getCause());
        }
        callers.shutdown();
        org.junit.jupiter.api.Assertions.assertTrue(calls.get() <= 2, "one fetch for the whole herd, got " + calls.get());
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
