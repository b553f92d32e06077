package org.camelvzaps.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;

import org.apache.camel.CatalogCamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.client.VZapsClientSettings;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks of what a user downloads: failsafe runs this after {@code package} with the built jar, not
 * {@code target/classes}, on the class path, so the manifest, the User-Agent and the service files are the jar's.
 */
class PackagedJarIT extends VZapsTestSupport {

    private static final String VERSION = System.getProperty("vzaps.project.version");
    private static final String STATUS = "/instances/" + INSTANCE_ID + "/session/status";

    private static Path jar;

    @BeforeAll
    static void theComponentComesFromTheJar() throws Exception {
        // surefire picks this class up too when given -Dtest='!Something': these checks belong to failsafe only
        assumeTrue(VERSION != null, "only under failsafe (integration-test phase), which passes vzaps.project.version");
        jar = Path.of(VZapsClientSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals("camel-vzaps-" + VERSION + ".jar", jar.getFileName().toString(),
                "VZapsClientSettings must be loaded from the packaged jar, was " + jar);
    }

    @Test
    void manifestCarriesTheProjectVersion() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertEquals(VERSION, file.getManifest().getMainAttributes().getValue("Implementation-Version"));
        }
        assertEquals(VERSION, VZapsClientSettings.class.getPackage().getImplementationVersion());
    }

    @Test
    void defaultUserAgentNamesTheVersion() {
        assertEquals("camel-vzaps/" + VERSION, VZapsClientSettings.DEFAULT_USER_AGENT);
    }

    @Test
    void requestsSendTheVersionedUserAgent() {
        api.resetAll();
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));

        template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID, (Object) null);

        api.verify(getRequestedFor(urlEqualTo(STATUS)).withHeader("User-Agent", equalTo("camel-vzaps/" + VERSION)));
    }

    @Test
    void componentPropertiesDescribeThisBuild() throws IOException {
        Properties p = load("META-INF/services/org/apache/camel/component.properties");
        assertEquals("vzaps", p.getProperty("components"));
        assertEquals(System.getProperty("vzaps.project.groupId"), p.getProperty("groupId"));
        assertEquals(System.getProperty("vzaps.project.artifactId"), p.getProperty("artifactId"));
        assertEquals(VERSION, p.getProperty("version"));
        assertEquals("Camel VZaps :: Component", p.getProperty("projectName"));
        assertTrue(p.getProperty("projectDescription").startsWith("Camel component for the VZaps"),
                p.getProperty("projectDescription"));
    }

    @Test
    void camelFindsTheComponentByItsScheme() throws Exception {
        Properties p = load("META-INF/services/org/apache/camel/component/vzaps");
        assertEquals(VZapsComponent.class.getName(), p.getProperty("class"));

        try (CatalogCamelContext plain = new DefaultCamelContext()) {
            assertInstanceOf(VZapsComponent.class, plain.getComponent("vzaps"));
            String schema = plain.getComponentParameterJsonSchema("vzaps");
            assertNotNull(schema, "the catalog JSON is in the jar");
            assertTrue(schema.contains("\"scheme\": \"vzaps\""), schema.substring(0, Math.min(400, schema.length())));
        }
    }

    @Test
    void licenseAndNoticeAreInTheJar() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertNotNull(file.getEntry("META-INF/LICENSE"));
            assertNotNull(file.getEntry("META-INF/NOTICE"));
        }
    }

    /** Reads a resource from the jar itself, not from whatever else is on the class path. */
    private static Properties load(String entry) throws IOException {
        URL url = new URL("jar:" + jar.toUri() + "!/" + entry);
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p;
    }
}
