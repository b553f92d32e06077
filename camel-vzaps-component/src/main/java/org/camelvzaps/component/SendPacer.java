package org.camelvzaps.component;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.camelvzaps.client.VZapsPaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each instance's message sends their turns, one at a time and paced: a send starts no earlier than
 * {@code sendInterval} (+ a random 0..{@code sendJitter}) after the previous send of the same instance was answered,
 * or after the wait a 429 asked for; with a {@link VZapsSendLimiter} it also takes the instance's fleet-wide turn.
 * Sends wait in a queue per instance (first come, first served) as tasks on a scheduler, not as threads; a send whose
 * turn cannot come within {@code maxPaceWait} is refused with a {@link VZapsPaceException}. One per component, so
 * every endpoint and route sending for an instance shares its pace.
 */
final class SendPacer {

    private static final Logger LOG = LoggerFactory.getLogger(SendPacer.class);

    /** The pace a send asks for: {@code sendInterval}, {@code sendJitter}, {@code maxPaceWait} (milliseconds). */
    record Pace(long interval, long jitter, long maxWait, VZapsSendLimiter limiter) {
    }

    private final ScheduledExecutorService scheduler;
    private final ExecutorService workers;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    SendPacer(ScheduledExecutorService scheduler, ExecutorService workers) {
        this.scheduler = scheduler;
        this.workers = workers;
    }

    /**
     * Asks for the instance's turn. {@code onTurn} runs once the turn is the caller's: on this thread when it is free
     * now (and no shared limiter must be asked), else on a worker thread; the caller must then call
     * {@link #release} when the API has answered. {@code onRefused} runs instead when the turn cannot come in time.
     *
     * @return true when {@code onTurn} or {@code onRefused} already ran on this thread
     */
    boolean acquire(String instanceId, Pace pace, Runnable onTurn, Consumer<VZapsPaceException> onRefused) {
        Lane lane = lanes.computeIfAbsent(instanceId, Lane::new);
        long now = now();
        VZapsPaceException refused = null;
        synchronized (lane) {
            if (pace.limiter() == null && !lane.busy && lane.waiting.isEmpty() && now >= lane.nextStart) {
                lane.busy = true;
            } else {
                long ahead = lane.waiting.size() + (lane.busy ? 1 : 0);
                long predicted = Math.max(0, lane.nextStart - now) + ahead * pace.interval();
                if (predicted > pace.maxWait()) {
                    refused = refusal(instanceId, predicted, pace);
                } else {
                    Waiter waiter = new Waiter(onTurn, onRefused, now);
                    lane.waiting.add(waiter);
                    waiter.timeout = scheduler.schedule(() -> expire(lane, waiter, pace), pace.maxWait(),
                            TimeUnit.MILLISECONDS);
                    lane.pace = pace;
                    if (!lane.busy) {
                        schedule(lane, lane.nextStart - now);
                    }
                    return false;
                }
            }
        }
        if (refused != null) {
            onRefused.accept(refused);
        } else {
            onTurn.run();
        }
        return true;
    }

    /**
     * Ends the turn taken: the instance's next send starts no earlier than the pace after now, nor before
     * {@code retryAfter} (a 429's) has passed.
     */
    void release(String instanceId, Pace pace, Duration retryAfter) {
        Lane lane = lanes.get(instanceId);
        if (lane == null) {
            return;
        }
        long hold = pace.interval() + (pace.jitter() > 0 ? ThreadLocalRandom.current().nextLong(pace.jitter() + 1) : 0);
        if (retryAfter != null) {
            hold = Math.max(hold, retryAfter.toMillis());
        }
        long now = now();
        synchronized (lane) {
            lane.busy = false;
            lane.nextStart = Math.max(lane.nextStart, now + hold);
            if (!lane.waiting.isEmpty()) {
                schedule(lane, lane.nextStart - now);
            }
        }
        VZapsSendLimiter limiter = pace.limiter();
        if (limiter != null) {
            later(hold, () -> {
                try {
                    limiter.release(instanceId);
                } catch (RuntimeException e) {
                    LOG.warn("The sendLimiter failed to give instance {}'s turn back ({}); it comes back when the "
                             + "limiter's lease ends", instanceId, e.toString());
                }
            });
        }
    }

