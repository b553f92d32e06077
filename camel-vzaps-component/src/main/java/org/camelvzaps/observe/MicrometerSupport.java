package org.camelvzaps.observe;

import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;

/**
 * Finds the {@code MeterRegistry} of the Camel registry, as camel-micrometer does (the bean named
 * {@code metricsRegistry}, else the only one, else a composite one). Touches Micrometer types, so it is only called
 * once {@link ComponentObservers} saw micrometer-core on the classpath.
 */
final class MicrometerSupport {

    static final String REGISTRY_NAME = "metricsRegistry";

    private MicrometerSupport() {
    }

    /** An observer reporting into the context's registry, or {@link VZapsObserver#NONE} when there is none. */
    static VZapsObserver observer(CamelContext context, boolean instanceTag) {
        MeterRegistry registry = find(context);
        return registry == null ? VZapsObserver.NONE : new MicrometerObserver(registry, instanceTag);
    }

    static MeterRegistry find(CamelContext context) {
        MeterRegistry named = context.getRegistry().lookupByNameAndType(REGISTRY_NAME, MeterRegistry.class);
        if (named != null) {
            return named;
        }
        Set<MeterRegistry> all = context.getRegistry().findByType(MeterRegistry.class);
        if (all.size() == 1) {
            return all.iterator().next();
        }
        return all.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst().orElse(null);
    }
}
