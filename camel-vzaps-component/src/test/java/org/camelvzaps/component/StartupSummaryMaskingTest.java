package org.camelvzaps.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.test.InMemoryLogAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Camel Main prints what it configured when it starts (the component's options, the property placeholders a route
 * used, the routes). Camel masks a value when its key is on its list of sensitive words; that list does not know the
 * component's secret options ({@code clientToken}, {@code instanceToken}, {@code webhookSecret}), so the component
 * adds them, and every secret option, set on the component, on an endpoint or through a property placeholder named as
 * docs/security.md suggests, must appear in none of the start-up lines.
 */
class StartupSummaryMaskingTest {

    /** Each secret option (kebab-case, as a property file writes it) with a value to look for in the output. */
    private static final Map<String, String> COMPONENT_SECRETS = Map.of(
            "client-token", "component-client-token-1f3a",
            "client-secret", "component-client-secret-2b4c",
            "instance-token", "component-instance-token-3c5d",
            "webhook-secret", "component-webhook-secret-4d6e",
            "proxy-auth-password", "component-proxy-password-5e7f");
    /** Property placeholders as the docs name them, used by the routes below. */
    private static final Map<String, String> PLACEHOLDER_SECRETS = Map.of(
            "vzaps.webhook-secret", "placeholder-webhook-secret-6f80",
            "vzaps.client-token", "placeholder-client-token-7091",
            "vzaps.client-secret", "placeholder-client-secret-81a2",
            "vzaps.instance-token", "placeholder-instance-token-92b3",
            "vzaps.proxy-auth-password", "placeholder-proxy-password-a3c4");

    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void noSecretOptionAppearsInCamelMainsStartupLines(@TempDir Path dir) throws Exception {
        assertNoSecretPrinted(dir, "", Map.of());
    }

    /** An application's own keywords (Camel Main replaces the list with them) do not unmask the component's. */
    @Test
    void theApplicationsOwnSensitiveKeywordsAddToTheComponents(@TempDir Path dir) throws Exception {
        assertNoSecretPrinted(dir, "camel.main.additional-sensitive-keywords = shopkey\n",
                Map.of("shop.shopkey", "application-shop-key-b4d5"));
    }

    @Test
    void theKeywordsAreTheSecretOptionsCamelDoesNotKnow() {
        assertEquals(List.of("clienttoken", "instancetoken", "webhooksecret"),
                SensitiveOptionKeywords.KEYWORDS.stream().sorted().toList());
    }

    private void assertNoSecretPrinted(Path dir, String extra, Map<String, String> applicationSecrets)
            throws Exception {
        StringBuilder properties = new StringBuilder(extra);
        applicationSecrets.forEach((key, value) -> properties.append(key).append(" = ").append(value).append('\n'));
        COMPONENT_SECRETS.forEach((option, value) -> properties.append("camel.component.vzaps.").append(option)
                .append(" = ").append(value).append('\n'));
        PLACEHOLDER_SECRETS.forEach((key, value) -> properties.append(key).append(" = ").append(value).append('\n'));
        properties.append("camel.component.vzaps.base-url = http://localhost:1\n")
                .append("camel.component.vzaps.proxy-host = localhost\n")
                .append("camel.component.vzaps.proxy-port = 3128\n")
                .append("camel.component.vzaps.proxy-auth-username = proxy-user\n")
                .append("camel.server.enabled = true\n")
                .append("camel.server.port = ").append(AvailablePortFinder.getNextAvailable()).append('\n')
                .append("camel.main.startup-summary-level = Verbose\n");
        Path file = Files.writeString(dir.resolve("application.properties"), properties);
        InMemoryLogAppender.clear();
        main = new Main();
        main.setPropertyPlaceholderLocations("file:" + file.toAbsolutePath());
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookSecret={{vzaps.webhook-secret}}&webhookPath=/vzaps/summary")
                        .routeId("events").to("log:events");
                applicationSecrets.keySet().forEach(key -> from("timer:t?repeatCount=0&delay=-1")
                        .autoStartup(false).setBody(constant("{{" + key + "}}")).to("log:app"));
                from("direct:send").routeId("send")
                        .to("vzaps:sendText?instanceId=VZ1&clientToken={{vzaps.client-token}}"
                            + "&clientSecret={{vzaps.client-secret}}&instanceToken={{vzaps.instance-token}}"
                            + "&proxyAuthPassword={{vzaps.proxy-auth-password}}");
            }
        });
        main.start();

        List<String> lines = InMemoryLogAppender.lines();
        assertTrue(lines.stream().anyMatch(line -> line.contains("camel.component.vzaps.")),
                "Camel Main printed no component summary, so this test checks nothing: " + lines);
        assertTrue(lines.stream().anyMatch(line -> line.contains("vzaps.webhook-secret")),
                "Camel Main printed no placeholder summary, so this test checks nothing: " + lines);
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            for (Map<String, String> secrets : List.of(COMPONENT_SECRETS, PLACEHOLDER_SECRETS, applicationSecrets)) {
                secrets.forEach((option, value) -> {
                    if (line.contains(value)) {
                        leaks.add(option + ": " + line.strip());
                    }
                });
            }
        }
        assertEquals(List.of(), leaks, "secret values printed in clear at start-up");
    }
}
