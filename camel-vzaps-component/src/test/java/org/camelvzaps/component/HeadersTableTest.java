package org.camelvzaps.component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headers tables of docs/vzaps-component.md (every header) and docs/receiving-events.md (the headers consumers
 * set) are rendered from the {@code headers} section of the generated catalog ({@code vzaps.json}, what Camel tooling
 * shows), so a header is described once, in its {@code @Metadata} in {@link VZapsConstants}: this test fails when a
 * page differs from what the catalog says. {@code -Dvzaps.updateDocs} writes the tables instead.
 */
class HeadersTableTest {

    /** The labels a header may have: who uses it ({@code common}: producer and consumers). */
    private static final Map<String, String> USED_BY = Map.of("producer", "producer", "consumer", "consumer",
            "common", "producer, consumer");

    /** How a header's description starts the sentence about what the producer sets in it. */
    private static final String SET_BY_PRODUCER = "Set by the producer";

    @Test
    void guideHeadersTableMatchesTheCatalog() throws Exception {
        check(OptionsTableTest.GUIDE, "headers-table", render(header -> true));
    }

    @Test
    void eventsPageConsumerHeadersTableMatchesTheCatalog() throws Exception {
        check(OptionsTableTest.EVENTS, "consumer-headers-table", render(header -> !label(header).equals("producer")));
    }

    /**
     * The answer headers of docs/operations.md: what the producer sets, in the words of each header's "Set by the
     * producer" sentence.
     */
    @Test
    void operationsPageAnswerHeadersTableMatchesTheCatalog() throws Exception {
        check(OperationsTableTest.DOC, "answer-headers-table", renderAnswerHeaders());
    }

    /**
     * The Used by column comes from the label, so every header has one, and its description says the same: what a
     * producer reads or sets, what the consumers set.
     */
    @Test
    void everyHeaderSaysWhoUsesIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> header : headers()) {
            String label = label(header.getValue());
            String description = header.getValue().path("description").asText();
            boolean producer = description.startsWith("Producer input:") || description.contains(SET_BY_PRODUCER);
            boolean consumer = description.matches("(?s).*Set by the [a-z, ]*consumers.*");
            boolean agrees = switch (label) {
                case "producer" -> producer && !consumer;
                case "consumer" -> consumer && !producer;
                case "common" -> producer && consumer;
                default -> false;
            };
            if (!agrees) {
                wrong.add(header.getKey() + " (label '" + label + "')");
            }
        }
        assertEquals(List.of(), wrong, "give each header of VZapsConstants a label of " + USED_BY.keySet() + " and a "
                + "description that starts with 'Producer input:' or says 'Set by the producer' for a producer, and "
                + "says 'Set by the ... consumers' for the consumers");
    }

    private static void check(Path page, String marker, String table) throws Exception {
        GeneratedTables.check(page, marker, "the catalog by HeadersTableTest", table, "a header was added, removed "
                + "or described anew; change a description in its @Metadata in VZapsConstants, not in the page");
    }

    static String render(Predicate<JsonNode> which) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| Header | Used by | Type | Description |\n");
        table.append("|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> header : headers()) {
            JsonNode json = header.getValue();
            if (which.test(json)) {
                table.append("| `").append(header.getKey()).append("` | ")
                        .append(USED_BY.getOrDefault(label(json), label(json))).append(" | `")
                        .append(json.path("javaType").asText()).append("` | ")
                        .append(GeneratedTables.descriptionCell(json)).append(" |\n");
            }
        }
        return table.toString();
    }

    private static String renderAnswerHeaders() throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| Header | Type | Set by the producer |\n");
        table.append("|---|---|---|\n");
        int rows = 0;
        for (Map.Entry<String, JsonNode> header : headers()) {
            String description = header.getValue().path("description").asText();
            int from = description.indexOf(SET_BY_PRODUCER);
            if (from >= 0) {
                int end = description.indexOf(". ", from);
                String sentence = description.substring(from + SET_BY_PRODUCER.length(),
                        end < 0 ? description.length() : end + 1).strip();
                table.append("| `").append(header.getKey()).append("` | `")
                        .append(header.getValue().path("javaType").asText()).append("` | ")
                        .append(GeneratedTables.cell(sentence.substring(0, 1).toUpperCase() + sentence.substring(1)))
                        .append(" |\n");
                rows++;
            }
        }
        assertTrue(rows >= 6, "expected the headers the producer sets ('" + SET_BY_PRODUCER + "' in their "
                + "descriptions), found " + rows);
        return table.toString();
    }

    /** The catalog's headers, in the order VZapsConstants declares them. */
    private static List<Map.Entry<String, JsonNode>> headers() throws Exception {
        List<Map.Entry<String, JsonNode>> headers =
                new ArrayList<>(GeneratedTables.catalog().path("headers").properties());
        assertTrue(headers.size() >= 20, "expected the component's headers in " + GeneratedTables.CATALOG + ", found "
                + headers.size());
        return headers;
    }

    private static String label(JsonNode header) {
        return header.path("label").asText();
    }
}
