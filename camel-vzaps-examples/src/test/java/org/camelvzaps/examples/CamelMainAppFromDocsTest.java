package org.camelvzaps.examples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.camelvzaps.sandbox.SandboxInstance;
import org.camelvzaps.sandbox.VZapsSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Camel Main application of README.md ("Use it": its pom dependencies, application.properties, log4j2.properties
 * and the Java DSL class) and its YAML DSL twin of docs/jbang-yaml.md, copied from the pages into a fresh Maven
 * project (see {@link FreshProject}), built there, and run in their own JVMs against the sandbox, as a user would
 * after reading the page: the Java app creates an instance with its webhook, writes its QR code, is paired, sends
 * what is posted to /send, skips the Message event of its own send, saves a received picture under its real
 * extension and logs a received text; the YAML app, given that instance, finds it already connected and does the
 * same steady state.
 */
class CamelMainAppFromDocsTest {

    private static final Path TARGET = Path.of("target", "fresh-camel-main").toAbsolutePath();
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A JVM start plus Camel Main's boot: seconds on an idle machine, over a minute on a loaded 2-core one. */
    private static final Duration STARTUP = Duration.ofSeconds(150);

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder().eventGap(Duration.ofMillis(1)).build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theJavaAndYamlAppsOfThePagesBuildAndRunFromOnboardingToSteadyState() throws Exception {
        DocApp readme = DocApp.read(FreshProject.ROOT.resolve("README.md"));
        DocApp yamlPage = DocApp.read(FreshProject.ROOT.resolve("docs/jbang-yaml.md"));
        assertEquals(readme.block("camel-main yaml"), yamlPage.block("yaml routes"),
                "README's YAML tour is the route file docs/jbang-yaml.md runs");

        deleteRecursively(TARGET);
        FreshProject project = new FreshProject(TARGET);
        Path javaApp = project.module("store-front-java", readme.block("camel-main pom"));
        FreshProject.write(javaApp, "src/main/java/com/example/StoreFront.java", readme.block("camel-main java"));
        FreshProject.write(javaApp, "src/main/resources/application.properties", readme.block("camel-main properties"));
        FreshProject.write(javaApp, "src/main/resources/log4j2.properties", readme.block("camel-main log4j2"));
        Path yamlApp = project.module("store-front-yaml", yamlPage.block("yaml pom"));
        FreshProject.write(yamlApp, "src/main/resources/application.properties", yamlPage.block("yaml properties"));
        FreshProject.write(yamlApp, "src/main/resources/log4j2.properties", yamlPage.block("yaml log4j2"));
        FreshProject.write(yamlApp, "src/main/resources/routes/store-front.yaml", yamlPage.block("yaml routes"));
        project.build(300);

        // 1. Java DSL, no instance yet: onboarding creates one with this app's webhook, then steady state
        int port = freePort();
        String instanceId;
        try (AppProcess app = AppProcess.start(TARGET.resolve("run-java"), project.classpath("store-front-java"),
                "com.example.StoreFront", env(""), Map.of("camel.server.port", String.valueOf(port)))) {
            Matcher created = await("the app logs the instance it created").atMost(STARTUP).until(
                    () -> Pattern.compile("Created instance (\\S+): set vzaps.instance").matcher(app.output()), Matcher::find);
            instanceId = created.group(1);
            Path qr = TARGET.resolve("run-java/qr.png");
            await("qr.png written").atMost(WAIT).until(() -> Files.exists(qr) && Files.size(qr) > 8);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(Files.readAllBytes(qr), 4), "qr.png is a PNG");
            assertTrue(app.output().contains("Scan qr.png with WhatsApp (Linked devices) to pair " + instanceId), app.output());
            SandboxInstance instance = sandbox.instance(instanceId).orElseThrow();
            assertEquals("Store front", instance.name());

            sandbox.scan(instanceId); // the phone scans the QR code: VZaps posts Connected to the app's webhook
            await("Connected received").atMost(WAIT).until(() -> app.output().contains("Paired with"));

            steadyState(app, port, instanceId, "run-java");
        }

        // 2. YAML DSL with that instance, on the same port (the instance's webhook): already connected, steady state
        try (AppProcess app = AppProcess.start(TARGET.resolve("run-yaml"), project.classpath("store-front-yaml"),
                "org.apache.camel.main.Main", env(instanceId), Map.of("camel.server.port", String.valueOf(port)))) {
            await("the app finds the instance paired").atMost(STARTUP)
                    .until(() -> app.output().contains("Instance " + instanceId + " is connected"));
            assertTrue(!Files.exists(TARGET.resolve("run-yaml/qr.png")), "no QR code for a paired instance");
            steadyState(app, port, instanceId, "run-yaml");
        }
    }

    /** Send through /send, skip the own Message event, save a received picture as .png, log a received text. */
    private void steadyState(AppProcess app, int port, String instanceId, String runDir) throws Exception {
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/send?phone=5511999999999"))
                .POST(HttpRequest.BodyPublishers.ofString("Your order has shipped")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode(), sent.body() + "\n" + app.output());
        String messageId = sent.body().trim();
        assertTrue(sandbox.journal().stream().anyMatch(c -> c.path().endsWith("/chat/send/text")
                && c.body().contains("Your order has shipped") && c.body().contains("5511999999999")));
        await("own message skipped").atMost(WAIT).until(() -> app.output().contains("Sent " + messageId));

        byte[] png = png();
        String pictureId = sandbox.injectInboundMedia(instanceId, "5511988887777", "Ana", "image", png, "image/png",
                "our new logo", "logo.png");
        Path saved = TARGET.resolve(runDir).resolve("inbox").resolve(pictureId + ".png");
        await("picture saved as .png").atMost(WAIT).until(() -> Files.exists(saved) && Files.size(saved) == png.length);
        assertArrayEquals(png, Files.readAllBytes(saved));

        sandbox.injectInboundMessage(instanceId, "5511988887777", "Ana", "hi from " + runDir);
        await("text logged").atMost(WAIT).until(() -> app.output().contains("Ana: hi from " + runDir));
        assertTrue(app.isAlive(), app.output());
        assertTrue(!app.output().contains("ERROR"), app.output());
    }

    private Map<String, String> env(String instanceId) {
        return Map.of("VZAPS_CLIENT_TOKEN", sandbox.clientToken(), "VZAPS_CLIENT_SECRET", sandbox.clientSecret(),
                "VZAPS_BASE_URL", sandbox.baseUrl(), "VZAPS_INSTANCE", instanceId);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
