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
 * The cursor (creation time of the newest delivery replayed, key {@code webhook-replay:<instanceId>}) lives in the
 * state repository; it only moves past deliveries whose retry was accepted, so a failed retry is tried again on the
 * next start. At most {@code replayLimit} deliveries per start.
 */
final class WebhookReplay {

    static final int PAGE_SIZE = 100;
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
        Instant since = parse(cursors.getState(key));
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
            try {
                client.call(new VZapsCall(VZapsOperation.retryWebhookLog,
                        Map.of(Param.instanceId, config.getInstanceId(), Param.logId, log.id()), config.getInstanceToken(),
                        null));
                replayed++;
                if (refused == 0) {
                    cursors.setState(key, log.createdAt());
                }
            } catch (VZapsException e) {
                refused++;
                LOG.debug("VZaps did not retry webhook delivery {}: {}", log.id(), e.getMessage());
            }
        }
        LOG.info("Replayed {} failed VZaps webhook deliveries of instance {}{}{}", replayed, config.getInstanceId(),
                since == null ? "" : " since " + since, refused == 0 ? "" : " (" + refused + " could not be retried; "
                        + "they are tried again on the next start)");
    }

    /** Failed deliveries newer than the cursor, oldest first, at most replayLimit. */
    private List<WebhookLog> failedSince(Instant since) {
        List<WebhookLog> found = new ArrayList<>();
        int page = 1;
        while (true) {
            WebhookLogPage result = (WebhookLogPage) client.call(new VZapsCall(VZapsOperation.searchWebhookLogs,
                    Map.of(Param.instanceId, config.getInstanceId()), config.getInstanceToken(),
                    SearchWebhookLogsRequest.failed().withPage(page).withSize(PAGE_SIZE))).body();
            if (result == null || result.content().isEmpty()) {
                break;
            }
            for (WebhookLog log : result.content()) {
                Instant created = parse(log.createdAt());
                if (log.isFailed() && (since == null || created == null || created.isAfter(since))) {
                    found.add(log);
                }
            }
            if (result.totalPages() == null || page >= result.totalPages() || found.size() >= config.getReplayLimit()) {
                break;
            }
            page++;
        }
        found.sort(Comparator.comparing(log -> parse(log.createdAt()), Comparator.nullsFirst(Comparator.naturalOrder())));
        return found.size() > config.getReplayLimit() ? found.subList(0, config.getReplayLimit()) : found;
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
