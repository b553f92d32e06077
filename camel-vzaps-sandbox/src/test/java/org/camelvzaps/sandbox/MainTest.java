package org.camelvzaps.sandbox;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void standaloneStartsOnAFreePortAndAnswersToken() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VZapsSandbox sb = VZapsSandboxMain.start(new String[]{"--port", "0", "--client-token", "main-ct",
                "--client-secret=main-cs", "--token-lifetime-seconds", "120", "--auto-pair-after", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains(sb.baseUrl()), printed);
            assertTrue(printed.contains("camel.component.vzaps.base-url=" + sb.baseUrl()), printed);
            assertTrue(printed.contains("camel.component.vzaps.client-token=main-ct"), printed);
            assertTrue(printed.contains("camel.component.vzaps.client-secret=main-cs"), printed);
            assertTrue(printed.contains("camel.component.vzaps.realtime-url=" + sb.realtimeUrl()), printed);
            assertTrue(printed.contains(sb.realtimeUrl() + "/events/ws?instance_id="), printed);
            assertNotEquals(sb.port(), sb.realtimePort());
            Api.Res r = new Api(sb).call("POST", "/token", Map.of("client_token", "main-ct", "client_secret", "main-cs"));
            assertEquals(200, r.status());
            assertEquals(120, r.json().get("expires_in").asInt());
        } finally {
            sb.stop();
        }
    }

    @Test
    void realtimeServesOnThePortAfterTheApiPortUnlessToldOtherwise() throws IOException {
        int port = twoFreePorts();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        VZapsSandbox sb = VZapsSandboxMain.start(new String[]{"--port", String.valueOf(port)}, sink);
        try {
            assertEquals(port + 1, sb.realtimePort());
            assertEquals("ws://127.0.0.1:" + (port + 1), sb.realtimeUrl());
        } finally {
            sb.stop();
        }
        sb = VZapsSandboxMain.start(new String[]{"--port", "0", "--realtime-port=0", "--realtime-retention", "5"}, sink);
        try {
            assertTrue(sb.realtimePort() > 0);
        } finally {
            sb.stop();
        }
        assertThrows(IllegalArgumentException.class, () -> VZapsSandboxMain.start(
                new String[]{"--port", "0", "--realtime-retention", "0"}, sink));
    }

    /** A port p such that p and p + 1 were both free a moment ago. */
    private static int twoFreePorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int p = first.getLocalPort();
                if (p < 65535) {
                    try (ServerSocket second = new ServerSocket(p + 1, 1, InetAddress.getLoopbackAddress())) {
                        return p;
                    } catch (IOException taken) {
                        // try another pair
                    }
                }
            }
        }
        throw new IllegalStateException("no two adjacent free ports");
    }

    @Test
    void helpPrintsUsageAndStartsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertNull(VZapsSandboxMain.start(new String[]{"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--port"));
    }

    @Test
    void badFlagsAreRejected() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> VZapsSandboxMain.start(new String[]{"--bogus", "1"}, sink));
        assertThrows(IllegalArgumentException.class, () -> VZapsSandboxMain.start(new String[]{"--port", "x"}, sink));
        assertThrows(IllegalArgumentException.class, () -> VZapsSandboxMain.start(new String[]{"--port"}, sink));
    }
}
