package org.camelvzaps.consumer.webhook;

import java.time.Duration;

import org.camelvzaps.test.InMemoryLogAppender;
import org.camelvzaps.test.VZapsTestSupport;

import static org.awaitility.Awaitility.await;

/** The delivery log as the replay tests stub it, and how they wait for a replay running in the background. */
final class ReplayLogs {

    static final String LOGS = "/instances/" + VZapsTestSupport.INSTANCE_ID + "/webhook/logs";

    private ReplayLogs() {
    }

    /** A failed delivery log. */
    static String log(String id, String createdAt) {
        return "{\"id\":\"" + id + "\",\"status\":\"failed\",\"event_type\":\"Message\",\"created_at\":\"" + createdAt + "\"}";
    }

    /** A search answer. */
    static String page(int page, int totalPages, String... logs) {
        return "{\"code\":200,\"success\":true,\"data\":{\"content\":[" + String.join(",", logs) + "],\"page\":" + page
               + ",\"size\":100,\"total\":" + logs.length * totalPages + ",\"total_pages\":" + totalPages + "}}";
    }

    /** The lines the replays logged when they ended (one per start). */
    static java.util.List<String> replayEnds() {
        return InMemoryLogAppender.lines().stream()
                .filter(line -> line.contains("Replayed ") && line.contains("failed VZaps webhook deliveries of instance"))
                .toList();
    }

    /** Replay runs in the background: waits (at most 30 s) until {@code starts} replays have ended. */
    static void awaitReplays(int starts) {
        await().atMost(Duration.ofSeconds(30)).until(() -> replayEnds().size() >= starts);
    }
}
