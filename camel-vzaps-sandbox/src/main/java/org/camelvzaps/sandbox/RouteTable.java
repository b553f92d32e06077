package org.camelvzaps.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the sandbox serves: method + path template → auth rule + handler, filled by the {@link SandboxArea}s. */
final class RouteTable {

    /** What an area registers its routes with. */
    @FunctionalInterface
    interface Registrar {
        void add(String method, String template, Route.Auth auth, Route.Handler handler);
    }

    private final List<Route> routes = new ArrayList<>();

    RouteTable(List<SandboxArea> areas) {
        Registrar registrar = (method, template, auth, handler) -> routes.add(new Route(method, template, auth, handler));
        areas.forEach(area -> area.register(registrar));
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    /**
     * The route for the call (the most literal template wins: {@code typebots/sessions} before
     * {@code typebots/{typebotId}}); 405 when the path exists with other methods, 404 when nothing fits.
     */
    Match find(String method, String path) {
        List<String> allowed = new ArrayList<>();
        Match best = null;
        for (Route r : routes) {
            Map<String, String> params = r.match(path);
            if (params == null) {
                continue;
            }
            if (!r.method.equalsIgnoreCase(method)) {
                allowed.add(r.method);
            } else if (best == null || r.literalSegments() > best.route().literalSegments()) {
                best = new Match(r, params);
            }
        }
        if (best != null) {
            return best;
        }
        if (!allowed.isEmpty()) {
            throw new MethodNotAllowed(allowed.stream().distinct().collect(Collectors.joining(", ")));
        }
        throw new ApiException(404, "not found: " + method + " " + path);
    }

    record Match(Route route, Map<String, String> params) {
    }

    static final class MethodNotAllowed extends RuntimeException {
        final String allow;

        MethodNotAllowed(String allow) {
            super("method not allowed", null, false, false);
            this.allow = allow;
        }
    }
}
