package org.camelvzaps.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A standalone sandbox with a 128 MB heap stays up while callers post large bodies: its journal keeps the last
 * {@code journalSize} calls with their bodies cut, where WireMock's own journal kept every body whole (26 posts of
 * 1 MB were enough to exhaust such a heap). Runs the sandbox in a forked JVM, killed by its pid at the end.
 */
class SmallHeapJournalTest {

    private static final int POSTS = 60;
    private static final Pattern BASE_URL = Pattern.compile("running at (http://[^\\s]+)");

    @Test
    void sixtyPostsOfOneMegabyteLeaveA128MbSandboxServing(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("sandbox.out");
        Process sandbox = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                VZapsSandboxMain.class.getName(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            String baseUrl = awaitBaseUrl(sandbox, output);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String body = "{\"name\":\"" + "x".repeat(1024 * 1024) + "\"}";
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < POSTS; i++) {
                try {
                    statuses.add(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/instances/create"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode());
                } catch (java.io.IOException e) {
                    sandbox.waitFor(10, TimeUnit.SECONDS);
                    throw new AssertionError("call " + (i + 1) + " of " + POSTS + " failed (" + e.getMessage()
                            + "); the sandbox " + (sandbox.isAlive() ? "is still up" : "died") + ": " + read(output), e);
                }
            }
            assertTrue(sandbox.isAlive(), "the sandbox died: " + Files.readString(output));
            assertEquals(POSTS, statuses.size());
            assertTrue(statuses.stream().allMatch(status -> status == 401), statuses.toString());
            HttpResponse<String> journal = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/__sandbox/journal"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, journal.statusCode());
            assertTrue(journal.body().contains("more characters not kept"), "bodies are kept cut");
        } finally {
            sandbox.toHandle().destroyForcibly();
            sandbox.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The base URL the standalone sandbox prints once it serves, within 60 s. */
    private static String awaitBaseUrl(Process sandbox, Path output) {
        AtomicReference<String> baseUrl = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Matcher m = BASE_URL.matcher(Files.readString(output));
            if (m.find()) {
                baseUrl.set(m.group(1));
            }
            return baseUrl.get() != null || !sandbox.isAlive();
        });
        assertTrue(baseUrl.get() != null, () -> "the sandbox printed no base URL: " + read(output));
        return baseUrl.get();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
