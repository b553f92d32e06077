package org.camelvzaps.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/architecture.md and the "How to add an operation" steps of docs/operations.md name the classes, fields and
 * headers a maintainer must touch, and the tests that fail until each step is done. This test keeps those names
 * real: every {@code `ClassName`} and {@code `ClassName.member`} they write in backticks is a class of the repository
 * (any module, main or test sources) or of the JDK, Jackson or Camel, and has that member; every {@code `CamelVZaps…`}
 * header is one of {@code VZapsConstants}. A renamed class or test then fails here instead of misleading the reader.
 * The how-to steps also keep naming the tests that fail until a new operation, option or header is complete.
 */
class DocsArchitectureTest {

    /** A whole backticked name: a type with at least one lower-case letter, optionally {@code .member}. */
    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:\\.([A-Za-z_][A-Za-z0-9_]*))?`");
    private static final List<String> LIBRARY_PACKAGES = List.of("java.lang.", "java.util.", "java.io.", "java.nio.file.",
            "com.fasterxml.jackson.databind.", "org.apache.camel.", "org.apache.camel.support.",
            "org.apache.camel.spi.");

    @Test
    void theArchitecturePageNamesOnlyWhatExists() throws IOException {
        Path root = RepoRoot.find();
        assertEquals(List.of(), unknownNames(root, Files.readString(root.resolve("docs/architecture.md")), 60),
                "docs/architecture.md names what the repository does not have: fix the page");
    }

    @Test
    void theHowToAddAnOperationStepsNameOnlyWhatExists() throws IOException {
        Path root = RepoRoot.find();
        String operations = Files.readString(root.resolve("docs/operations.md"));
        int start = operations.indexOf("## How to add an operation");
        assertTrue(start >= 0, "docs/operations.md has no 'How to add an operation' section");
        int end = operations.indexOf("\n## ", start + 1);
        String section = operations.substring(start, end < 0 ? operations.length() : end);
        assertEquals(List.of(), unknownNames(root, section, 10),
                "docs/operations.md#how-to-add-an-operation names what the repository does not have: fix the steps");
        for (String test : List.of("OperationWireTest", "CatalogCoverageTest", "EveryRouteTest",
                "EveryOperationAgainstSandboxTest", "OperationsTableTest", "DocsCoverageTest")) {
            assertTrue(section.contains("`" + test + "`"), "the steps no longer name " + test
                    + ", a test that fails until an operation is complete");
        }
    }

    @Test
    void theAddAnOptionStepsNameTheTestsThatFailUntilAnOptionIsComplete() throws IOException {
        String section = architectureSection("Add an option");
        for (String name : List.of("OptionsTableTest", "GeneratedMetadataTest", "ClientSharingTest", "@ClientSetting",
                "ParametersAndBadInputTest", "StartupSummaryMaskingTest", "ConfigurationMetadataCoverageTest",
                "-Dvzaps.updateDocs")) {
            assertTrue(section.contains("`" + name + "`"), "the 'Add an option' steps no longer name " + name
                    + ", which a new option meets");
        }
    }

    @Test
    void theAddAHeaderStepsNameTheTestsThatFailUntilAHeaderIsComplete() throws IOException {
        String section = architectureSection("Add a header");
        for (String name : List.of("HeadersTableTest", "OptionsTableTest", "GeneratedMetadataTest", "@Metadata",
                "-Dvzaps.updateDocs")) {
            assertTrue(section.contains("`" + name + "`"), "the 'Add a header' steps no longer name " + name
                    + ", which a new header meets");
        }
    }

    /** The section of docs/architecture.md under {@code ## title}, up to the next section. */
    private static String architectureSection(String title) throws IOException {
        String architecture = Files.readString(RepoRoot.find().resolve("docs/architecture.md"));
        int start = architecture.indexOf("## " + title + "\n");
        assertTrue(start >= 0, "docs/architecture.md has no '" + title + "' section");
        int end = architecture.indexOf("\n## ", start + 1);
        return architecture.substring(start, end < 0 ? architecture.length() : end);
    }

    /** The names of the text that are neither a class (with the member) nor a header; asserts enough were checked. */
    private static List<String> unknownNames(Path root, String text, int atLeast) throws IOException {
        Map<String, Path> sources = javaSources(root);
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            names.add(m.group(0));
        }
        assertTrue(names.size() >= atLeast, "expected at least " + atLeast + " class names, found " + names);
        Set<String> constants = headerNames();
        List<String> unknown = new ArrayList<>();
        for (String quoted : names) {
            Matcher name = NAME.matcher(quoted);
            name.matches();
            String type = name.group(1);
            String member = name.group(2);
            if (type.startsWith("CamelVZaps")) {
                if (member != null || !constants.contains(type)) {
                    unknown.add(quoted + " (no such header in VZapsConstants)");
                }
                continue;
            }
            Path source = sources.get(type);
            if (source != null) {
                if (member != null && !Files.readString(source).contains(member)) {
                    unknown.add(quoted + " (" + root.relativize(source) + " has no " + member + ")");
                }
            } else if (libraryClass(type).isEmpty()) {
                unknown.add(quoted + " (no such class)");
            } else if (member != null && !hasMember(libraryClass(type).get(), member)) {
                unknown.add(quoted + " (no member " + member + ")");
            }
        }
        return unknown;
    }

    /** The values of VZapsConstants' header constants (some point at names declared in the client). */
    private static Set<String> headerNames() {
        Set<String> names = new LinkedHashSet<>();
        for (java.lang.reflect.Field field : VZapsConstants.class.getFields()) {
            try {
                if (field.get(null) instanceof String name) {
                    names.add(name);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    /** Every .java file of every module's sources, by simple name. */
    private static Map<String, Path> javaSources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> root.relativize(p).toString().replace('\\', '/').contains("/src/"))
                    .filter(p -> !root.relativize(p).toString().replace('\\', '/').contains("/target/"))
                    .collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""), p -> p,
                            (a, b) -> a));
        }
    }

    private static Optional<Class<?>> libraryClass(String simpleName) {
        for (String pkg : LIBRARY_PACKAGES) {
            try {
                return Optional.of(Class.forName(pkg + simpleName));
            } catch (ClassNotFoundException next) {
                // try the next package
            }
        }
        return Optional.empty();
    }

    private static boolean hasMember(Class<?> type, String member) {
        return Stream.of(type.getMethods()).anyMatch(method -> method.getName().equals(member))
                || Stream.of(type.getFields()).anyMatch(field -> field.getName().equals(member))
                || Stream.of(type.getClasses()).anyMatch(nested -> nested.getSimpleName().equals(member));
    }
}