    /**
     * Fails every send still waiting for its turn (the component stops): nothing was sent, and each exchange completes
     * with a {@link VZapsPaceException} instead of waiting for ever.
     */
    void close() {
        long now = now();
        for (Lane lane : lanes.values()) {
            java.util.List<Waiter> dropped;
            synchronized (lane) {
                dropped = new java.util.ArrayList<>(lane.waiting);
                lane.waiting.clear();
            }
            for (Waiter waiter : dropped) {
                waiter.timeout.cancel(false);
                waiter.onRefused.accept(new VZapsPaceException("VZaps send for instance " + lane.instanceId
                        + " not made: the component stopped while it waited for its turn", lane.instanceId,
                        Duration.ofMillis(now - waiter.since)));
            }
        }
    }

    /** Runs {@code task} on a worker thread after {@code delayMillis}, holding no thread meanwhile. */
    void later(long delayMillis, Runnable task) {
        try {
            scheduler.schedule(() -> workers.execute(task), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("The component is stopping: a paced task was not scheduled");
        }
    }

    /** Runs {@code task} on a worker thread now. */
    void execute(Runnable task) {
        workers.execute(task);
    }

    private void schedule(Lane lane, long delayMillis) {
        if (lane.dispatch != null && !lane.dispatch.isDone()) {
            lane.dispatch.cancel(false);
        }
        try {
            lane.dispatch = scheduler.schedule(() -> dispatch(lane), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("The component is stopping: instance {}'s next turn was not scheduled", lane.instanceId);
        }
    }

    /** On the scheduler: gives the turn to the first waiting send when the pace (and the shared limiter) allows. */
    private void dispatch(Lane lane) {
        Waiter head;
        synchronized (lane) {
            if (lane.busy || lane.waiting.isEmpty()) {
                return;
            }
            long wait = lane.nextStart - now();
            if (wait > 0) {
                schedule(lane, wait);
                return;
            }
            VZapsSendLimiter limiter = lane.pace.limiter();
            if (limiter != null) {
                long shared;
                try {
                    shared = limiter.tryAcquire(lane.instanceId);
                } catch (RuntimeException e) {
                    LOG.warn("The sendLimiter failed to give instance {} a turn ({}); asking again", lane.instanceId,
                            e.toString());
                    shared = Math.max(50, lane.pace.interval() / 4);
                }
                if (shared > 0) {
                    schedule(lane, shared);
                    return;
                }
            }
            head = lane.waiting.poll();
            head.timeout.cancel(false);
            lane.busy = true;
        }
        workers.execute(head.onTurn);
    }

    /** On the scheduler: a send still waiting after maxPaceWait is refused. */
    private void expire(Lane lane, Waiter waiter, Pace pace) {
        synchronized (lane) {
            if (!lane.waiting.remove(waiter)) {
                return;
            }
        }
        VZapsPaceException refused = refusal(lane.instanceId, now() - waiter.since, pace);
        workers.execute(() -> waiter.onRefused.accept(refused));
    }

    private static VZapsPaceException refusal(String instanceId, long waitMillis, Pace pace) {
        return new VZapsPaceException(instanceId, Duration.ofMillis(waitMillis), Duration.ofMillis(pace.maxWait()));
    }

    private static long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    /** One instance's turn and queue. Guarded by its own monitor. */
    private static final class Lane {
        final String instanceId;
        final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
        boolean busy;
        long nextStart = Long.MIN_VALUE / 2;
        Pace pace;
        ScheduledFuture<?> dispatch;

        Lane(String instanceId) {
            this.instanceId = instanceId;
        }
    }

    private static final class Waiter {
        final Runnable onTurn;
        final Consumer<VZapsPaceException> onRefused;
        final long since;
        ScheduledFuture<?> timeout;

        Waiter(Runnable onTurn, Consumer<VZapsPaceException> onRefused, long since) {
            this.onTurn = onTurn;
            this.onRefused = onRefused;
            this.since = since;
        }
    }
}
