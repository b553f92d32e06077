package org.camelvzaps.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user guide and the operations page together name every endpoint name (operations and the webhook consumer),
 * option and header of the generated catalog, so a new one cannot ship undocumented. The names are read from the
 * generated {@code vzaps.json}, which is what tooling shows users, not from the Java sources.
 */
class DocsCoverageTest {

    private static final Path GUIDE = Path.of("..", "docs", "vzaps-component.md");
    private static final Path OPERATIONS = Path.of("..", "docs", "operations.md");
    private static final String CATALOG = "/META-INF/org/camelvzaps/component/vzaps.json";
    /** Options every Camel component or endpoint has; Camel's own docs describe them. */
    private static final List<String> STANDARD = List.of("bridgeErrorHandler", "exceptionHandler", "exchangePattern",
            "lazyStartProducer", "autowiredEnabled", "healthCheckConsumerEnabled", "healthCheckProducerEnabled",
            "configuration");

    @Test
    void guideAndOperationsPageNameEveryOperationOptionAndHeader() throws Exception {
        String docs = Files.readString(GUIDE) + "\n" + Files.readString(OPERATIONS);
        JsonNode catalog = catalog();
        List<String> missing = new ArrayList<>();
        JsonNode operations = catalog.path("properties").path("operation").path("enum");
        assertTrue(operations.size() > 0, CATALOG + " lists no operation");
        operations.forEach(op -> {
            if (!docs.contains("`" + op.asText() + "`")) {
                missing.add("operation " + op.asText());
            }
        });
        for (String section : List.of("componentProperties", "properties", "headers")) {
            catalog.get(section).fieldNames().forEachRemaining(name -> {
                if (!docs.contains("`" + name + "`") && !STANDARD.contains(name)) {
                    missing.add(section + " " + name);
                }
            });
        }
        assertEquals(List.of(), missing, "name these (in backticks) in " + GUIDE + " or " + OPERATIONS);
    }

    @Test
    void guideLinksToTheOperationsPage() throws Exception {
        assertTrue(Files.readString(GUIDE).contains("](operations.md"), GUIDE + " must link to operations.md");
    }

    private JsonNode catalog() throws Exception {
        try (var in = getClass().getResourceAsStream(CATALOG)) {
            assertTrue(in != null, CATALOG + " is not on the test classpath");
            return Json.mapper().readTree(in);
        }
    }
}
