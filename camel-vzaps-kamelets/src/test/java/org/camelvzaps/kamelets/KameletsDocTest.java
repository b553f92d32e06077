package org.camelvzaps.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/kamelets.md shows exactly the files KameletsAgainstSandboxTest runs (src/test/resources/examples), and a
 * properties row for every property of every Kamelet; README and the user guide link the page.
 */
class KameletsDocTest {

    static final Path DOC = Path.of("..", "docs", "kamelets.md");
    static final Path EXAMPLES = Path.of("src", "test", "resources", "examples");
    /** route.yaml belongs to docs/jbang-yaml.md (JBangYamlTest). */
    static final String NOT_HERE = "route.yaml";

    @Test
    void everyYamlBlockIsAnExampleFileAndEveryExampleIsShown() throws IOException {
        String doc = Files.readString(DOC);
        List<String> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(NOT_HERE)).sorted().toList();
        }
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        for (String name : examples) {
            String content = Files.readString(EXAMPLES.resolve(name));
            assertTrue(doc.contains("`" + name + "`:\n\n```yaml\n" + content + "```"),
                    name + " is shown in docs/kamelets.md, named and exactly as the test runs it");
        }
        List<String> contents = new ArrayList<>();
        for (String name : examples) {
            contents.add(Files.readString(EXAMPLES.resolve(name)));
        }
        for (String block : blocks) {
            assertTrue(contents.contains(block), "a yaml block of docs/kamelets.md that no test runs:\n" + block);
        }
        assertEquals(examples.size(), blocks.size(), "one yaml block per example file");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPropertyOfEveryKameletHasItsRowInItsSection() throws IOException {
        String doc = Files.readString(DOC);
        for (Path f : KameletConventionsTest.kamelets()) {
            Map<String, Object> k = KameletConventionsTest.load(f);
            String name = KameletConventionsTest.at(k, "metadata", "name");
            int start = doc.indexOf("\n## " + name + "\n");
            assertTrue(start >= 0, "a section ## " + name);
            int end = doc.indexOf("\n## ", start + 1);
            String section = doc.substring(start, end < 0 ? doc.length() : end);
            Map<String, Object> props = KameletConventionsTest.at(k, "spec", "definition", "properties");
            List<String> required = KameletConventionsTest.at(k, "spec", "definition", "required");
            TreeSet<String> rows = new TreeSet<>();
            Matcher m = Pattern.compile("\n\\| `([A-Za-z0-9]+)` \\| (yes)? *\\|").matcher(section);
            while (m.find()) {
                rows.add(m.group(1));
                assertEquals(required.contains(m.group(1)), m.group(2) != null, name + "." + m.group(1) + " required");
            }
            assertEquals(new TreeSet<>(props.keySet()), rows, "the properties table of " + name);
        }
    }

    @Test
    void readmeAndGuideLinkThePage() throws IOException {
        assertTrue(Files.readString(Path.of("..", "README.md")).contains("(docs/kamelets.md)"), "README links it");
        assertTrue(Files.readString(Path.of("..", "docs", "vzaps-component.md")).contains("(kamelets.md)"),
                "the user guide links it");
    }
}
