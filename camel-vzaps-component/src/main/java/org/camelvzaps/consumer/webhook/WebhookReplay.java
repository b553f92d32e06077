package org.camelvzaps.consumer.webhook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.camel.spi.StateRepository;
import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.model.webhook.SearchWebhookLogsRequest;
import org.camelvzaps.model.webhook.WebhookLog;
import org.camelvzaps.model.webhook.WebhookLogPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code replayFailedDeliveries=true}: after the route started, asks VZaps to deliver again what its delivery logs show
 * as failed since the last replay, oldest first, so events sent while the application was down reach the route the
 * normal way. It runs in the background (the route serves callbacks meanwhile) and is bounded: at most
 * {@code replayLimit} deliveries, each log id retried at most once, no longer than {@code replayTimeout}, and it stops
 * after {@code replayMaxFailures} retries in a row were refused, timed out or failed again.
 * <p>
 * The cursor (creation time and id of the newest delivery replayed, key {@code webhook-replay:<instanceId>}) lives in
 * the state repository; it only moves past deliveries whose retry was accepted, so a failed retry (refused, timed out,
 * or not asked for before a stop) is tried again on the next start.
 */
final class WebhookReplay implements Runnable {

    static final int PAGE_SIZE = 100;
    /** Bounds a start's search: 100 pages of 100 failed deliveries. */
    static final int MAX_PAGES = 100;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookReplay.class);

    private final VZapsClient client;
    private final VZapsConfiguration config;
    private final StateRepository<String, String> cursors;
    private volatile boolean stopped;
    private long deadline;

    WebhookReplay(VZapsClient client, VZapsConfiguration config, StateRepository<String, String> cursors) {
        this.client = client;
        this.config = config;
        this.cursors = cursors;
    }

    static String cursorKey(String instanceId) {
        return "webhook-replay:" + instanceId;
    }

    /** Asks the replay to end after the call under way; the cursor is not moved after this. */
    void stop() {
        stopped = true;
    }

    /** Where the outcome of the run is reported (health and console); null: nowhere. */
    private volatile WebhookActivity activity;

    void reportTo(WebhookActivity activity) {
        this.activity = activity;
    }

    /** Replays; API trouble is logged, never thrown. */
    @Override
    public void run() {
        deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.getReplayTimeout());
        try {
            replay();
        } catch (RuntimeException e) {
            LOG.warn("The replay of failed VZaps webhook deliveries of instance {} failed: {}", config.getInstanceId(),
                    e.toString());
        }
    }

    private void replay() {
        String key = cursorKey(config.getInstanceId());
        Cursor since = Cursor.parse(cursors.getState(key));
        List<Cursor> failed;
        try {
            failed = failedSince(since);
        } catch (VZapsException e) {
            LOG.warn("Could not search the failed VZaps webhook deliveries of instance {}: {}; nothing replayed, the "
                     + "next start tries again", config.getInstanceId(), e.getMessage());
            return;
        }
        if (failed == null) {
            LOG.warn("The search of the failed VZaps webhook deliveries of instance {} did not finish ({}); nothing "
                     + "replayed, the next start tries again", config.getInstanceId(), whyEnded());
            return;
        }
        int replayed = 0;
        int refused = 0;
        int inARow = 0;
        String ended = null;
        for (Cursor delivery : failed) {
            if (stopped || System.nanoTime() - deadline > 0) {
                ended = whyEnded();
                break;
            }
            if (redelivered(delivery.id())) {
                replayed++;
                inARow = 0;
                if (refused == 0 && !stopped) {
                    cursors.setState(key, delivery.toString());
                }
            } else {
                // refused, timed out, or delivered and failed again: the cursor stays before it, the next start
                // tries again
                refused++;
                if (++inARow >= config.getReplayMaxFailures()) {
                    ended = inARow + " retries in a row failed (replayMaxFailures)";
                    break;
                }
            }
        }
        int left = failed.size() - replayed - refused;
        if (activity != null) {
            activity.replayed(replayed, refused);
        }
        LOG.info("Replayed {} failed VZaps webhook deliveries of instance {}{}{}{}", replayed, config.getInstanceId(),
                since == null ? "" : " since " + since.created(),
                refused == 0 ? "" : " (" + refused + " were refused, timed out or failed again)",
                ended == null ? "" : "; stopped early, " + ended + ", with " + left + " not asked for");
        if (refused > 0 || left > 0) {
            LOG.info("The failed VZaps webhook deliveries of instance {} not replayed are asked for again on the next "
                     + "start", config.getInstanceId());
        }
    }

    private String whyEnded() {
        return stopped ? "the route stopped" : "replayTimeout of " + config.getReplayTimeout() + " ms passed";
    }

    /**
     * Asks VZaps to deliver the log again: true when it accepted and the answer does not show the new attempt failed
     * (the route may still be failing: then the delivery must stay ahead of the cursor). A retry that timed out is
     * false, though VZaps may have performed it.
     */
    private boolean redelivered(String logId) {
        try {
            Object answer = client.call(new VZapsCall(VZapsOperation.retryWebhookLog,
                    Map.of(Param.instanceId, config.getInstanceId(), Param.logId, logId), config.getInstanceToken(),
                    null)).body();
            return !(answer instanceof WebhookLog after && after.isFailed());
        } catch (RuntimeException e) {
            LOG.debug("VZaps did not retry webhook delivery {}: {}", logId, e.getMessage());
            return false;
        }
    }

    /**
     * Failed deliveries after the cursor, oldest first, at most replayLimit, each log id once; null when the search
     * was cut short by a stop or replayTimeout. Every page is read before choosing, keeping only the time and id of
     * the oldest replayLimit; paging ends at the last page, or at a page that brings no log not seen before (an API
     * that ignores {@code page}).
     */
    private List<Cursor> failedSince(Cursor since) {
        OldestDeliveries oldest = new OldestDeliveries(config.getReplayLimit());
        Set<String> previousPage = Set.of();
        for (int page = 1; page <= MAX_PAGES; page++) {
            if (stopped || System.nanoTime() - deadline > 0) {
                return null;
            }
            WebhookLogPage result = (WebhookLogPage) client.call(new VZapsCall(VZapsOperation.searchWebhookLogs,
                    Map.of(Param.instanceId, config.getInstanceId()), config.getInstanceToken(),
                    SearchWebhookLogsRequest.failed().withPage(page).withSize(PAGE_SIZE))).body();
            if (result == null || result.content().isEmpty()) {
                break;
            }
            Set<String> thisPage = new HashSet<>();
            boolean somethingNew = false;
            for (WebhookLog log : result.content()) {
                if (log.id() == null) {
                    LOG.debug("VZaps webhook delivery log without an id skipped: {}", log);
                    continue;
                }
                thisPage.add(log.id());
                if (previousPage.contains(log.id()) || oldest.contains(log.id())) {
                    continue;
                }
                somethingNew = true;
                if (log.isFailed() && (since == null || Cursor.of(log).isAfter(since))) {
                    oldest.offer(Cursor.of(log));
                }
            }
            if (!somethingNew) {
                LOG.debug("Page {} of the VZaps webhook delivery log brought no delivery not seen before: search ended",
                        page);
                break;
            }
            if (result.totalPages() == null || page >= result.totalPages()) {
                break;
            }
            previousPage = thisPage;
        }
        return oldest.oldestFirst();
    }

    /** Where replay got to: creation time, then log id for deliveries created in the same instant. */
    record Cursor(Instant created, String id) implements Comparable<Cursor> {

        static Cursor of(WebhookLog log) {
            Instant created = WebhookReplay.parse(log.createdAt());
            return new Cursor(created == null ? Instant.EPOCH : created, log.id() == null ? "" : log.id());
        }

        static Cursor parse(String state) {
            if (state == null || state.isBlank()) {
                return null;
            }
            int bar = state.indexOf('|');
            Instant created = WebhookReplay.parse(bar < 0 ? state : state.substring(0, bar));
            return created == null ? null : new Cursor(created, bar < 0 ? "" : state.substring(bar + 1));
        }

        boolean isAfter(Cursor other) {
            return compareTo(other) > 0;
        }

        @Override
        public int compareTo(Cursor other) {
            int byTime = created.compareTo(other.created);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }

        @Override
        public String toString() {
            return created + "|" + id;
        }
    }

    private static Instant parse(String instant) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(instant);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
