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
 * The user guide, the operations page, the receiving-events page and the security page together name every endpoint
 * name (operations and the webhook, realtime and pairing consumers), option and header of the generated catalog, so a
 * new one cannot ship undocumented. The names are read from the generated {@code vzaps.json}, which is what tooling
 * shows users, not from the Java sources. Two explicit lists name what Camel documents instead: the options every
 * component has, and those of Camel's scheduled poll consumer (used by {@code vzaps:pairing}), which the docs may
 * cover as a group with a link to Camel's page.
 */
class DocsCoverageTest {

    private static final Path GUIDE = Path.of("..", "docs", "vzaps-component.md");
    private static final Path OPERATIONS = Path.of("..", "docs", "operations.md");
    private static final Path EVENTS = Path.of("..", "docs", "receiving-events.md");
    private static final Path SECURITY = Path.of("..", "docs", "security.md");
    private static final Path README = Path.of("..", "README.md");
    private static final String CATALOG = "/META-INF/org/camelvzaps/component/vzaps.json";
    /** Options every Camel component or endpoint has; Camel's own docs describe them. */
    private static final List<String> STANDARD = List.of("bridgeErrorHandler", "exceptionHandler", "exchangePattern",
            "lazyStartProducer", "autowiredEnabled", "healthCheckConsumerEnabled", "healthCheckProducerEnabled",
            "configuration");
    /**
     * Options every scheduled poll endpoint has (ScheduledPollEndpoint); only vzaps:pairing uses them. The docs may
     * describe them as a group, provided they link to Camel's description ({@link #SCHEDULED_POLL_DOCS}).
     */
    private static final List<String> SCHEDULED_POLL = List.of("delay", "initialDelay", "useFixedDelay", "timeUnit",
            "repeatCount", "greedy", "runLoggingLevel", "sendEmptyMessageWhenIdle", "startScheduler", "scheduler",
            "schedulerProperties", "scheduledExecutorService", "pollStrategy", "backoffMultiplier", "backoffIdleThreshold",
            "backoffErrorThreshold");
    private static final String SCHEDULED_POLL_DOCS = "https://camel.apache.org/manual/polling-consumer.html";

    @Test
    void guideOperationsEventsAndSecurityPagesNameEveryOperationOptionAndHeader() throws Exception {
        String docs = Files.readString(GUIDE) + "\n" + Files.readString(OPERATIONS) + "\n" + Files.readString(EVENTS)
                + "\n" + Files.readString(SECURITY);
        boolean scheduledPollLinked = docs.contains("](" + SCHEDULED_POLL_DOCS);
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
                boolean documentedByCamel = STANDARD.contains(name) || scheduledPollLinked && SCHEDULED_POLL.contains(name);
                if (!docs.contains("`" + name + "`") && !documentedByCamel) {
                    missing.add(section + " " + name);
                }
            });
        }
        assertEquals(List.of(), missing, "name these (in backticks) in " + GUIDE + ", " + OPERATIONS + ", " + EVENTS
                + " or " + SECURITY);
    }

    /** The scheduled poll list names real options of the catalog, so it cannot excuse an option that is not one. */
    @Test
    void scheduledPollOptionsAreTheCatalogsSchedulerOptions() throws Exception {
        JsonNode properties = catalog().path("properties");
        List<String> notInCatalog = SCHEDULED_POLL.stream().filter(name -> !properties.has(name)).toList();
        assertEquals(List.of(), notInCatalog, "not endpoint options of " + CATALOG);
        List<String> schedulerGroup = new ArrayList<>();
        properties.fields().forEachRemaining(option -> {
            if ("scheduler".equals(option.getValue().path("group").asText())) {
                schedulerGroup.add(option.getKey());
            }
        });
        assertTrue(SCHEDULED_POLL.containsAll(schedulerGroup), "every option of the scheduler group is a scheduled poll "
                + "option: " + schedulerGroup);
    }

    @Test
    void guideLinksToTheOperationsPage() throws Exception {
        assertTrue(Files.readString(GUIDE).contains("](operations.md"), GUIDE + " must link to operations.md");
    }

    @Test
    void guideAndReadmeLinkToTheEventsPage() throws Exception {
        assertTrue(Files.readString(GUIDE).contains("](receiving-events.md"), GUIDE + " must link to receiving-events.md");
        assertTrue(Files.readString(README).contains("](docs/receiving-events.md"), README + " must link to it too");
    }

    @Test
    void guideAndReadmeLinkToTheSecurityPage() throws Exception {
        assertTrue(Files.readString(GUIDE).contains("](security.md"), GUIDE + " must link to security.md");
        assertTrue(Files.readString(README).contains("](docs/security.md"), README + " must link to it too");
    }

    private JsonNode catalog() throws Exception {
        try (var in = getClass().getResourceAsStream(CATALOG)) {
            assertTrue(in != null, CATALOG + " is not on the test classpath");
            return Json.mapper().readTree(in);
        }
    }
}
