package org.camelvzaps.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.VZapsOperation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The user guide names every operation, option and header of the generated catalog, so a new one cannot ship
 * undocumented.
 */
class DocsCoverageTest {

    private static final Path GUIDE = Path.of("..", "docs", "vzaps-component.md");
    private static final List<String> STANDARD = List.of("bridgeErrorHandler", "exceptionHandler", "exchangePattern",
            "lazyStartProducer", "autowiredEnabled", "healthCheckConsumerEnabled", "healthCheckProducerEnabled",
            "configuration");

    @Test
    void guideNamesEveryOperationOptionAndHeader() throws Exception {
        String guide = Files.readString(GUIDE);
        JsonNode catalog;
        try (var in = getClass().getResourceAsStream("/META-INF/org/camelvzaps/component/vzaps.json")) {
            catalog = Json.mapper().readTree(in);
        }
        List<String> missing = new ArrayList<>();
        for (VZapsOperation op : VZapsOperation.values()) {
            if (!guide.contains("`" + op.name() + "`")) {
                missing.add("operation " + op.name());
            }
        }
        for (String section : List.of("componentProperties", "properties", "headers")) {
            catalog.get(section).fieldNames().forEachRemaining(name -> {
                if (!guide.contains("`" + name + "`") && !STANDARD.contains(name)) {
                    missing.add(section + " " + name);
                }
            });
        }
        assertEquals(List.of(), missing, "add these to " + GUIDE);
    }
}
