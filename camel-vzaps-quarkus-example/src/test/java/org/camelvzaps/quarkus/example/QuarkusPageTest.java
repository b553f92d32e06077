package org.camelvzaps.quarkus.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/quarkus.md shows this module as it is: each block marked {@code <!-- app: quarkus … -->} is a file of the
 * module, and the pom block lists the module's extensions.
 */
class QuarkusPageTest {

    private static final Path DOC = Path.of("..", "docs", "quarkus.md");
    private static final Pattern BLOCK = Pattern.compile("<!-- app: quarkus ([a-z]+) -->\\n```[a-z]+\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theMarkedBlocksAreTheModulesFiles() throws IOException {
        String doc = Files.readString(DOC);
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(doc);
        while (m.find()) {
            blocks.put(m.group(1), m.group(2));
        }
        assertEquals(Set.of("properties", "routes", "test"), blocks.keySet());
        assertEquals(Files.readString(Path.of("src/main/resources/application.properties")), blocks.get("properties"));
        assertEquals(Files.readString(Path.of("src/main/java/org/camelvzaps/quarkus/example/StoreFrontRoutes.java")),
                blocks.get("routes"));
        assertEquals(Files.readString(Path.of("src/test/java/org/camelvzaps/quarkus/example/VZapsQuarkusTest.java")),
                blocks.get("test"));
        Matcher extension = Pattern.compile("<artifactId>(camel-quarkus-[a-z-]+)</artifactId>").matcher(Files.readString(Path.of("pom.xml")));
        while (extension.find()) {
            assertTrue(doc.contains("<artifactId>" + extension.group(1) + "</artifactId>"),
                    "docs/quarkus.md's pom shows " + extension.group(1));
        }
    }
}
