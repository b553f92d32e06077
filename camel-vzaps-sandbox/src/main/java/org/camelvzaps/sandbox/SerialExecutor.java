package org.camelvzaps.sandbox;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks one at a time, in submission order, on a shared pool (one per instance: the instance's "lane"). A task
 * may wait a delay after the one before it; the wait holds no thread (the pool's scheduler runs the task when it is
 * due), so thousands of lanes waiting out their gaps cost a few threads, not one each.
 */
final class SerialExecutor {

    private record Step(Runnable task, long delayMillis) {
    }

    private final Queue<Step> tasks = new ArrayDeque<>();
    private final Executor pool;
    private Step active;

    /** {@code pool} must be a {@link ScheduledExecutorService} for {@link #executeAfter} with a delay. */
    SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    /** Runs {@code task} after the tasks before it. */
    synchronized void execute(Runnable task) {
        executeAfter(0, task);
    }

    /** Runs {@code task} {@code delayMillis} after the task before it has finished. */
    synchronized void executeAfter(long delayMillis, Runnable task) {
        tasks.add(new Step(() -> {
            try {
                task.run();
            } finally {
                scheduleNext();
            }
        }, delayMillis));
        if (active == null) {
            scheduleNext();
        }
    }

    private synchronized void scheduleNext() {
        active = tasks.poll();
        if (active != null) {
            try {
                if (active.delayMillis() > 0) {
                    ((ScheduledExecutorService) pool).schedule(active.task(), active.delayMillis(), TimeUnit.MILLISECONDS);
                } else {
                    pool.execute(active.task());
                }
            } catch (RejectedExecutionException e) {
                tasks.clear();
                active = null;
            }
        }
    }
}
