package org.camelvzaps.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.camelvzaps.client.AuthScope;
import org.camelvzaps.client.VZapsOperation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every operation of the component's catalog is served by the sandbox with the same auth rule, so an operation
 * added to the catalog without its sandbox behaviour fails the build.
 */
class CatalogCoverageTest {

    @Test
    void everyCatalogOperationHasASandboxRouteWithTheSameAuthRule() {
        List<String> served;
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build()) {
            served = sandbox.routes();
        }
        List<String> missing = new ArrayList<>();
        for (VZapsOperation op : VZapsOperation.values()) {
            if (op.isConsumer()) {
                continue;
            }
            String route = op.method() + " " + op.pathTemplate().replace("{instanceId}", "{id}")
                           + " (" + (op.auth() == AuthScope.JWT ? "JWT" : "JWT_OR_INSTANCE") + ")";
            if (!served.contains(route)) {
                missing.add(op + " -> " + route);
            }
        }
        assertEquals(List.of(), missing, "catalog operations the sandbox does not serve; it serves " + served);
    }
}
