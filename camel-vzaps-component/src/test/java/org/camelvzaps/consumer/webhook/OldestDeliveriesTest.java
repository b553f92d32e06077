package org.camelvzaps.consumer.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.camelvzaps.consumer.webhook.WebhookReplay.Cursor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What replay keeps while it reads the delivery log: never more than replayLimit deliveries (time and id), the oldest,
 * each id once, however many logs the pages bring and in whatever order.
 */
class OldestDeliveriesTest {

    private static final Instant T0 = Instant.parse("2026-11-27T00:00:00Z");

    private static Cursor delivery(int n) {
        return new Cursor(T0.plusSeconds(n), String.format("wlog_%06d", n));
    }

    @Test
    void keepsOnlyTheOldestReplayLimitOfAHundredThousandShuffledLogsWithRepeats() {
        List<Cursor> logs = new ArrayList<>();
        for (int n = 0; n < 100_000; n++) {
            logs.add(delivery(n));
            if (n % 10 == 0) {
                logs.add(delivery(n)); // the same log on another page
            }
        }
        Collections.shuffle(logs, new Random(15));
        OldestDeliveries oldest = new OldestDeliveries(500);

        int mostKept = 0;
        for (Cursor log : logs) {
            oldest.offer(log);
            mostKept = Math.max(mostKept, oldest.size());
        }

        assertEquals(500, mostKept, "never more than replayLimit kept at once");
        List<Cursor> expected = new ArrayList<>();
        for (int n = 0; n < 500; n++) {
            expected.add(delivery(n));
        }
        assertEquals(expected, oldest.oldestFirst(), "the 500 oldest, oldest first, each once");
    }

    @Test
    void deliveriesOfTheSameInstantAreOrderedByIdAndARepeatIsKeptOnce() {
        OldestDeliveries oldest = new OldestDeliveries(3);
        Cursor b = new Cursor(T0, "wlog_b");
        Cursor a = new Cursor(T0, "wlog_a");
        Cursor later = new Cursor(T0.plusSeconds(1), "wlog_0");

        List.of(later, b, a, b, later, a).forEach(oldest::offer);

        assertEquals(List.of(a, b, later), oldest.oldestFirst());
    }
}
