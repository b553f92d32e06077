package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Instances and billing: create, list, get, subscribe (direct / checkout), cancel, resume. */
final class InstanceHandlers {

    private final Settings settings;
    private final Clock clock;
    private final Store store;
    private final Supplier<String> baseUrl;

    InstanceHandlers(Settings settings, Clock clock, Store store, Supplier<String> baseUrl) {
        this.settings = settings;
        this.clock = clock;
        this.store = store;
        this.baseUrl = baseUrl;
    }

    ApiResponse create(ApiRequest req) {
        JsonNode body = req.body();
        JsonNode nameNode = body.get("name");
        if (nameNode == null || !nameNode.isTextual()) {
            throw new ApiException(400, "name is required");
        }
        String name = nameNode.asText();
        if (name.length() < 3 || name.length() > 255) {
            throw new ApiException(400, "name must be 3 to 255 characters long");
        }
        String webhook = Json.text(body, "webhook");
        if (webhook != null && !webhook.isEmpty()) {
            WebhookHandlers.validateUrl(webhook, "webhook");
        }
        JsonNode eventsNode = body.get("events_subscribe");
        List<String> events = eventsNode == null || eventsNode.isNull() ? List.of()
                : Events.parseNames(eventsNode, "events_subscribe");
        JsonNode labels = body.get("labels");
        if (labels != null && !labels.isNull() && !labels.isObject()) {
            throw new ApiException(400, "labels must be an object");
        }
        Instance instance = store.create(name, clock.instant());
        instance.configure(webhook, events, body.path("reject_calls").asBoolean(false),
                body.path("auto_read_messages").asBoolean(false), labels);
        return ApiResponse.ok(instance.toJson());
    }

    ApiResponse list(ApiRequest req) {
        JsonNode body = req.body();
        int page = Math.max(1, body.path("page").asInt(1));
        int size = Math.max(1, Math.min(100, body.path("size").asInt(20)));
        String query = body.path("filter").path("query").asText("").toLowerCase(Locale.ROOT);
        List<Instance> matching = store.all().stream()
                .filter(i -> query.isEmpty() || i.name().toLowerCase(Locale.ROOT).contains(query))
                .toList();
        if (body.path("sortDesc").asBoolean(body.path("sort_desc").asBoolean(false))) {
            matching = new java.util.ArrayList<>(matching);
            java.util.Collections.reverse(matching);
        }
        ArrayNode content = Json.MAPPER.createArrayNode();
        matching.stream().skip((long) (page - 1) * size).limit(size).forEach(i -> content.add(i.toJson()));
        ObjectNode result = Json.object();
        result.put("page", page);
        result.put("size", size);
        result.put("total", matching.size());
        result.put("total_pages", (matching.size() + size - 1) / size);
        result.set("content", content);
        long connected = matching.stream().filter(Instance::connected).count();
        ObjectNode summary = result.putObject("summary");
        summary.put("total", matching.size());
        summary.put("connected", connected);
        summary.put("disconnected", matching.size() - connected);
        return ApiResponse.ok(result);
    }

    ApiResponse get(ApiRequest req) {
        String id = Json.text(req.body(), "id");
        if (id == null || id.isEmpty()) {
            throw new ApiException(400, "id is required");
        }
        return ApiResponse.envelope(store.require(id).toJson());
    }

    /** direct: charged to the card on file, ACTIVE at once; no card: checkout session to complete first. */
    ApiResponse subscribe(ApiRequest req) {
        Instance instance = req.instance;
        String sessionId = "cs_" + Ids.hex(24);
        ObjectNode result = Json.object();
        if (settings.cardOnFile || "ACTIVE".equals(instance.billingStatus())) {
            instance.activate(clock.instant());
            result.put("url", "https://app.vzaps.com/instances/" + instance.id);
            result.put("sessionId", sessionId);
            result.put("mode", "direct");
            result.put("subscriptionId", "sub_" + Ids.hex(24));
        } else {
            instance.startCheckout(sessionId, clock.instant());
            result.put("url", baseUrl.get() + "/__sandbox/checkout/" + sessionId);
            result.put("sessionId", sessionId);
            result.put("mode", "checkout");
            result.putNull("subscriptionId");
        }
        return ApiResponse.ok(result);
    }

    /** Schedules the cancellation at the end of the (simulated 30-day) period. */
    ApiResponse cancel(ApiRequest req) {
        req.instance.cancelAt(clock.instant().plus(Duration.ofDays(30)), clock.instant());
        return ApiResponse.ok(Json.object().put("message", "Instance canceled successfully"));
    }

    ApiResponse resume(ApiRequest req) {
        req.instance.cancelAt(null, clock.instant());
        return ApiResponse.ok(Json.object().put("status", "ok"));
    }

    /** The hosted checkout page of the sandbox: a GET on it pays. */
    ApiResponse checkoutPage(ApiRequest req) {
        String sessionId = req.param("sessionId");
        Instance instance = store.all().stream().filter(i -> sessionId.equals(i.pendingCheckout())).findFirst()
                .orElseThrow(() -> new ApiException(404, "no open checkout session " + sessionId));
        completeCheckout(instance);
        return ApiResponse.html("<html><body><h1>VZaps sandbox checkout</h1><p>Payment completed for instance "
                + instance.id + ". Subscription is ACTIVE.</p></body></html>");
    }

    /** Completes the pending checkout (or simply activates billing when none is pending). */
    void completeCheckout(Instance instance) {
        instance.activate(clock.instant());
    }
}
