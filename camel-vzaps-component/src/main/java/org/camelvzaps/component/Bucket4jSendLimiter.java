package org.camelvzaps.component;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;

/**
 * A {@link VZapsSendLimiter} on <a href="https://bucket4j.com/">Bucket4j</a>: each instance's turn is a one-token
 * bucket (key {@code vzaps-send:<instanceId>}) in a Bucket4j {@link ProxyManager} every replica shares, e.g. on
 * PostgreSQL:
 *
 * <pre>{@code
 * new Bucket4jSendLimiter(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
 *         .primaryKeyMapper(PrimaryKeyMapper.STRING).build())
 * }</pre>
 *
 * Taking the turn takes the token; giving it back adds it again. The token also comes back by itself {@code lease}
 * after it was taken (Bucket4j's refill), so a replica that dies holding it stops the instance for that long at most.
 * Bucket4j is an optional dependency of the component: this class is loaded only when an application uses it.
 */
public final class Bucket4jSendLimiter implements VZapsSendLimiter {

    /** How long a turn is held at most when the replica holding it never gives it back. */
    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
    /** How often a replica waiting for the turn asks again. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(25);

    private final ProxyManager<String> buckets;
    private final BucketConfiguration turn;
    private final long pollMillis;

    public Bucket4jSendLimiter(ProxyManager<String> buckets) {
        this(buckets, DEFAULT_LEASE, DEFAULT_POLL_INTERVAL);
    }

    public Bucket4jSendLimiter(ProxyManager<String> buckets, Duration lease, Duration pollInterval) {
        if (buckets == null) {
            throw new IllegalArgumentException("Bucket4jSendLimiter needs a Bucket4j ProxyManager<String> shared by the replicas");
        }
        if (lease == null || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("Bucket4jSendLimiter: lease must be a positive duration");
        }
        this.buckets = buckets;
        this.turn = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, lease))
                .build();
        this.pollMillis = Math.max(1, pollInterval == null ? DEFAULT_POLL_INTERVAL.toMillis() : pollInterval.toMillis());
    }

    @Override
    public long tryAcquire(String instanceId) {
        ConsumptionProbe probe = bucket(instanceId).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        long untilLeaseEnds = Math.max(1, probe.getNanosToWaitForRefill() / 1_000_000);
        return Math.min(pollMillis, untilLeaseEnds);
    }

    @Override
    public void release(String instanceId) {
        bucket(instanceId).addTokens(1);
    }

    private BucketProxy bucket(String instanceId) {
        return buckets.builder().build("vzaps-send:" + instanceId, () -> turn);
    }
}
