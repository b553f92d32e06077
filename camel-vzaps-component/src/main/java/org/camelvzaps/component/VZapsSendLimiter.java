package org.camelvzaps.component;

/**
 * A turn to send, shared by every replica that sends for the same instances (option {@code sendLimiter}), so the pace
 * set by {@code sendInterval} holds for the whole fleet and not only for one JVM. An instance has one turn: a replica
 * takes it before a message send and gives it back {@code sendInterval} (+ jitter, or a 429's Retry-After) after the
 * API answered, so the next send of that instance, whichever replica makes it, arrives no sooner than that after the
 * previous answer.
 * <p>
 * {@link Bucket4jSendLimiter} keeps the turns in a Bucket4j proxy manager (PostgreSQL, or any other Bucket4j backend).
 * Implementations must be thread-safe and should hand a turn back by themselves after a while, so a replica that
 * dies holding one does not stop the instance.
 */
public interface VZapsSendLimiter {

    /**
     * Tries to take the instance's turn.
     *
     * @return 0 when the turn was taken; otherwise the milliseconds after which to ask again
     */
    long tryAcquire(String instanceId);

    /** Gives the instance's turn back (the caller has already waited the pace after the answer). */
    void release(String instanceId);
}
