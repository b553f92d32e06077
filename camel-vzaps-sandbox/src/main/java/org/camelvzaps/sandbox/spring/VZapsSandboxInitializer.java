package org.camelvzaps.sandbox.spring;

import java.util.Map;

import org.camelvzaps.sandbox.VZapsSandbox;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * What {@link AutoConfigureVZapsSandbox} does: starts a sandbox, puts its address and credentials first among the
 * application's properties, registers it as the bean {@code vzapsSandbox}, and stops it with the context.
 * Usable on its own as {@code @ContextConfiguration(initializers = VZapsSandboxInitializer.class)}.
 */
public class VZapsSandboxInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name of the property source with the sandbox's properties, and of the sandbox bean. */
    public static final String NAME = "vzapsSandbox";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        VZapsSandbox sandbox = VZapsSandbox.builder().build().start();
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                sandbox.stop();
            }
        });
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(NAME, Map.of(
                "camel.component.vzaps.base-url", sandbox.baseUrl(),
                "camel.component.vzaps.realtime-url", sandbox.realtimeUrl(),
                "camel.component.vzaps.client-token", sandbox.clientToken(),
                "camel.component.vzaps.client-secret", sandbox.clientSecret())));
        context.getBeanFactory().registerSingleton(NAME, sandbox);
    }
}
