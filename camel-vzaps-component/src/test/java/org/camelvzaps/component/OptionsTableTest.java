package org.camelvzaps.component;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The options tables of docs/vzaps-component.md (every option), docs/receiving-events.md (the consumer options) and
 * docs/sending.md (the pacing options) are rendered from the generated catalog ({@code vzaps.json}, what Camel
 * tooling shows), so an option's description is written once, where it is declared: this test fails when a page
 * differs from what the catalog says.
 * {@code -Dvzaps.updateDocs} writes the tables instead. The tables hold the options this component declares (the
 * fields of {@link VZapsConfiguration} and the {@code @Metadata} fields of {@link VZapsComponent}); the options
 * every Camel endpoint or component has are named in the prose around the table, and those of Camel's scheduled poll
 * consumer (used by {@code vzaps:pairing}) are covered by a link to Camel's description.
 */
class OptionsTableTest {

    static final Path GUIDE = Path.of("..", "docs", "vzaps-component.md");
    static final Path EVENTS = Path.of("..", "docs", "receiving-events.md");
    static final Path SENDING = Path.of("..", "docs", "sending.md");
    private static final String SCHEDULED_POLL_DOCS = "https://camel.apache.org/manual/polling-consumer.html";
    /** Groups in the order Camel's catalog lists them; the others follow by name. */
    private static final List<String> GROUP_ORDER = List.of("common", "consumer", "consumer (advanced)", "producer",
            "producer (advanced)");

    @Test
    void guideOptionsTableMatchesTheCatalog() throws Exception {
        check(GUIDE, "options-table", render(option -> true));
    }

    @Test
    void eventsPageConsumerOptionsTableMatchesTheCatalog() throws Exception {
        check(EVENTS, "consumer-options-table", render(option -> option.label().contains("consumer")));
    }

    @Test
    void sendingPagePacingOptionsTableMatchesTheCatalog() throws Exception {
        List<String> pacing = List.of("sendInterval", "sendJitter", "maxPaceWait", "sendLimiter");
        check(SENDING, "pacing-options-table", render(option -> pacing.contains(option.name())));
    }

    /**
     * The options the guide's table leaves out are Camel's: the guide names each (in backticks), except those of the
     * scheduled poll consumer, for which it links to Camel's page.
     */
    @Test
    void guideNamesTheOptionsCamelDocuments() throws Exception {
        String guide = Files.readString(GUIDE);
        Set<String> ours = options().stream().map(Option::name).collect(Collectors.toSet());
        Set<String> scheduledPoll = scheduledPollOptions();
        assertTrue(scheduledPoll.contains("delay") && scheduledPoll.contains("pollStrategy"),
                "ScheduledPollEndpoint's options not found by reflection: " + scheduledPoll);
        assertTrue(guide.contains("](" + SCHEDULED_POLL_DOCS), GUIDE + " must link to " + SCHEDULED_POLL_DOCS);
        List<String> unnamed = new ArrayList<>();
        JsonNode catalog = GeneratedTables.catalog();
        for (String section : List.of("componentProperties", "properties")) {
            for (Map.Entry<String, JsonNode> option : catalog.get(section).properties()) {
                String name = option.getKey();
                if (!ours.contains(name) && !scheduledPoll.contains(name) && !guide.contains("`" + name + "`")) {
                    unnamed.add(name);
                }
            }
        }
        assertEquals(List.of(), unnamed, "Camel's options the table leaves out: name them in the prose of " + GUIDE);
    }

    private static void check(Path page, String marker, String table) throws Exception {
        GeneratedTables.check(page, marker, "the catalog by OptionsTableTest", table, "an option was added, removed "
                + "or described anew; change a description where the option is declared, not in the page");
    }

