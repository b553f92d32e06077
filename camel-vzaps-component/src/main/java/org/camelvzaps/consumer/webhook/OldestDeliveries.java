package org.camelvzaps.consumer.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.camelvzaps.consumer.webhook.WebhookReplay.Cursor;

/**
 * While replay reads the delivery log page by page, keeps the oldest {@code limit} failed deliveries seen so far — only
 * their creation time and id, each id once — so memory is bounded by {@code replayLimit}, whatever the number of pages
 * or the size of each log. A max-heap: the newest kept delivery is the one an older one pushes out.
 */
final class OldestDeliveries {

    private final int limit;
    private final PriorityQueue<Cursor> newestFirst = new PriorityQueue<>(Comparator.reverseOrder());
    private final Set<String> ids = new HashSet<>();

    OldestDeliveries(int limit) {
        this.limit = limit;
    }

    /** Keeps the delivery if it is among the oldest {@code limit} so far; a delivery already kept is ignored. */
    void offer(Cursor delivery) {
        if (limit <= 0 || ids.contains(delivery.id())) {
            return;
        }
        if (newestFirst.size() >= limit) {
            if (delivery.compareTo(newestFirst.peek()) >= 0) {
                return;
            }
            ids.remove(newestFirst.poll().id());
        }
        newestFirst.add(delivery);
        ids.add(delivery.id());
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    int size() {
        return newestFirst.size();
    }

    /** The deliveries kept, oldest first. */
    List<Cursor> oldestFirst() {
        List<Cursor> sorted = new ArrayList<>(newestFirst);
        Collections.sort(sorted);
        return sorted;
    }
}
