package org.camelvzaps.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user guide, the operations page, the receiving-events page and the security page together name every endpoint
 * name (operations and the webhook, realtime and pairing consumers) of the generated catalog, so a new one cannot ship
 * undocumented. The names are read from the generated {@code vzaps.json}, which is what tooling shows users, not from
 * the Java sources. Options and headers are covered by {@link OptionsTableTest} and {@link HeadersTableTest}: the
 * guide's options and headers tables are rendered from the same catalog.
 */
class DocsCoverageTest {

    private static final Path GUIDE = Path.of("..", "docs", "vzaps-component.md");
    private static final Path OPERATIONS = Path.of("..", "docs", "operations.md");
    private static final Path EVENTS = Path.of("..", "docs", "receiving-events.md");
    private static final Path SECURITY = Path.of("..", "docs", "security.md");
    private static final Path README = Path.of("..", "README.md");

    @Test
    void guideOperationsEventsAndSecurityPagesNameEveryOperation() throws Exception {
        String docs = Files.readString(GUIDE) + "\n" + Files.readString(OPERATIONS) + "\n" + Files.readString(EVENTS)
                + "\n" + Files.readString(SECURITY);
        List<String> missing = new ArrayList<>();
        JsonNode operations = GeneratedTables.catalog().path("properties").path("operation").path("enum");
        assertTrue(operations.size() > 0, GeneratedTables.CATALOG + " lists no operation");
        operations.forEach(op -> {
            if (!docs.contains("`" + op.asText() + "`")) {
                missing.add("operation " + op.asText());
            }
        });
        assertEquals(List.of(), missing, "name these (in backticks) in " + GUIDE + ", " + OPERATIONS + ", " + EVENTS
                + " or " + SECURITY);
    }

    @Test
    void guideLinksToTheOperationsPage() throws Exception {
        assertTrue(Files.readString(GUIDE).contains("](operations.md"), GUIDE + " must link to operations.md");
    }

    @Test
    void guideAndReadmeLinkToTheEventsPage() throws Exception {
        assertTrue(Files.readString(GUIDE).contains("](receiving-events.md"), GUIDE + " must link to receiving-events.md");
        assertTrue(Files.readString(README).contains("](docs/receiving-events.md"), README + " must link to it too");
    }

    @Test
    void guideAndReadmeLinkToTheSecurityPage() throws Exception {
        assertTrue(Files.readString(GUIDE).contains("](security.md"), GUIDE + " must link to security.md");
        assertTrue(Files.readString(README).contains("](docs/security.md"), README + " must link to it too");
    }
}
