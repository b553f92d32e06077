package org.camelvzaps.consumer;

import org.apache.camel.health.HealthCheck;

/**
 * What the vzaps health checks share: enabled unless Camel turns them off, readiness (not liveness) checks in group
 * {@code camel}. Camel reports a consumer's check as the route's {@code consumer:<routeId>} check.
 */
public abstract class VZapsCheck implements HealthCheck {

    private volatile boolean enabled = true;

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public boolean isReadiness() {
        return true;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }
}
