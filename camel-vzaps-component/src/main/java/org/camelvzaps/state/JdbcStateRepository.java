package org.camelvzaps.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} in a SQL table, for cursors that every replica of a fleet must see: the realtime
 * consumer's {@code stateRepository} on a database the replicas share (Camel has file and memory state repositories
 * only). One row per key; {@link #setState} is one upsert ({@code INSERT ... ON CONFLICT (state_key) DO UPDATE}, the
 * syntax of PostgreSQL, also understood by SQLite and CockroachDB), {@link #getState} one select, each on a connection
 * of the {@link DataSource} taken for the call and given back at once, so a pooled data source does the pooling.
 * Nothing is cached: a replica that takes an instance over reads the cursor the previous holder wrote last.
 *
 * <p>The table ({@code tableName}, default {@value #DEFAULT_TABLE}) is created at start unless {@code createTable}
 * is false:
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS VZAPS_STATE (
 *     state_key   VARCHAR(512)  PRIMARY KEY,
 *     state_value VARCHAR(4000) NOT NULL
 * )
 * </pre>
 *
 * A failed read or write throws {@link IllegalStateException} naming the table and the key; the realtime consumer
 * then reconnects later and keeps the event unacknowledged, so nothing is lost while the database is away.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    public static final String DEFAULT_TABLE = "VZAPS_STATE";
    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private boolean createTable = true;

    public JdbcStateRepository() {
    }

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.dataSource = dataSource;
        this.tableName = tableName;
    }

    @Override
    protected void doStart() throws Exception {
        JdbcTables.checkSettings("JdbcStateRepository", dataSource, "their cursors", tableName);
        if (createTable) {
            JdbcTables.createTable("JdbcStateRepository", dataSource, tableName,
                    "state_key VARCHAR(512) PRIMARY KEY, state_value VARCHAR(4000) NOT NULL");
        }
    }

    @Override
    protected void doStop() throws Exception {
        // every call gives its connection back: nothing is held
    }

    @Override
    public void setState(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("JdbcStateRepository cannot store a null value (key " + key + ")");
        }
        String sql = "INSERT INTO " + tableName + " (state_key, state_value) VALUES (?, ?) "
                     + "ON CONFLICT (state_key) DO UPDATE SET state_value = EXCLUDED.state_value";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            statement.setString(2, value);
            statement.executeUpdate();
            JdbcTables.commit(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("JdbcStateRepository could not store the state of " + key + " in "
                                            + tableName + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT state_value FROM " + tableName + " WHERE state_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("JdbcStateRepository could not read the state of " + key + " from "
                                            + tableName + ": " + e.getMessage(), e);
        }
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

    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether start creates the table when it does not exist (default true). */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }
}
