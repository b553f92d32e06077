package org.camelvzaps.consumer.realtime;

import org.camelvzaps.test.RealtimeTestServer;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A realtime server for the whole test class, reset with the API stubs (and a token stub) before each test. */
abstract class RealtimeTestSupport extends VZapsTestSupport {

    protected static RealtimeTestServer server;

    @BeforeAll
    static void startServer() {
        server = new RealtimeTestServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetServerAndApi() {
        server.reset();
        api.resetAll();
        stubToken();
    }
}
