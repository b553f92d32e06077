package org.camelvzaps.sandbox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Base of the API-area tests: one sandbox (pairing only by scan, events 1 ms apart) and a fresh paired instance
 * for every test.
 */
abstract class PairedInstanceTest {

    @RegisterExtension
    static VZapsSandboxExtension extension = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();
    static VZapsSandbox sandbox;
    static Api api;
    /** The paired instance of the test. */
    String id;

    @BeforeAll
    static void api() {
        sandbox = extension.get();
        api = new Api(sandbox);
    }

    @BeforeEach
    void pairedInstance() {
        id = api.pairedInstance(api.jwt(), null);
    }

    /** A call on the instance that must answer 200 with data {"status":"ok"}. */
    void ok(String method, String path, Object body) {
        Api.Res r = api.on(id, method, path, body);
        assertEquals(200, r.status(), () -> method + " " + path + ": " + r.raw().body());
        assertEquals(Api.fixture("response-status-ok.json"), r.data());
    }
}
