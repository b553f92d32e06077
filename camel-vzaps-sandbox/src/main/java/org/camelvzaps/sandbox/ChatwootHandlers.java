package org.camelvzaps.sandbox;

import java.util.List;
import java.util.function.Supplier;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/** Chatwoot integration: get (404 until set), set, delete, import (contacts, messages, all). No pairing needed. */
final class ChatwootHandlers implements SandboxArea {

    static final List<String> IMPORT_SCOPES = List.of("contacts", "messages", "all");

    private final Supplier<String> baseUrl;

    ChatwootHandlers(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("GET", "/instances/{id}/chatwoot", JWT_OR_INSTANCE, this::get);
        routes.add("POST", "/instances/{id}/chatwoot", JWT_OR_INSTANCE, this::set);
        routes.add("DELETE", "/instances/{id}/chatwoot", JWT_OR_INSTANCE, this::delete);
        routes.add("POST", "/instances/{id}/chatwoot/import/{importScope}", JWT_OR_INSTANCE, this::importData);
    }

    ApiResponse get(ApiRequest req) {
        return ApiResponse.envelope(req.instance.chatwoot.toJson(webhookUrl(req)));
    }

    ApiResponse set(ApiRequest req) {
        req.instance.chatwoot.set(req.body());
        return get(req);
    }

    /** Removes the integration; also fine when none was set. */
    ApiResponse delete(ApiRequest req) {
        req.instance.chatwoot.delete();
        return ApiResponse.statusOk();
    }

    /** importScope contacts, messages or all (else 400); 409 while Chatwoot is not configured. */
    ApiResponse importData(ApiRequest req) {
        String scope = req.param("importScope");
        if (!IMPORT_SCOPES.contains(scope)) {
            throw new ApiException(400, "import scope must be one of " + String.join(", ", IMPORT_SCOPES));
        }
        if (!req.instance.chatwoot.configured()) {
            throw new ApiException(409, "chatwoot is not configured for this instance");
        }
        return ApiResponse.statusOk();
    }

    /** Where Chatwoot posts back (POST /chatwoot/webhook/{instanceId}, called by Chatwoot); read-only. */
    private String webhookUrl(ApiRequest req) {
        return baseUrl.get() + "/chatwoot/webhook/" + req.instance.id;
    }
}
