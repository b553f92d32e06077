package org.camelvzaps.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.camelvzaps.sandbox.Route.Auth.JWT;
import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;
import static org.camelvzaps.sandbox.Route.Auth.NONE;

/** The one place listing what the sandbox serves: method + path template → auth rule + handler. */
final class RouteTable {

    private final List<Route> routes = new ArrayList<>();

    RouteTable(TokenHandler token, InstanceHandlers instances, SessionHandlers session, WebhookHandlers webhook,
               ChatHandlers chat, AdminHandlers admin) {
        // auth
        add("POST", "/token", NONE, token::token);
        // instances & billing (vzaps-api.md §4.1)
        add("PUT", "/instances/create", JWT, instances::create);
        add("POST", "/instances/list", JWT, instances::list);
        add("POST", "/instances/get", JWT, instances::get);
        add("POST", "/instances/{id}/subscribe", JWT, instances::subscribe);
        add("POST", "/instances/{id}/resume-subscription", JWT, instances::resume);
        add("PUT", "/instances/{id}/cancel", JWT, instances::cancel);
        add("DELETE", "/instances/{id}/cancel", JWT, instances::cancel);
        add("POST", "/instances/{id}/connect", JWT_OR_INSTANCE, session::connect);
        // session (§4.2)
        add("GET", "/instances/{id}/session/qr", JWT_OR_INSTANCE, session::qr);
        add("GET", "/instances/{id}/session/status", JWT_OR_INSTANCE, session::status);
        add("POST", "/instances/{id}/session/disconnect", JWT_OR_INSTANCE, session::disconnect);
        // webhook (§4.3)
        add("GET", "/instances/{id}/webhook", JWT_OR_INSTANCE, webhook::get);
        add("POST", "/instances/{id}/webhook", JWT_OR_INSTANCE, webhook::set);
        add("POST", "/instances/{id}/webhook/logs/search", JWT_OR_INSTANCE, webhook::searchLogs);
        add("GET", "/instances/{id}/webhook/logs/{logId}", JWT_OR_INSTANCE, webhook::getLog);
        add("POST", "/instances/{id}/webhook/logs/{logId}/retry", JWT_OR_INSTANCE, webhook::retry);
        // chat (§4.4)
        add("POST", "/instances/{id}/chat/send/text", JWT_OR_INSTANCE, chat::sendText);
        // sandbox admin API (no auth, no faults, not journaled)
        add("GET", "/__sandbox/credentials", NONE, admin::credentials);
        add("GET", "/__sandbox/instances", NONE, admin::instances);
        add("POST", "/__sandbox/instances/{id}/scan", NONE, admin::scan);
        add("POST", "/__sandbox/instances/{id}/disconnect", NONE, admin::disconnect);
        add("POST", "/__sandbox/instances/{id}/checkout/complete", NONE, admin::completeCheckout);
        add("POST", "/__sandbox/instances/{id}/inbound", NONE, admin::inbound);
        add("GET", "/__sandbox/instances/{id}/deliveries", NONE, admin::deliveries);
        add("GET", "/__sandbox/checkout/{sessionId}", NONE, instances::checkoutPage);
        add("POST", "/__sandbox/card", NONE, admin::card);
        add("POST", "/__sandbox/faults", NONE, admin::addFault);
        add("DELETE", "/__sandbox/faults", NONE, admin::clearFaults);
        add("GET", "/__sandbox/journal", NONE, admin::journal);
        add("DELETE", "/__sandbox/journal", NONE, admin::resetJournal);
        add("POST", "/__sandbox/tokens/expire", NONE, admin::expireTokens);
    }

    private void add(String method, String template, Route.Auth auth, Route.Handler handler) {
        routes.add(new Route(method, template, auth, handler));
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The route for the call; 405 when the path exists with other methods, 404 when nothing fits. */
    Match find(String method, String path) {
        List<String> allowed = new ArrayList<>();
        for (Route r : routes) {
            Map<String, String> params = r.match(path);
            if (params != null) {
                if (r.method.equalsIgnoreCase(method)) {
                    return new Match(r, params);
                }
                allowed.add(r.method);
            }
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
