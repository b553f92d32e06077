package org.camelvzaps.consumer.webhook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
 * {@code replayFailedDeliveries=true}: on start, asks VZaps to deliver again what its delivery logs show as failed
 * since the last replay, oldest first, so events sent while the application was down reach the route the normal way.
 * The cursor (creation time and id of the newest delivery replayed, key {@code webhook-replay:<instanceId>}) lives in
 * the state repository; it only moves past deliveries whose retry was accepted, so a failed retry is tried again on
 * the next start. At most {@code replayLimit} deliveries per start, the oldest first.
 */
final class WebhookReplay {

    static final int PAGE_SIZE = 100;
    /** Bounds a start's search: 100 pages of 100 failed deliveries. */
    static final int MAX_PAGES = 100;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookReplay.class);

    private final VZapsClient client;
    private final VZapsConfiguration config;
    private final StateRepository<String, String> cursors;

    WebhookReplay(VZapsClient client, VZapsConfiguration config, StateRepository<String, String> cursors) {
        this.client = client;
        this.config = config;
        this.cursors = cursors;
    }

    static String cursorKey(String instanceId) {
        return "webhook-replay:" + instanceId;
    }

    /** Replays; API trouble is logged, never thrown, so the webhook still starts. */
    void replay() {
        String key = cursorKey(config.getInstanceId());
        Cursor since = Cursor.parse(cursors.getState(key));
        List<WebhookLog> failed;
        try {
            failed = failedSince(since);
        } catch (VZapsException e) {
            LOG.warn("Could not search the failed VZaps webhook deliveries of instance {}: {}", config.getInstanceId(),
                    e.getMessage());
            return;
        }
        int replayed = 0;
        int refused = 0;
        for (WebhookLog log : failed) {
            if (log.id() == null) {
                LOG.debug("VZaps webhook delivery log without an id skipped: {}", log);
                continue;
            }
            if (redelivered(log)) {
                replayed++;
                if (refused == 0) {
                    cursors.setState(key, Cursor.of(log).toString());
                }
            } else {
                // refused, or delivered and failed again: the cursor stays before it, the next start tries again
                refused++;
            }
        }
        LOG.info("Replayed {} failed VZaps webhook deliveries of instance {}{}{}", replayed, config.getInstanceId(),
                since == null ? "" : " since " + since.created(), refused == 0 ? "" : " (" + refused + " were refused or "
                        + "failed again; they are tried again on the next start)");
    }

    /**
     * Asks VZaps to deliver the log again: true when it accepted and the answer does not show the new attempt failed
     * (the route may still be failing: then the delivery must stay ahead of the cursor).
     */
    private boolean redelivered(WebhookLog log) {
        try {
            Object answer = client.call(new VZapsCall(VZapsOperation.retryWebhookLog,
                    Map.of(Param.instanceId, config.getInstanceId(), Param.logId, log.id()), config.getInstanceToken(),
                    null)).body();
            return !(answer instanceof WebhookLog after && after.isFailed());
        } catch (VZapsException e) {
            LOG.debug("VZaps did not retry webhook delivery {}: {}", log.id(), e.getMessage());
            return false;
        }
    }

    /** Failed deliveries after the cursor, oldest first, at most replayLimit (all pages are read before choosing). */
    private List<WebhookLog> failedSince(Cursor since) {
        List<WebhookLog> found = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            WebhookLogPage result = (WebhookLogPage) client.call(new VZapsCall(VZapsOperation.searchWebhookLogs,
                    Map.of(Param.instanceId, config.getInstanceId()), config.getInstanceToken(),
                    SearchWebhookLogsRequest.failed().withPage(page).withSize(PAGE_SIZE))).body();
            if (result == null || result.content().isEmpty()) {
                break;
            }
            for (WebhookLog log : result.content()) {
                if (log.isFailed() && (since == null || Cursor.of(log).isAfter(since))) {
                    found.add(log);
                }
            }
            if (result.totalPages() == null || page >= result.totalPages()) {
                break;
            }
        }
        found.sort(Comparator.comparing(Cursor::of));
        return found.size() > config.getReplayLimit() ? found.subList(0, config.getReplayLimit()) : found;
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
