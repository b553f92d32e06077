package org.camelvzaps.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code spring-configuration-metadata.json} against the component's catalog JSON: the same options
 * (kebab-case), descriptions and defaults: checks that {@link VZapsComponentConfiguration}, which the build writes from
 * that catalog, carries every option to the metadata.
 */
class ConfigurationMetadataCoverageTest {

    private static final String PREFIX = "camel.component.vzaps.";
    /** ComponentConfigurationPropertiesCommon's switches, not component options. */
    private static final Set<String> STARTER_ONLY = Set.of("enabled", "customizer.enabled");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void metadataListsEveryCatalogOptionWithItsDescriptionAndDefault() throws Exception {
        JsonNode catalog = read("META-INF/org/camelvzaps/component/vzaps.json").get("componentProperties");
        Map<String, JsonNode> metadata = new TreeMap<>();
        for (JsonNode property : read("META-INF/spring-configuration-metadata.json").get("properties")) {
            String name = property.get("name").asText();
            if (name.startsWith(PREFIX) && !STARTER_ONLY.contains(name.substring(PREFIX.length()))) {
                metadata.put(name.substring(PREFIX.length()), property);
            }
        }
        Map<String, JsonNode> options = new TreeMap<>();
        catalog.fields().forEachRemaining(e -> options.put(kebab(e.getKey()), e.getValue()));

        assertEquals(new TreeSet<>(options.keySet()), new TreeSet<>(metadata.keySet()),
                "camel.component.vzaps.* in spring-configuration-metadata.json vs componentProperties in vzaps.json");
        options.forEach((name, option) -> {
            JsonNode property = metadata.get(name);
            String description = property.path("description").asText();
            assertEquals(true, description.startsWith(option.get("description").asText()),
                    () -> name + ": description '" + description + "' does not start with the catalog's");
            JsonNode catalogDefault = option.get("defaultValue");
            JsonNode metadataDefault = property.get("defaultValue");
            assertEquals(catalogDefault == null ? null : catalogDefault.asText(),
                    metadataDefault == null ? null : metadataDefault.asText(), () -> name + ": default");
        });
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = ConfigurationMetadataCoverageTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return MAPPER.readTree(in);
        }
    }
}
