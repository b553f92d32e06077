package org.camelvzaps.component;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camelvzaps.consumer.realtime.FleetJvmFlags;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fleet JVM flags docs/receiving-events.md tells users to start with are the ones the small-buffer test and the
 * fleet benchmark measure ({@link FleetJvmFlags}): written once in code, and the page must say the same.
 */
class DocsFleetFlagsTest {

    @Test
    void thePageGivesTheFlagsTheTestsAndTheBenchmarkUse() throws Exception {
        String page = Files.readString(RepoRoot.find().resolve("docs/receiving-events.md"));
        assertTrue(page.lines().anyMatch(line -> line.equals(FleetJvmFlags.line())),
                "the flag line of docs/receiving-events.md must read: " + FleetJvmFlags.line());
        // the Kubernetes fragment wraps the same flags over lines
        String collapsed = page.replaceAll("\\s+", " ");
        Matcher mentions = Pattern.compile(Pattern.quote(FleetJvmFlags.line())).matcher(collapsed);
        int count = 0;
        while (mentions.find()) {
            count++;
        }
        assertEquals(2, count, "the flag line and the JAVA_TOOL_OPTIONS fragment both give all the flags, in order");
        Matcher anyFlag = Pattern.compile("-Djdk\\.httpclient\\.(bufsize|websocket\\.\\w+)=\\d+").matcher(page);
        while (anyFlag.find()) {
            assertTrue(FleetJvmFlags.FLAGS.contains(anyFlag.group()), "a flag value the code does not use: "
                                                                       + anyFlag.group());
        }
    }
}
