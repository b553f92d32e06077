package org.camelvzaps.sandbox;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .clientToken("ext-ct").clientSecret("ext-cs").autoPairAfterQrFetches(0).build();

    @Test
    @Order(1)
    void startedBeforeTheTestsAndLeavesFaultsAndJournalBehind(VZapsSandbox injected) {
        assertSame(sandbox.get(), injected);
        assertTrue(sandbox.get().isRunning());
        assertTrue(sandbox.baseUrl().startsWith("http://127.0.0.1:" + sandbox.port()));
        assertEquals("ws://127.0.0.1:" + sandbox.realtimePort(), sandbox.realtimeUrl());
        assertEquals("ext-ct", sandbox.clientToken());
        assertEquals("ext-cs", sandbox.clientSecret());
        Api api = new Api(sandbox.get());
        String id = api.createInstance(api.jwt());
        sandbox.scan(id);
        assertTrue(sandbox.instance(id).orElseThrow().connected());
        sandbox.faults().share(1.0, Fault.serverError(500));
        sandbox.setRealtimeSilent(id, true);
        sandbox.refuseRealtimeHandshakes(id, 3, 503);
        assertEquals(2, sandbox.journal().size());
    }

    @Test
    @Order(2)
    void journalAndFaultsAreResetBetweenTests() {
        assertEquals(0, sandbox.journal().size());
        assertEquals(0, sandbox.faults().active());
        String id = sandbox.instances().get(0).id();
        Api admin = new Api(sandbox.get());
        var realtime = admin.call("GET", "/__sandbox/instances/" + id + "/realtime", null).json();
        assertEquals(false, realtime.get("silent").asBoolean());
        assertEquals(0, realtime.at("/refuse_next/count").asInt());
        assertEquals(1, sandbox.instances().size()); // state is kept
        Api api = new Api(sandbox.get());
        assertEquals(200, api.call("POST", "/token", Map.of("client_token", "ext-ct", "client_secret", "ext-cs")).status());
        sandbox.faults().nextCalls(1, Fault.slow(Duration.ofMillis(1)));
        sandbox.expireTokens();
        assertEquals(1, sandbox.journal().size());
        sandbox.resetJournal();
        assertEquals(0, sandbox.journal().size());
    }

    @Test
    @Order(3)
    void createWithDefaults() {
        VZapsSandboxExtension other = VZapsSandboxExtension.create();
        assertTrue(other.get().clientToken().startsWith("ct_"));
        assertTrue(other.get().clientSecret().startsWith("cs_"));
    }
}