    /**
     * Camel's build drops some characters from a description ({@code <…>}, {@code *}, {@code @}), so a description
     * (of an option or of a header) must reach the catalog, and through it the docs and tooling, as written where it
     * is declared.
     */
    @Test
    void descriptionsReachTheCatalogAsDeclared() throws Exception {
        JsonNode catalog = GeneratedTables.catalog();
        List<String> changed = new ArrayList<>();
        for (Field field : VZapsConfiguration.class.getDeclaredFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            UriPath path = field.getAnnotation(UriPath.class);
            String declared = param != null ? param.description() : path != null ? path.description() : null;
            if (declared != null && !declared.equals(catalog.path("properties").path(field.getName()).path("description").asText())) {
                changed.add(field.getName());
            }
        }
        for (Field field : VZapsComponent.class.getDeclaredFields()) {
            Metadata metadata = field.getAnnotation(Metadata.class);
            if (metadata != null && !metadata.description().equals(
                    catalog.path("componentProperties").path(field.getName()).path("description").asText())) {
                changed.add(field.getName());
            }
        }
        for (Field field : VZapsConstants.class.getFields()) {
            Metadata metadata = field.getAnnotation(Metadata.class);
            if (metadata != null && !metadata.description().equals(
                    catalog.path("headers").path((String) field.get(null)).path("description").asText())) {
                changed.add(field.getName());
            }
        }
        assertEquals(List.of(), changed, "these descriptions changed on their way to " + GeneratedTables.CATALOG
                + ": write them without <, >, * and @");
    }

    static String render(Predicate<Option> which) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| Option | Group | Default | Type | Description |\n");
        table.append("|---|---|---|---|---|\n");
        for (Option option : options()) {
            if (which.test(option)) {
                table.append("| ").append(option.nameCell()).append(" | ")
                        .append(option.label().replace(",", ", ")).append(" | ")
                        .append(option.defaultCell()).append(" | ")
                        .append(option.typeCell()).append(" | ")
                        .append(option.descriptionCell()).append(" |\n");
            }
        }
        return table.toString();
    }

    /** The options this component declares, from the catalog, in the catalog's group order then by name. */
    static List<Option> options() throws Exception {
        JsonNode catalog = GeneratedTables.catalog();
        Map<String, Option> options = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : catalog.get("properties").properties()) {
            if (VZapsConfiguration.class.getName().equals(entry.getValue().path("configurationClass").asText())) {
                options.put(entry.getKey(), new Option(entry.getKey(), entry.getValue(), false));
            }
        }
        for (Field field : VZapsComponent.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(Metadata.class)) {
                JsonNode json = catalog.get("componentProperties").get(field.getName());
                assertTrue(json != null, "component option " + field.getName() + " is not in "
                        + GeneratedTables.CATALOG);
                options.putIfAbsent(field.getName(), new Option(field.getName(), json, true));
            }
        }
        assertTrue(options.size() > 50, "expected the component's options in " + GeneratedTables.CATALOG + ", found "
                + options.keySet());
        return options.values().stream()
                .sorted(Comparator.comparingInt(Option::groupRank).thenComparing(Option::group).thenComparing(Option::name))
                .toList();
    }

    /** The options Camel's scheduled poll endpoint declares (vzaps:pairing uses them). */
    static Set<String> scheduledPollOptions() {
        return Stream.of(ScheduledPollEndpoint.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(UriParam.class))
                .map(Field::getName)
                .collect(Collectors.toSet());
    }

    /** One option of the catalog; {@code componentOnly} when it can be set on the component only. */
    record Option(String name, JsonNode json, boolean componentOnly) {

        String group() {
            return json.path("group").asText();
        }

        String label() {
            String label = json.path("label").asText();
            return label.isEmpty() ? group() : label;
        }

        int groupRank() {
            int rank = GROUP_ORDER.indexOf(group());
            return rank < 0 ? GROUP_ORDER.size() : rank;
        }

        String nameCell() {
            List<String> notes = new ArrayList<>();
            if ("path".equals(json.path("kind").asText())) {
                notes.add("path");
            }
            if (json.path("required").asBoolean()) {
                notes.add("required");
            }
            if (componentOnly) {
                notes.add("component only");
            }
            return "`" + name + "`" + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
        }

        String defaultCell() {
            JsonNode value = json.get("defaultValue");
            return value == null ? "" : "`" + value.asText() + "`";
        }

        String typeCell() {
            String type = json.path("type").asText();
            if ("object".equals(type)) {
                return "`" + json.path("javaType").asText().replaceAll("\\b[a-z][a-z0-9_]*\\.", "") + "`";
            }
            JsonNode values = json.get("enum");
            if (values == null) {
                return type;
            }
            if (values.size() > 10) {
                return "enum, " + values.size() + " values";
            }
            List<String> names = new ArrayList<>();
            values.forEach(value -> names.add("`" + value.asText() + "`"));
            return "enum: " + String.join(", ", names);
        }

        String descriptionCell() {
            return GeneratedTables.descriptionCell(json);
        }
    }
}
