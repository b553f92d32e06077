package org.camelvzaps.consumer;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code idempotentRepository} as the pipeline uses it, made safe against a store that fails for a while. The one
 * failure that could lose an event is a failed {@code remove()} after the route failed: the id would stay "processed"
 * and the redelivery would be dropped as a duplicate. Such ids are remembered here (in memory, at most
 * {@link #MAX_UNREMOVED}) and removed from the repository before the event is routed again. A repository shared by
 * replicas may refuse an id with a unique-key violation when two replicas add it at the same moment: that is a
 * duplicate, not a failure.
 */
final class SeenEvents {

    /** Bounds the ids kept for a later removal; beyond it the oldest is given up, with a WARN naming it. */
    static final int MAX_UNREMOVED = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(SeenEvents.class);
    /** The SQLState of a unique-key violation (SQL standard; PostgreSQL, H2, Derby, DB2). */
    private static final String UNIQUE_VIOLATION = "23505";

    private final IdempotentRepository repository;
    /** Ids whose removal failed, oldest first. */
    private final Set<String> unremoved = new LinkedHashSet<>();

    SeenEvents(IdempotentRepository repository) {
        this.repository = repository;
    }

    /**
     * Marks the id as being processed.
     *
     * @return false when it was processed before
     * @throws RuntimeException what the repository threw; the event must count as failed
     */
    boolean add(String id) {
        if (takeUnremoved(id)) {
            try {
                repository.remove(id);
            } catch (RuntimeException | Error e) {
                keepUnremoved(id);
                throw e;
            }
        }
        try {
            return repository.add(id);
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                // a repository shared by replicas: another one added the id at the same moment (camel-sql's
                // JdbcMessageIdRepository throws Spring's DuplicateKeyException then); it routes the event
                LOG.debug("VZaps event {} was added by another replica at the same moment: a duplicate", id);
                return false;
            }
            throw e;
        }
    }

    /**
     * True when {@code failure} is a unique-key violation: a class named {@code DuplicateKeyException} (Spring's, as
     * camel-sql throws it; named, not imported, so the component needs no Spring) or an {@link SQLException} with
     * SQLState {@value #UNIQUE_VIOLATION}, anywhere in the cause chain.
     */
    static boolean isDuplicateKey(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("DuplicateKeyException")
                || t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The route succeeded.
     *
     * @throws RuntimeException what the repository threw; the event must count as failed
     */
    void confirm(String id) {
        repository.confirm(id);
    }

    /** The route failed: the id must not count as processed, so the redelivery is routed again. */
    void forget(String id) {
        try {
            repository.remove(id);
        } catch (RuntimeException | Error e) {
            LOG.warn("VZaps event {} failed, and the idempotentRepository failed to remove its id ({}): it is removed "
                     + "before the event is routed again (if this application restarts before that, remove it from the "
                     + "repository yourself, or the redelivery is taken for a duplicate)", id, e.toString());
            keepUnremoved(id);
        }
    }

    private synchronized boolean takeUnremoved(String id) {
        return !unremoved.isEmpty() && unremoved.remove(id);
    }

    private synchronized void keepUnremoved(String id) {
        unremoved.add(id);
        if (unremoved.size() > MAX_UNREMOVED) {
            Iterator<String> oldest = unremoved.iterator();
            String given = oldest.next();
            oldest.remove();
            LOG.warn("VZaps event {}: more than {} event ids wait for removal from the failing idempotentRepository; "
                     + "this one is no longer tracked: remove it from the repository yourself, or its redelivery is "
                     + "taken for a duplicate", given, MAX_UNREMOVED);
        }
    }
}
