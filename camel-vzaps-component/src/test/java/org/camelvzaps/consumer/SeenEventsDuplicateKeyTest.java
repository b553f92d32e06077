package org.camelvzaps.consumer;

import java.sql.SQLException;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shared repository that refuses an add with a unique-key violation (another replica added the id at that moment)
 * reports a duplicate; any other failure stays a failure, so the event is delivered again.
 */
class SeenEventsDuplicateKeyTest {

    /** Throws {@code failure} from add, as a JDBC repository does. */
    private static MemoryIdempotentRepository throwing(RuntimeException failure) {
        return new MemoryIdempotentRepository() {
            @Override
            public boolean add(String key) {
                throw failure;
            }
        };
    }

    /** Named like Spring's org.springframework.dao.DuplicateKeyException, which the component does not depend on. */
    static final class DuplicateKeyException extends RuntimeException {
        DuplicateKeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Test
    void aUniqueViolationAnywhereInTheCauseChainIsADuplicate() {
        SeenEvents bySqlState = new SeenEvents(throwing(new IllegalStateException("insert failed",
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(bySqlState.add("evt_1"));

        SeenEvents byClassName = new SeenEvents(throwing(new DuplicateKeyException("PreparedStatementCallback", null)));
        assertFalse(byClassName.add("evt_1"));
        assertTrue(SeenEvents.isDuplicateKey(new RuntimeException(new DuplicateKeyException("wrapped", null))));
    }

    @Test
    void anyOtherFailureOfTheRepositoryIsThrownSoTheEventCountsAsFailed() {
        RuntimeException down = new IllegalStateException("connection refused",
                new SQLException("the connection attempt failed", "08001"));
        SeenEvents seen = new SeenEvents(throwing(down));
        assertSame(down, assertThrows(IllegalStateException.class, () -> seen.add("evt_1")));
        assertFalse(SeenEvents.isDuplicateKey(new SQLException("not null violation", "23502")));
    }
}
