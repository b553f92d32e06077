package org.camelvzaps.component;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camelvzaps.state.JdbcIdempotentRepository;
import org.camelvzaps.state.VZapsEventInProgressException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL docs/receiving-events.md gives for {@link JdbcIdempotentRepository} works as written, on PostgreSQL: the
 * CREATE TABLE makes a table a repository with {@code createTable=false} works on, and the cleanup DELETE removes old
 * done ids only (never a recent one, nor one in progress).
 */
class DocsIdempotentTableTest {

    private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theCreateTableAndCleanupOfThePageRunAsWritten() throws Exception {
        String page = Files.readString(RepoRoot.find().resolve("docs/receiving-events.md"));
        List<String> blocks = new ArrayList<>();
        Matcher block = SQL_BLOCK.matcher(page);
        while (block.find()) {
            blocks.add(block.group(1).trim());
        }
        List<String> creates = blocks.stream().filter(sql -> sql.contains("CREATE TABLE IF NOT EXISTS VZAPS_IDEMPOTENT"))
                .toList();
        List<String> cleanups = blocks.stream().filter(sql -> sql.startsWith("DELETE FROM VZAPS_IDEMPOTENT")).toList();
        assertEquals(1, creates.size(), "one CREATE TABLE for VZAPS_IDEMPOTENT on the page: " + blocks);
        assertEquals(1, cleanups.size(), "one cleanup DELETE on the page: " + blocks);

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            execute(dataSource, creates.get(0));
            JdbcIdempotentRepository repository = new JdbcIdempotentRepository(dataSource);
            repository.setCreateTable(false);
            repository.start();
            try {
                assertTrue(repository.add("evt_old"));
                assertTrue(repository.confirm("evt_old"));
                assertTrue(repository.add("evt_recent"));
                assertTrue(repository.confirm("evt_recent"));
                assertTrue(repository.add("evt_busy"));
                assertFalse(repository.add("evt_old"), "the documented table keeps done ids");
                execute(dataSource, "UPDATE VZAPS_IDEMPOTENT SET updated_at = CURRENT_TIMESTAMP - INTERVAL '8 days' "
                                    + "WHERE event_id IN ('evt_old', 'evt_busy')");

                assertEquals(1, execute(dataSource, cleanups.get(0)), "the cleanup deletes the old done id only");
                assertEquals(List.of("evt_busy", "evt_recent"), ids(dataSource));
                assertFalse(repository.add("evt_recent"), "a recent done id is still a duplicate");
                assertThrows(VZapsEventInProgressException.class, () -> repository.add("evt_busy"),
                        "an id in progress is kept, however old");
                assertTrue(repository.confirm("evt_busy"));
            } finally {
                repository.stop();
            }
        }
    }

    private static int execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String single = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
            return statement.executeUpdate(single);
        }
    }

    private static List<String> ids(DataSource dataSource) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id FROM VZAPS_IDEMPOTENT ORDER BY event_id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
