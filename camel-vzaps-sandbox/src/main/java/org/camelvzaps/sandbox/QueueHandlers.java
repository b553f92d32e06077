package org.camelvzaps.sandbox;

import java.util.Locale;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/**
 * Queues of waiting outbound work (messages, operations): list, purge, remove one. Work waits only while the queue is
 * held (admin switch); no pairing needed.
 */
final class QueueHandlers implements SandboxArea {

    @Override
    public void register(RouteTable.Registrar routes) {
        for (WorkQueue.Lane lane : WorkQueue.Lane.values()) {
            String path = "/instances/{id}/queue/" + lane.name().toLowerCase(Locale.ROOT);
            routes.add("GET", path, JWT_OR_INSTANCE, req -> list(req, lane));
            routes.add("DELETE", path, JWT_OR_INSTANCE, req -> purge(req, lane));
            routes.add("DELETE", path + "/{messageId}", JWT_OR_INSTANCE, req -> remove(req, lane));
        }
    }

    private ApiResponse list(ApiRequest req, WorkQueue.Lane lane) {
        return ApiResponse.envelope(Json.MAPPER.valueToTree(req.instance.queue.list(lane)));
    }

    private ApiResponse purge(ApiRequest req, WorkQueue.Lane lane) {
        return ApiResponse.envelope(Json.statusOk().put("removed", req.instance.queue.purge(lane)));
    }

    private ApiResponse remove(ApiRequest req, WorkQueue.Lane lane) {
        if (!req.instance.queue.remove(lane, req.param("messageId"))) {
            throw new ApiException(404, "not in the queue: " + req.param("messageId"));
        }
        return ApiResponse.statusOk();
    }
}
