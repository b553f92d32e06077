package org.camelvzaps.observe;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@code vzaps} component reports to: its {@link VZapsStats} (for the dev console) always, and Micrometer
 * when micrometer-core is on the classpath and the Camel registry holds a {@code MeterRegistry}. Micrometer is an
 * optional dependency: its classes are touched only after this check.
 */
public final class ComponentObservers {

    static final String METER_REGISTRY_CLASS = "io.micrometer.core.instrument.MeterRegistry";
    private static final Logger LOG = LoggerFactory.getLogger(ComponentObservers.class);

    private ComponentObservers() {
    }

    /** The observer of a component: {@code stats}, plus metrics when a registry is found. */
    public static VZapsObserver of(CamelContext context, VZapsStats stats, boolean metricsInstanceTag) {
        VZapsObserver metrics = VZapsObserver.NONE;
        if (context.getClassResolver().resolveClass(METER_REGISTRY_CLASS) != null) {
            metrics = MicrometerSupport.observer(context, metricsInstanceTag);
            if (metrics != VZapsObserver.NONE) {
                LOG.debug("VZaps metrics go to the Micrometer registry of the Camel registry");
            }
        }
        return Observers.of(stats, metrics);
    }
}
