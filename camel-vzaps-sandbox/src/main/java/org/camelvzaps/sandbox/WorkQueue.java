package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The instance's outbound work: sends (messages lane) and message actions (operations lane) run at once, unless the
 * queue is held (a sandbox switch standing for a busy WhatsApp worker): then they wait, are listed by queue/*, can
 * be removed or purged, and run in submission order when the hold is released.
 */
final class WorkQueue {

    enum Lane { MESSAGES, OPERATIONS }

    private record Entry(Lane lane, String messageId, String phone, String type, Instant createdAt, Runnable work) {
        ObjectNode toJson() {
            return Json.object().put("message_id", messageId).put("phone", phone).put("type", type)
                    .put("status", "queued").put("created_at", Json.iso(createdAt));
        }
    }

    private final List<Entry> pending = new ArrayList<>();
    private boolean held;

    /** Runs the work now, or queues it while the queue is held. */
    void submit(Lane lane, String messageId, String phone, String type, Instant now, Runnable work) {
        synchronized (this) {
            if (held) {
                pending.add(new Entry(lane, messageId, phone, type, now, work));
                return;
            }
        }
        work.run();
    }

    /** Holds the queue, or releases it and runs what waited, in order. */
    void hold(boolean on) {
        List<Entry> release = new ArrayList<>();
        synchronized (this) {
            held = on;
            if (!on) {
                release.addAll(pending);
                pending.clear();
            }
        }
        release.forEach(e -> e.work().run());
    }

    synchronized boolean held() {
        return held;
    }

    synchronized List<ObjectNode> list(Lane lane) {
        return pending.stream().filter(e -> e.lane() == lane).map(Entry::toJson).toList();
    }

    /** Drops every waiting item of the lane; answers how many. */
    synchronized int purge(Lane lane) {
        int before = pending.size();
        pending.removeIf(e -> e.lane() == lane);
        return before - pending.size();
    }

    /** Drops the first waiting item of the lane with this message id; false when there is none. */
    synchronized boolean remove(Lane lane, String messageId) {
        for (Iterator<Entry> it = pending.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.lane() == lane && e.messageId().equals(messageId)) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
