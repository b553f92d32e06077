package org.camelvzaps.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.camelvzaps.client.VZapsConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link IdempotentRepository} in a SQL table that loses no event when a replica dies in the middle of a route.
 * An id is added <em>in progress</em> under a lease owned by this repository instance (a random owner id), and only
 * {@link #confirm} makes it <em>done</em>. While the route runs, one scheduled task refreshes the leases of the ids in
 * progress here (every {@code leaseTime / 3}, one UPDATE); a replica killed mid-route stops refreshing, its lease
 * runs out, and the redelivery of that event is routed by whichever replica gets it then. Lease expiry is computed
 * with the database's clock and stored as an instant ({@code TIMESTAMP WITH TIME ZONE}), so neither the replicas'
 * clocks nor their time zones (the JDBC driver sets each session's from its JVM's) matter.
 *
 * <p>What {@link #add} answers:
 * <ul>
 * <li>a new id: inserted in progress, owned here: {@code true} (route it);</li>
 * <li>a done id: {@code false} (a duplicate);</li>
 * <li>an id in progress whose lease has expired (its owner died): taken over by one UPDATE that only one replica can
 * win: {@code true};</li>
 * <li>an id in progress under a live lease: {@link VZapsEventInProgressException}. The consumer counts the event as
 * failed (the webhook answers 500, the realtime socket does not acknowledge it), so it is delivered again later and
 * decided then.</li>
 * </ul>
 * The lease time is a trade-off: an event in the route of a replica that died waits up to {@code leaseTime} before
 * another replica routes it; a replica that cannot reach the database for longer than {@code leaseTime} loses its
 * leases, and an event it is still routing may be routed a second time elsewhere (at least once, never lost).
 *
 * <p>The table ({@code tableName}, default {@value #DEFAULT_TABLE}) is created at start unless {@code createTable} is
 * false; the SQL is PostgreSQL's (also CockroachDB's):
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS VZAPS_IDEMPOTENT (
 *     processor_name VARCHAR(255) NOT NULL,
 *     event_id       VARCHAR(512) NOT NULL,
 *     state          VARCHAR(16)  NOT NULL,
 *     owner_id       VARCHAR(64)  NOT NULL,
 *     lease_expiry   TIMESTAMP WITH TIME ZONE NOT NULL,
 *     updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
 *     PRIMARY KEY (processor_name, event_id)
 * )
 * </pre>
 *
 * Done rows stay (they are what makes a late redelivery a duplicate); delete old ones yourself when the platform no
 * longer redelivers them, e.g. {@code DELETE FROM VZAPS_IDEMPOTENT WHERE state = 'DONE' AND updated_at <
 * CURRENT_TIMESTAMP - INTERVAL '7 days'}. A failed statement throws {@link IllegalStateException} naming the table and
 * the id; the consumer counts the event as failed, so it is delivered again.
 */
public class JdbcIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    public static final String DEFAULT_TABLE = "VZAPS_IDEMPOTENT";
    public static final String DEFAULT_PROCESSOR_NAME = "vzaps";
    public static final long DEFAULT_LEASE_TIME = 30_000;
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String DONE = "DONE";
    /** Ids per keep-alive UPDATE; more (unusual: that many events in routes at once) take several statements. */
    private static final int REFRESH_CHUNK = 500;
    /** The longest (milliseconds) a stop waits for a lease refresh under way. */
    private static final long STOP_WAIT = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcIdempotentRepository.class);
    /** The lease's end, by the database's clock; its one parameter is the lease time in milliseconds. */
    private static final String LEASE_END = "CURRENT_TIMESTAMP + CAST(? AS INTEGER) * INTERVAL '1 millisecond'";

    private final String owner = UUID.randomUUID().toString();
    /** The ids in progress here: added (or taken over) and neither confirmed nor removed yet. */
    private final Set<String> inProgress = ConcurrentHashMap.newKeySet();
    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private String processorName = DEFAULT_PROCESSOR_NAME;
    private boolean createTable = true;
    private long leaseTime = DEFAULT_LEASE_TIME;
    private ScheduledExecutorService keepAlive;
    private volatile boolean refreshFailing;
    /** How many leases the last refresh found taken over (WARNed once per change). */
    private volatile long lostLeases;

    public JdbcIdempotentRepository() {
    }

    public JdbcIdempotentRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public JdbcIdempotentRepository(DataSource dataSource, String processorName) {
        this.dataSource = dataSource;
        this.processorName = processorName;
    }

    @Override
    protected void doStart() throws Exception {
        JdbcTables.checkSettings("JdbcIdempotentRepository", dataSource, "their processed event ids", tableName);
        if (processorName == null || processorName.isBlank()) {
            throw new VZapsConfigurationException("JdbcIdempotentRepository: processorName must not be empty (it "
                                                  + "separates the ids of unrelated routes sharing the table)");
        }
        if (leaseTime < 3 || leaseTime > Integer.MAX_VALUE) {
            throw new VZapsConfigurationException("JdbcIdempotentRepository: leaseTime must be between 3 and "
                                                  + Integer.MAX_VALUE + " milliseconds, not " + leaseTime);
        }
        if (createTable) {
            JdbcTables.createTable("JdbcIdempotentRepository", dataSource, tableName, "processor_name VARCHAR(255) NOT "
                                   + "NULL, event_id VARCHAR(512) NOT NULL, state VARCHAR(16) NOT NULL, owner_id VARCHAR(64) "
                                   + "NOT NULL, lease_expiry TIMESTAMP WITH TIME ZONE NOT NULL, updated_at TIMESTAMP WITH "
                                   + "TIME ZONE NOT NULL, PRIMARY KEY (processor_name, event_id)");
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "VZapsIdempotentLeases-" + tableName);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        long period = Math.max(1, leaseTime / 3);
        executor.scheduleWithFixedDelay(this::refreshLeases, period, period, TimeUnit.MILLISECONDS);
        keepAlive = executor;
    }

    /**
     * Stops refreshing and hands the leases still held here back (they expire now), so another replica may route
     * those events at once: a clean stop waits for the routes, so these are events whose route did not finish.
     */
    @Override
    protected void doStop() throws Exception {
        stopKeepAlive();
        List<String> held = new ArrayList<>(inProgress);
        inProgress.clear();
        if (!held.isEmpty()) {
            try {
                forIds(held, "UPDATE " + tableName + " SET lease_expiry = CURRENT_TIMESTAMP - INTERVAL '1 millisecond' "
                             + "WHERE processor_name = ? "
                             + "AND owner_id = ? AND state = '" + IN_PROGRESS + "' AND event_id IN ", false);
            } catch (SQLException e) {
                LOG.warn("JdbcIdempotentRepository could not hand back the leases of {} event(s) still in progress in {} "
                         + "({}): they expire after leaseTime", held.size(), tableName, e.getMessage());
            }
        }
    }

    /**
     * What a killed replica does: its leases are no longer refreshed (and nothing is handed back). Waits (at most
     * {@value #STOP_WAIT} ms) for a refresh already under way, so that its UPDATE
     * cannot land after the hand-back and extend the leases again.
     */
    void stopKeepAlive() throws InterruptedException {
        ScheduledExecutorService executor = keepAlive;
        keepAlive = null;
        if (executor != null) {
            executor.shutdownNow();
            if (!executor.awaitTermination(STOP_WAIT, TimeUnit.MILLISECONDS)) {
                LOG.warn("JdbcIdempotentRepository: a lease refresh in {} still runs after {} ms; the leases it extends "
                         + "run out after leaseTime", tableName, STOP_WAIT);
            }
        }
    }

    @Override
    public boolean add(String id) {
        if (!isStarted()) {
            // nothing would refresh the lease, and the table may not exist: the event counts as failed, comes again
            throw new IllegalStateException("JdbcIdempotentRepository on " + tableName + " is not started (it is "
                                            + (isStopped() || isStopping() ? "stopped" : "not started yet")
                                            + "): event " + id + " is not taken; it is delivered again");
        }
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                // ON CONFLICT DO NOTHING: a replica adding the same id at the same moment is no error, the row decides
                if (update(connection, "INSERT INTO " + tableName + " (processor_name, event_id, state, owner_id, "
                                       + "lease_expiry, updated_at) VALUES (?, ?, '" + IN_PROGRESS + "', ?, " + LEASE_END
                                       + ", CURRENT_TIMESTAMP) ON CONFLICT (processor_name, event_id) DO NOTHING",
                        processorName, id, owner, leaseTime) == 1) {
                    inProgress.add(id);
                    return true;
                }
                if (update(connection, "UPDATE " + tableName + " SET owner_id = ?, lease_expiry = " + LEASE_END
                                       + ", updated_at = CURRENT_TIMESTAMP WHERE processor_name = ? AND event_id = ? "
                                       + "AND state = '" + IN_PROGRESS + "' AND lease_expiry < CURRENT_TIMESTAMP",
                        owner, leaseTime, processorName, id) == 1) {
                    LOG.info("VZaps event {} was left in progress by a replica whose lease ran out: taken over, routed here",
                            id);
                    inProgress.add(id);
                    return true;
                }
                String state = stateOf(connection, id);
                if (DONE.equals(state)) {
                    return false;
                }
                if (IN_PROGRESS.equals(state)) {
                    throw new VZapsEventInProgressException(id, tableName);
                }
                // removed between the statements: try again
            }
            throw new IllegalStateException("JdbcIdempotentRepository: the row of event " + id + " in " + tableName
                                            + " kept changing while it was added; it is delivered again");
        } catch (SQLException e) {
            throw failure("add", id, e);
        }
    }

    @Override
    public boolean confirm(String id) {
        try (Connection connection = dataSource.getConnection()) {
            int updated = update(connection, "UPDATE " + tableName + " SET state = '" + DONE + "', "
                                             + "updated_at = CURRENT_TIMESTAMP WHERE processor_name = ? AND event_id = ? "
                                             + "AND owner_id = ? AND state = '" + IN_PROGRESS + "'",
                    processorName, id, owner);
            if (updated == 0) {
                LOG.warn("VZaps event {} was routed here, but its lease in {} had run out and another replica took it "
                         + "over: it may be routed twice (this one was not lost)", id, tableName);
            }
            return updated == 1;
        } catch (SQLException e) {
            throw failure("confirm", id, e);
        } finally {
            inProgress.remove(id);
        }
    }

    /**
     * Deletes the id if it is in progress and owned here (this replica's route failed), so the event is routed again
     * when it comes back. Another replica's row is never touched, done or in progress, expired or not: deleting a done
     * row would have its next redelivery routed twice; an expired one is taken over by {@link #add} instead.
     */
    @Override
    public boolean remove(String id) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, "DELETE FROM " + tableName + " WHERE processor_name = ? AND event_id = ? AND "
                                      + "owner_id = ? AND state = '" + IN_PROGRESS + "'",
                    processorName, id, owner) == 1;
        } catch (SQLException e) {
            throw failure("remove", id, e);
        } finally {
            // stop refreshing even when the delete failed: the lease then runs out and the event is not stuck
            inProgress.remove(id);
        }
    }

    /** True when the id is done, or in progress under a live lease. */
    @Override
    public boolean contains(String id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM " + tableName
                     + " WHERE processor_name = ? AND event_id = ? AND (state = '" + DONE
                     + "' OR lease_expiry >= CURRENT_TIMESTAMP)")) {
            statement.setString(1, processorName);
            statement.setString(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failure("read", id, e);
        }
    }

    /** Deletes every id of this {@code processorName}. */
    @Override
    public void clear() {
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "DELETE FROM " + tableName + " WHERE processor_name = ?", processorName);
        } catch (SQLException e) {
            throw new IllegalStateException("JdbcIdempotentRepository could not clear " + tableName + ": "
                                            + e.getMessage(), e);
        } finally {
            inProgress.clear();
        }
    }

    /** The keep-alive: one UPDATE extends the leases of the ids in progress here. */
    void refreshLeases() {
        List<String> ids = new ArrayList<>(inProgress);
        if (ids.isEmpty()) {
            return;
        }
        try {
            int refreshed = forIds(ids, "UPDATE " + tableName + " SET lease_expiry = " + LEASE_END + " WHERE "
                                        + "processor_name = ? AND owner_id = ? AND state = '" + IN_PROGRESS
                                        + "' AND event_id IN ", true);
            // an id confirmed or removed meanwhile has left inProgress: only the ids still held here count
            long held = ids.stream().filter(inProgress::contains).count();
            long lost = held - refreshed;
            if (lost > 0 && lost != lostLeases) {
                LOG.warn("JdbcIdempotentRepository: {} of the {} event(s) in routes here lost their lease in {}: it ran "
                         + "out (the database was out of reach longer than leaseTime) and another replica took the event "
                         + "over, so it may be routed twice", lost, held, tableName);
            }
            lostLeases = Math.max(0, lost);
            if (refreshFailing) {
                refreshFailing = false;
                LOG.info("JdbcIdempotentRepository refreshes its leases in {} again", tableName);
            }
        } catch (SQLException | RuntimeException e) {
            if (!refreshFailing) {
                refreshFailing = true;
                LOG.warn("JdbcIdempotentRepository could not refresh the leases of {} event(s) in progress in {} ({}): "
                         + "retried every {} ms; past leaseTime another replica may route them too", ids.size(),
                        tableName, e.getMessage(), Math.max(1, leaseTime / 3));
            }
        }
    }

    /** Runs {@code sqlPrefix} (processor, owner [, lease] then an IN list) over the ids, in chunks: rows updated. */
    private int forIds(List<String> ids, String sqlPrefix, boolean withLease) throws SQLException {
        int updated = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < ids.size(); from += REFRESH_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + REFRESH_CHUNK));
                String sql = sqlPrefix + "(" + "?,".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int p = 1;
                    if (withLease) {
                        statement.setLong(p++, leaseTime);
                    }
                    statement.setString(p++, processorName);
                    statement.setString(p++, owner);
                    for (String id : chunk) {
                        statement.setString(p++, id);
                    }
                    updated += statement.executeUpdate();
                }
            }
            JdbcTables.commit(connection);
        }
        return updated;
    }

    private String stateOf(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT state FROM " + tableName + " WHERE processor_name = ? AND event_id = ?")) {
            statement.setString(1, processorName);
            statement.setString(2, id);
            String state;
            try (ResultSet rows = statement.executeQuery()) {
                state = rows.next() ? rows.getString(1) : null;
            }
            // ends the read's transaction (auto-commit off): the next attempt's CURRENT_TIMESTAMP is the time then
            JdbcTables.commit(connection);
            return state;
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            int count = statement.executeUpdate();
            JdbcTables.commit(connection);
            return count;
        }
    }

    private IllegalStateException failure(String what, String id, SQLException e) {
        return new IllegalStateException("JdbcIdempotentRepository could not " + what + " event " + id + " in "
                                         + tableName + ": " + e.getMessage(), e);
    }

    /** The ids whose leases this instance refreshes (a copy): the events in its routes right now. */
    Set<String> inProgressHere() {
        return Set.copyOf(inProgress);
    }

    /** This instance's owner id (random). */
    String owner() {
        return owner;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database the replicas share (required). */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public String getTableName() {
        return tableName;
    }

    /** The table, {@value #DEFAULT_TABLE} unless set; a plain name or schema.name. */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    public String getProcessorName() {
        return processorName;
    }

    /** Separates the ids of unrelated consumers sharing the table ({@value #DEFAULT_PROCESSOR_NAME} unless set). */
    public void setProcessorName(String processorName) {
        this.processorName = processorName;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether start creates the table when it does not exist (default true). */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    public long getLeaseTime() {
        return leaseTime;
    }

    /**
     * How long (milliseconds, default 30000) an event in progress stays reserved to its replica without a refresh: the
     * longest an event of a dead replica waits before another routes it. Refreshed every third of it.
     */
    public void setLeaseTime(long leaseTime) {
        this.leaseTime = leaseTime;
    }
}
