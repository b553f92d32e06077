package org.camelvzaps.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every kamelets/*.kamelet.yaml follows the conventions of the Apache Camel Kamelet catalog (apache/camel-kamelets),
 * so tools that read the catalog format (camel-kamelet, JBang's {@code camel bind}, Camel K, Kaoto) see it whole.
 */
class KameletConventionsTest {

    static final Path DIR = Path.of("src", "main", "resources", "kamelets");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9_.-]+)(?::[^}]*)?}}");
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(token|secret|password|apikey).*");

    static List<Path> kamelets() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(f -> f.getFileName().toString().endsWith(".kamelet.yaml")).sorted().toList();
            assertFalse(list.isEmpty(), "no Kamelets in " + DIR.toAbsolutePath());
            return list;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> root, String... path) {
        Object node = root;
        for (String key : path) {
            assertTrue(node instanceof Map, "no " + String.join(".", path));
            node = ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }

    @TestFactory
    Stream<DynamicTest> everyKameletFollowsTheCatalogConventions() throws IOException {
        return kamelets().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @SuppressWarnings("unchecked")
    static void check(Path file) throws IOException {
        Map<String, Object> k = load(file);
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".kamelet.yaml".length());

        assertEquals("camel.apache.org/v1", k.get("apiVersion"));
        assertEquals("Kamelet", k.get("kind"));
        assertEquals(name, at(k, "metadata", "name"), "metadata.name is the file name");

        String type = at(k, "metadata", "labels", "camel.apache.org/kamelet.type");
        assertTrue(Set.of("source", "sink", "action").contains(type), "kamelet.type label: " + type);
        assertTrue(name.endsWith("-" + type), name + " ends with -" + type);

        Map<String, Object> annotations = at(k, "metadata", "annotations");
        for (String a : List.of("camel.apache.org/kamelet.support.level", "camel.apache.org/catalog.version",
                "camel.apache.org/kamelet.icon", "camel.apache.org/provider", "camel.apache.org/kamelet.group")) {
            assertTrue(annotations.get(a) instanceof String s && !s.isBlank(), "annotation " + a);
        }
        assertTrue(Set.of("Stable", "Preview", "Deprecated").contains(annotations.get(
                "camel.apache.org/kamelet.support.level")), "support level");
        assertTrue(((String) annotations.get("camel.apache.org/kamelet.icon")).startsWith("data:image/svg+xml;base64,"));

        Map<String, Object> definition = at(k, "spec", "definition");
        assertTrue(definition.get("title") instanceof String t && !t.isBlank(), "definition.title");
        assertTrue(definition.get("description") instanceof String d && !d.isBlank(), "definition.description");
        assertEquals("object", definition.get("type"), "definition.type");
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) definition.get("properties");
        assertNotNull(properties, "definition.properties");
        List<String> required = (List<String>) definition.getOrDefault("required", List.of());
        for (String r : required) {
            assertTrue(properties.containsKey(r), "required " + r + " is declared");
            assertFalse(properties.get(r).containsKey("default"), "required " + r + " has no default");
        }

        properties.forEach((prop, spec) -> {
            assertTrue(prop.matches("[a-z][A-Za-z0-9]*"), "camelCase property name " + prop);
            for (String field : List.of("title", "description", "type")) {
                assertTrue(spec.get(field) instanceof String s && !s.isBlank(), prop + "." + field);
            }
            if (spec.containsKey("enum") && spec.containsKey("default")) {
                assertTrue(((List<?>) spec.get("enum")).contains(spec.get("default")), prop + " default in enum");
            }
            boolean secret = SECRET_NAME.matcher(prop).matches();
            List<String> descriptors = (List<String>) spec.getOrDefault("x-descriptors", List.of());
            boolean marked = "password".equals(spec.get("format"))
                    && descriptors.contains("urn:camel:group:credentials")
                    && descriptors.contains("urn:alm:descriptor:com.tectonic.ui:password");
            assertEquals(secret, marked, prop + ": a secret is marked format password + x-descriptors "
                    + "(password, credentials), and only a secret is");
        });

        // every {{prop}} of the template is declared, and every declared property is used
        Map<String, Object> template = at(k, "spec", "template");
        assertNotNull(template, "spec.template");
        Set<String> used = new TreeSet<>();
        collectPlaceholders(template, used);
        assertEquals(new TreeSet<>(properties.keySet()), used, "properties declared = placeholders of the template");
        // a property that is not required and has no default must be optional ({{?prop}}) in the template
        for (String prop : properties.keySet()) {
            if (!required.contains(prop) && !properties.get(prop).containsKey("default")) {
                String text = Files.readString(file);
                assertFalse(text.contains("{{" + prop + "}}"), prop + " is optional, so the template uses {{?" + prop
                        + "}}");
            }
        }

        String from = at(template, "from", "uri");
        List<Object> steps = at(template, "from", "steps");
        assertNotNull(steps, "template.from.steps");
        if (type.equals("sink")) {
            assertEquals("kamelet:source", from, "a sink starts from kamelet:source");
        } else {
            assertFalse(from.startsWith("kamelet:"), "a source starts from its endpoint");
            Object last = steps.get(steps.size() - 1);
            assertEquals("kamelet:sink", ((Map<String, Object>) last).get("to"), "a source ends in kamelet:sink");
        }

        List<String> dependencies = at(k, "spec", "dependencies");
        assertNotNull(dependencies, "spec.dependencies");
        assertTrue(dependencies.contains("camel:kamelet"), "depends on camel:kamelet");
        String vzaps = "mvn:org.camelvzaps:camel-vzaps:" + annotations.get("camel.apache.org/catalog.version");
        assertTrue(dependencies.contains("camel:vzaps") || dependencies.contains(vzaps),
                "depends on camel:vzaps or " + vzaps + ": " + dependencies);
        for (String d : dependencies) {
            assertTrue(d.startsWith("camel:") || d.startsWith("mvn:"), "dependency form: " + d);
        }
        // ${body.raw()} and the like: Simple calls a method through camel-bean, "No language could be found for:
        // bean" at startup without it; the module's pom brings it too, for Camel Main without downloads
        if (Pattern.compile("\\$\\{[^}]*\\(").matcher(Files.readString(file)).find()) {
            assertTrue(dependencies.contains("camel:bean"), "calls a method in simple, so depends on camel:bean");
            assertTrue(Files.readString(Path.of("pom.xml")).matches(
                    "(?s).*<artifactId>camel-bean</artifactId>\\s*</dependency>.*"),
                    "the module's pom brings camel-bean (compile scope)");
        }
    }

    @SuppressWarnings("unchecked")
    static void collectPlaceholders(Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectPlaceholders(v, into));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectPlaceholders(v, into));
        } else if (node instanceof String s) {
            Matcher m = PLACEHOLDER.matcher(s);
            while (m.find()) {
                into.add(m.group(1));
            }
        }
    }

    /** The catalog version of the Kamelets is the project's version (what the mvn: dependency names). */
    @TestFactory
    Stream<DynamicTest> catalogVersionIsTheProjectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
        if (!m.find()) {
            fail("no parent version in pom.xml");
        }
        String version = m.group(1);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : kamelets()) {
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> assertEquals(version,
                    at(load(f), "metadata", "annotations", "camel.apache.org/catalog.version"))));
        }
        return tests.stream();
    }

    static Set<String> names() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (Path f : kamelets()) {
            names.add((String) at(load(f), "metadata", "name"));
        }
        return names;
    }
}
