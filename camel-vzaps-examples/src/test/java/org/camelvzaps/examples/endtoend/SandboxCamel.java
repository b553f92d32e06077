package org.camelvzaps.examples.endtoend;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.sandbox.VZapsSandboxExtension;

/**
 * The Camel set-up of the end-to-end tests: the vzaps component pointed at the sandbox with its account's
 * credentials, and a platform-http server on 127.0.0.1 for the webhook routes the sandbox delivers to.
 */
final class SandboxCamel {

    private SandboxCamel() {
    }

    /** A context not yet started (add routes, then start it) whose HTTP server listens on {@code httpPort}. */
    static CamelContext create(VZapsSandboxExtension sandbox, int httpPort) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setBaseUrl(sandbox.baseUrl());
        vzaps.getConfiguration().setClientToken(sandbox.clientToken());
        vzaps.getConfiguration().setClientSecret(sandbox.clientSecret());
        camel.addComponent("vzaps", vzaps);
        MainHttpServer server = new MainHttpServer();
        server.setHost("127.0.0.1");
        server.setPort(httpPort);
        camel.addService(server);
        return camel;
    }

    static int freePort() {
        return AvailablePortFinder.getNextAvailable();
    }
}
