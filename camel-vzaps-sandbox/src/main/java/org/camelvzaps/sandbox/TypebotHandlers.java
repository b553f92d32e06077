package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/**
 * TypeBot: configurations (list, create, update, delete) and sessions (start by typebot id or public_id, list,
 * pause, close). Configuration: no pairing needed.
 */
final class TypebotHandlers implements SandboxArea {

    private final Clock clock;

    TypebotHandlers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("GET", "/instances/{id}/typebots", JWT_OR_INSTANCE, this::list);
        routes.add("POST", "/instances/{id}/typebots", JWT_OR_INSTANCE, this::create);
        routes.add("PATCH", "/instances/{id}/typebots/{typebotId}", JWT_OR_INSTANCE, this::update);
        routes.add("DELETE", "/instances/{id}/typebots/{typebotId}", JWT_OR_INSTANCE, this::delete);
        routes.add("POST", "/instances/{id}/typebots/sessions/start", JWT_OR_INSTANCE, this::startByPublicId);
        routes.add("POST", "/instances/{id}/typebots/{typebotId}/sessions/start", JWT_OR_INSTANCE, this::startById);
        routes.add("GET", "/instances/{id}/typebots/sessions", JWT_OR_INSTANCE, this::sessions);
        routes.add("POST", "/instances/{id}/typebots/sessions/{sessionId}/pause", JWT_OR_INSTANCE,
                req -> move(req, "paused"));
        routes.add("POST", "/instances/{id}/typebots/sessions/{sessionId}/close", JWT_OR_INSTANCE,
                req -> move(req, "closed"));
    }

    ApiResponse list(ApiRequest req) {
        return ApiResponse.envelope(Json.MAPPER.valueToTree(req.instance.typebots.list()));
    }

    /** typebot_url (http(s)) and public_id are required; answers the stored config with typebot_id. */
    ApiResponse create(ApiRequest req) {
        JsonNode body = req.body();
        WebhookHandlers.validateUrl(Fields.text(body, "typebot_url"), "typebot_url");
        Fields.text(body, "public_id");
        return ApiResponse.envelope(req.instance.typebots.create(body, clock.instant()));
    }

    ApiResponse update(ApiRequest req) {
        JsonNode body = req.body();
        String url = Fields.optionalText(body, "typebot_url");
        if (url != null) {
            WebhookHandlers.validateUrl(url, "typebot_url");
        }
        req.instance.typebots.update(req.param("typebotId"), body);
        return ApiResponse.statusOk();
    }

    /** Deletes the config; its sessions are closed. */
    ApiResponse delete(ApiRequest req) {
        req.instance.typebots.delete(req.param("typebotId"));
        return ApiResponse.statusOk();
    }

    /** public_id picks the config (404 when none has it); phone and message required, push_name optional. */
    ApiResponse startByPublicId(ApiRequest req) {
        String publicId = Fields.text(req.body(), "public_id");
        String typebotId = req.instance.typebots.byPublicId(publicId)
                .orElseThrow(() -> new ApiException(404, "no typebot with public_id " + publicId));
        return start(req, typebotId);
    }

    ApiResponse startById(ApiRequest req) {
        return start(req, req.param("typebotId"));
    }

    private ApiResponse start(ApiRequest req, String typebotId) {
        JsonNode body = req.body();
        String phone = Phones.require(body);
        Fields.text(body, "message");
        req.instance.typebots.start(typebotId, phone, Fields.optionalText(body, "push_name"), clock.instant());
        return ApiResponse.statusOk();
    }

    ApiResponse sessions(ApiRequest req) {
        return ApiResponse.envelope(Json.MAPPER.valueToTree(req.instance.typebots.sessions()));
    }

    private ApiResponse move(ApiRequest req, String status) {
        req.instance.typebots.session(req.param("sessionId")).move(status, clock.instant());
        return ApiResponse.statusOk();
    }
}
