package org.camelvzaps.sandbox.quarkus;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.camelvzaps.sandbox.VZapsSandbox;

/**
 * Runs a {@code @QuarkusTest} against a {@link VZapsSandbox VZaps sandbox}: started before Quarkus (free ports, random
 * credentials), it hands the application {@code camel.component.vzaps.base-url}, {@code realtime-url},
 * {@code client-token} and {@code client-secret} (they win over {@code application.properties}), injects itself into
 * the test's {@code VZapsSandbox} fields (to scan a QR code, inject an incoming message, read the journal), and stops
 * after the tests.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(VZapsSandboxResource.class)
 * class MyAppTest {
 *     VZapsSandbox sandbox; // set by the resource
 * }
 * }</pre>
 *
 * Needs {@code quarkus-junit5} on the test class path, as every {@code @QuarkusTest} does.
 */
public class VZapsSandboxResource implements QuarkusTestResourceLifecycleManager {

    private VZapsSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = VZapsSandbox.builder().build().start();
        return Map.of(
                "camel.component.vzaps.base-url", sandbox.baseUrl(),
                "camel.component.vzaps.realtime-url", sandbox.realtimeUrl(),
                "camel.component.vzaps.client-token", sandbox.clientToken(),
                "camel.component.vzaps.client-secret", sandbox.clientSecret());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(sandbox, new TestInjector.MatchesType(VZapsSandbox.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
    }
}
