package org.camelvzaps.quarkus.example;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.camelvzaps.sandbox.VZapsSandbox;

/**
 * Starts the VZaps sandbox before Quarkus and hands the application the properties that point the vzaps component
 * at it: the same {@code camel.component.vzaps.*} keys a real deployment sets in application.properties.
 */
public class VZapsSandboxResource implements QuarkusTestResourceLifecycleManager {

    static final String WEBHOOK_SECRET = "quarkus-example-secret";

    private static volatile VZapsSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = VZapsSandbox.builder().build().start();
        return Map.of(
                "camel.component.vzaps.base-url", sandbox.baseUrl(),
                "camel.component.vzaps.client-token", sandbox.clientToken(),
                "camel.component.vzaps.client-secret", sandbox.clientSecret(),
                "vzaps.webhook-secret", WEBHOOK_SECRET);
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }

    /** The running sandbox, for what a person does in real life (scanning the QR code). */
    static VZapsSandbox sandbox() {
        return sandbox;
    }
}
