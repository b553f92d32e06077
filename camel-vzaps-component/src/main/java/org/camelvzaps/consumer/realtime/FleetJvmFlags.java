package org.camelvzaps.consumer.realtime;

import java.util.List;

/**
 * The JVM flags a JVM holding a fleet of realtime sockets should start with (docs/receiving-events.md explains them):
 * smaller JDK WebSocket buffers, so each idle socket costs a few KB. The component never sets them (they apply to
 * every JDK {@code HttpClient} of the JVM); the tests and the benchmark that measure them, and the docs, use these.
 */
public final class FleetJvmFlags {

    /** The flags, one per element, in the order the docs give them. */
    public static final List<String> FLAGS = List.of("-Djdk.httpclient.websocket.intermediateBufferSize=1024",
            "-Djdk.httpclient.websocket.writeBufferSize=1024", "-Djdk.httpclient.bufsize=4096");

    private FleetJvmFlags() {
    }

    /** The flags as one command-line fragment, separated by spaces. */
    public static String line() {
        return String.join(" ", FLAGS);
    }
}
