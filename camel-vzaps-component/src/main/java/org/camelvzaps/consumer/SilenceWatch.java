package org.camelvzaps.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.model.session.SessionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Silence detection ({@code silenceTimeout}) for the webhook and realtime health checks: an instance from which no
 * event arrived for {@code silenceTimeout} while its session reports connected is a zombie session. The session is
 * asked with {@code getStatus} only once an instance has been quiet that long, and at most once per
 * {@code silenceTimeout} per instance; a failing {@code getStatus} counts as not silent (the other checks report
 * a broken API).
 */
public final class SilenceWatch {

    private static final Logger LOG = LoggerFactory.getLogger(SilenceWatch.class);

    private record Checked(Instant at, boolean connected) {
    }

    private final long timeoutMillis;
    private final Supplier<VZapsClient> client;
    private final String instanceToken;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    public SilenceWatch(long timeoutMillis, Supplier<VZapsClient> client, String instanceToken) {
        this.timeoutMillis = timeoutMillis;
        this.client = client;
        this.instanceToken = instanceToken;
    }

    public boolean isEnabled() {
        return timeoutMillis > 0;
    }

    /**
     * {@code "silent since <time>"} when {@code instanceId} sent nothing since {@code lastEvent} for longer than
     * {@code silenceTimeout} and its session is connected; null otherwise.
     */
    public String silentSince(String instanceId, Instant lastEvent) {
        if (!isEnabled() || instanceId == null || lastEvent == null) {
            return null;
        }
        Instant now = Instant.now();
        if (Duration.between(lastEvent, now).toMillis() < timeoutMillis) {
            return null;
        }
        Checked last = checked.get(instanceId);
        if (last == null || Duration.between(last.at(), now).toMillis() >= timeoutMillis) {
            last = new Checked(now, connected(instanceId));
            checked.put(instanceId, last);
        }
        return last.connected() ? "silent since " + lastEvent : null;
    }

    private boolean connected(String instanceId) {
        try {
            Object status = client.get().call(new VZapsCall(VZapsOperation.getStatus,
                    Map.of(Param.instanceId, instanceId), instanceToken, null)).body();
            return status instanceof SessionStatus session && session.connected();
        } catch (RuntimeException e) {
            LOG.debug("VZaps silence check: getStatus of instance {} failed: {}", instanceId, e.getMessage());
            return false;
        }
    }
}
