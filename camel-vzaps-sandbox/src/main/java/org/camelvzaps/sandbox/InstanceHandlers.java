package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.camelvzaps.sandbox.Route.Auth.JWT;
import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/** Instances: create and provision, list and search, get, update, delete, restart. */
final class InstanceHandlers implements SandboxArea {

    private final Clock clock;
    private final Store store;

    InstanceHandlers(Clock clock, Store store) {
        this.clock = clock;
        this.store = store;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("PUT", "/instances/create", JWT, this::create);
        routes.add("PUT", "/instances/provision", JWT, this::create);
        routes.add("POST", "/instances/list", JWT, this::list);
        routes.add("POST", "/instances/search", JWT, this::list);
        routes.add("POST", "/instances/get", JWT, this::get);
        routes.add("PATCH", "/instances/{id}", JWT_OR_INSTANCE, this::update);
        routes.add("DELETE", "/instances/{id}", JWT_OR_INSTANCE, this::delete);
        routes.add("POST", "/instances/{id}/restart", JWT_OR_INSTANCE, this::restart);
    }

    /** Create and provision: name required; answers the instance object (no envelope). */
    ApiResponse create(ApiRequest req) {
        JsonNode body = req.body();
        if (!body.path("name").isTextual()) {
            throw new ApiException(400, "name is required");
        }
        Instance instance = store.create(body.get("name").asText(), clock.instant());
        apply(instance, body);
        return ApiResponse.ok(instance.toJson());
    }

    /** Partial update with the create fields; answers the instance (enveloped). */
    ApiResponse update(ApiRequest req) {
        apply(req.instance, req.body());
        return ApiResponse.envelope(req.instance.toJson());
    }

    /** Validates the create/update fields present in the body, then changes all of them at once. */
    private void apply(Instance instance, JsonNode body) {
        String name = Fields.optionalText(body, "name");
        if (name != null && (name.length() < 3 || name.length() > 255)) {
            throw new ApiException(400, "name must be 3 to 255 characters long");
        }
        String webhook = Fields.optionalText(body, "webhook");
        if (webhook != null && !webhook.isEmpty()) {
            WebhookHandlers.validateUrl(webhook, "webhook");
        }
        JsonNode eventsNode = body.get("events_subscribe");
        List<String> events = eventsNode == null || eventsNode.isNull() ? null
                : Events.parseNames(eventsNode, "events_subscribe");
        JsonNode labels = body.get("labels");
        if (labels != null && !labels.isNull() && !labels.isObject()) {
            throw new ApiException(400, "labels must be an object");
        }
        Boolean rejectCalls = body.has("reject_calls") ? Fields.optionalBool(body, "reject_calls", false) : null;
        Boolean autoRead = body.has("auto_read_messages") ? Fields.optionalBool(body, "auto_read_messages", false) : null;
        instance.update(name, webhook, events, rejectCalls, autoRead, labels == null || labels.isNull() ? null : labels,
                clock.instant());
    }

    /**
     * List and search: page, size, filter.query (or query) matched against name and id, sort (createdAt, updatedAt,
     * name) and sortDesc (or sort_desc). Not enveloped.
     */
    ApiResponse list(ApiRequest req) {
        JsonNode body = req.body();
        Paging paging = Paging.of(body);
        String query = body.path("filter").path("query").asText(body.path("query").asText(""))
                .toLowerCase(Locale.ROOT);
        Comparator<Instance> order = switch (body.path("sort").asText("createdAt")) {
            case "name" -> Comparator.comparing(i -> i.name().toLowerCase(Locale.ROOT));
            case "updatedAt", "updated_at" -> Comparator.comparing(Instance::updatedAt);
            default -> Comparator.comparingLong(i -> i.seq);
        };
        if (body.path("sortDesc").asBoolean(body.path("sort_desc").asBoolean(false))) {
            order = order.reversed();
        }
        List<Instance> matching = store.all().stream()
                .filter(i -> query.isEmpty() || i.name().toLowerCase(Locale.ROOT).contains(query)
                        || i.id.toLowerCase(Locale.ROOT).contains(query))
                .sorted(order)
                .toList();
        ObjectNode result = paging.describe(Json.object(), matching.size());
        ArrayNode content = result.putArray("content");
        paging.slice(matching).forEach(i -> content.add(i.toJson()));
        long connected = matching.stream().filter(Instance::connected).count();
        ObjectNode summary = result.putObject("summary");
        summary.put("total", matching.size());
        summary.put("connected", connected);
        summary.put("disconnected", matching.size() - connected);
        return ApiResponse.ok(result);
    }

    ApiResponse get(ApiRequest req) {
        return ApiResponse.envelope(store.require(Fields.text(req.body(), "id")).toJson());
    }

    /** 204; every later call on the instance answers 404. */
    ApiResponse delete(ApiRequest req) {
        store.remove(req.instance.id);
        return ApiResponse.noContent();
    }

    /** The worker restarts; the WhatsApp session survives it (a paired instance stays paired). */
    ApiResponse restart(ApiRequest req) {
        return ApiResponse.envelope(action(req.instance.id, "restarting", "instance worker restarted"));
    }

    /** InstanceActionResponse {instance_id, status, details}. */
    static ObjectNode action(String instanceId, String status, String details) {
        return Json.object().put("instance_id", instanceId).put("status", status).put("details", details);
    }
}
