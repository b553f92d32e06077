package org.camelvzaps.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the docs tables rendered from code share ({@link OptionsTableTest}, {@link HeadersTableTest},
 * {@link OperationsTableTest}): the generated catalog they read, the check that a page holds a table as rendered
 * between its markers ({@code -Dvzaps.updateDocs} writes it there instead), and a catalog description as the text
 * of a table cell.
 */
final class GeneratedTables {

    static final String CATALOG = "/META-INF/org/camelvzaps/component/vzaps.json";

    private GeneratedTables() {
    }

    /** The generated catalog, {@code vzaps.json}: what Camel tooling shows. */
    static JsonNode catalog() throws IOException {
        try (var in = GeneratedTables.class.getResourceAsStream(CATALOG)) {
            assertTrue(in != null, CATALOG + " is not on the test classpath");
            return Json.mapper().readTree(in);
        }
    }

    /**
     * Fails unless {@code page} holds {@code table} between {@code <!-- marker:start (generated from source; run the
     * component tests with -Dvzaps.updateDocs to refresh) -->} and {@code <!-- marker:end -->}; with
     * {@code -Dvzaps.updateDocs} writes the table there instead. {@code why} tells the reader of a failure what
     * changed and where to change it.
     */
    static void check(Path page, String marker, String source, String table, String why) throws IOException {
        String start = "<!-- " + marker + ":start (generated from " + source + "; run the component tests with "
                       + "-Dvzaps.updateDocs to refresh) -->";
        String end = "<!-- " + marker + ":end -->";
        String doc = Files.readString(page);
        int from = doc.indexOf(start);
        int to = doc.indexOf(end);
        assertTrue(from >= 0 && to > from, page + " needs the markers " + start + " and " + end);
        String current = doc.substring(from + start.length(), to);
        String expected = "\n" + table;
        if (!expected.equals(current) && Boolean.getBoolean("vzaps.updateDocs")) {
            Files.writeString(page, doc.substring(0, from + start.length()) + expected + doc.substring(to));
            return;
        }
        assertEquals(expected, current, page + " is out of date (" + why + "): run the component tests with "
                + "-Dvzaps.updateDocs and commit the page");
    }

    /**
     * A catalog entry's description as plain text in a table cell: nothing in it reads as markup or ends the cell,
     * and a secret says so.
     */
    static String descriptionCell(JsonNode entry) {
        String text = cell(entry.path("description").asText());
        return entry.path("secret").asBoolean() ? text + " Secret." : text;
    }

    /** Plain text as a table cell: nothing in it reads as markup or ends the cell. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*");
    }
}
