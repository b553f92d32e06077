package org.camelvzaps.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/spring-boot.md shows what VZapsSpringBootTest runs: every Java block is code of the test application or the
 * test (spacing aside), and every line of its first properties block is in the test's application.properties.
 */
class SpringBootDocTest {

    private static final Path DOC = Path.of("..", "docs", "spring-boot.md");
    private static final Path TESTS = Path.of("src", "test", "java", "org", "camelvzaps", "springboot");
    /** A code block, unless marked {@code <!-- app: … -->}: those are the example module's (its SpringBootPageTest). */
    private static final Pattern BLOCK = Pattern.compile("(?<!-->\\n)```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaBlockIsCodeTheTestRuns() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(TESTS)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            sources = normalize(all.toString());
        }
        List<String> java = blocks("java");
        assertFalse(java.isEmpty());
        for (String block : java) {
            assertTrue(sources.contains(normalize(block)), "a java block of docs/spring-boot.md that no test runs:\n" + block);
        }
    }

    @Test
    void thePropertiesBlockIsTheTestsApplicationProperties() throws IOException {
        List<String> properties = Files.readAllLines(Path.of("src", "test", "resources", "application.properties"));
        String block = blocks("properties").get(0);
        for (String line : block.split("\n")) {
            assertTrue(properties.contains(line), "not in the test's application.properties: " + line);
        }
    }

    private static List<String> blocks(String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            if (m.group(1).equals(language)) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }

    private static String normalize(String code) {
        return code.replaceAll("\\s+", " ").trim();
    }
}
