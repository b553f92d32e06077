package org.camelvzaps.state;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camelvzaps.client.VZapsConfigurationException;

/** What the SQL repositories share: their settings' checks, creating their table, committing a statement. */
final class JdbcTables {

    /** A plain table name, optionally schema.table: it is put into SQL text, so nothing else is accepted. */
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private JdbcTables() {
    }

    /**
     * Refuses a missing {@code dataSource} ({@code sharedWhat}: what the replicas share in it) or a {@code tableName}
     * that is not a plain name, naming {@code repository} and the setting to fix.
     */
    static void checkSettings(String repository, DataSource dataSource, String sharedWhat, String tableName) {
        if (dataSource == null) {
            throw new VZapsConfigurationException(repository + " needs a dataSource: the database the replicas share "
                                                  + sharedWhat + " in");
        }
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new VZapsConfigurationException(repository + ": tableName must be a plain SQL table name (letters, "
                                                  + "digits, _ ; optionally schema.table), not '" + tableName + "'");
        }
    }

    /** {@code CREATE TABLE IF NOT EXISTS tableName (columns)}, committed. */
    static void createTable(String repository, DataSource dataSource, String tableName, String columns) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + tableName + " (" + columns + ")");
            commit(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(repository + " could not create the table " + tableName + ": "
                                            + e.getMessage() + " (create it yourself and set createTable=false)", e);
        }
    }

    /** Commits unless the connection commits each statement itself. */
    static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
