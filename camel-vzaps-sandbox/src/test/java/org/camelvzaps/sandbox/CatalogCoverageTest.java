package org.camelvzaps.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.camelvzaps.client.AuthScope;
import org.camelvzaps.client.OperationSpec;
import org.camelvzaps.client.VZapsOperation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every call of the component's catalog (each path an operation may take) is served by the sandbox with the same auth
 * rule, so an operation added to the catalog without its sandbox behaviour fails the build. {@code request} has no
 * fixed path and is left out.
 */
class CatalogCoverageTest {

    @Test
    void everyCatalogOperationHasASandboxRouteWithTheSameAuthRule() {
        List<String> served;
        try (VZapsSandbox sandbox = VZapsSandbox.builder().port(0).build()) {
            served = sandbox.routes();
        }
        List<String> missing = new ArrayList<>();
        for (VZapsOperation op : VZapsOperation.operations()) {
            OperationSpec spec = op.spec();
            if (spec.isDynamic()) {
                continue;
            }
            for (String path : spec.pathTemplates()) {
                String route = spec.method() + " " + path.replace("{instanceId}", "{id}")
                               + " (" + (spec.auth() == AuthScope.JWT ? "JWT" : "JWT_OR_INSTANCE") + ")";
                if (!served.contains(route)) {
                    missing.add(op + " -> " + route);
                }
            }
        }
        assertEquals(List.of(), missing, "catalog operations the sandbox does not serve; it serves " + served);
    }
}
