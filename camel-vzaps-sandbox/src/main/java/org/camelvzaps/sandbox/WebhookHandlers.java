package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/** Webhook area: configuration (get/set) and delivery logs (search, get, retry). */
final class WebhookHandlers implements SandboxArea {

    private final Clock clock;
    private final Webhooks webhooks;

    WebhookHandlers(Clock clock, Webhooks webhooks) {
        this.clock = clock;
        this.webhooks = webhooks;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("GET", "/instances/{id}/webhook", JWT_OR_INSTANCE, this::get);
        routes.add("POST", "/instances/{id}/webhook", JWT_OR_INSTANCE, this::set);
        routes.add("POST", "/instances/{id}/webhook/logs/search", JWT_OR_INSTANCE, this::searchLogs);
        routes.add("GET", "/instances/{id}/webhook/logs/{logId}", JWT_OR_INSTANCE, this::getLog);
        routes.add("POST", "/instances/{id}/webhook/logs/{logId}/retry", JWT_OR_INSTANCE, this::retry);
    }

    ApiResponse get(ApiRequest req) {
        Instance instance = req.instance;
        ObjectNode data = Json.object();
        data.put("webhook", instance.webhookUrl());
        data.set("subscribe", Json.array(instance.events()));
        return ApiResponse.envelope(data);
    }

    /** Body: webhookURL (empty clears), events CSV or array (omitted = unchanged). */
    ApiResponse set(ApiRequest req) {
        JsonNode body = req.body();
        JsonNode urlNode = body.get("webhookURL");
        if (urlNode == null || !urlNode.isTextual()) {
            throw new ApiException(400, "webhookURL is required (string; empty string clears the webhook)");
        }
        String url = urlNode.asText().trim();
        if (!url.isEmpty()) {
            validateUrl(url, "webhookURL");
        }
        JsonNode eventsNode = body.get("events");
        List<String> events = eventsNode == null || eventsNode.isNull() ? null : Events.parseNames(eventsNode, "events");
        Instance instance = req.instance;
        instance.setWebhook(url, events, clock.instant());
        ObjectNode data = Json.object();
        data.put("webhook", instance.webhookUrl());
        data.put("events", String.join(",", instance.events()));
        return ApiResponse.envelope(data);
    }

    /** Filters: status, event_type; page (from 1, default 1), size (default 20); newest first. */
    ApiResponse searchLogs(ApiRequest req) {
        JsonNode body = req.body();
        String status = Json.text(body, "status");
        String eventType = Json.text(body, "event_type");
        int page = Math.max(1, body.path("page").asInt(1));
        int size = Math.max(1, Math.min(100, body.path("size").asInt(20)));
        List<Webhooks.LogEntry> matching = new ArrayList<>(webhooks.logs(req.instance.id).stream()
                .filter(e -> status == null || status.equalsIgnoreCase(e.status()))
                .filter(e -> eventType == null || eventType.equals(e.eventType))
                .toList());
        Collections.reverse(matching);
        ArrayNode content = Json.MAPPER.createArrayNode();
        matching.stream().skip((long) (page - 1) * size).limit(size).forEach(e -> content.add(e.toJson()));
        ObjectNode data = Json.object();
        data.set("content", content);
        data.put("page", page);
        data.put("size", size);
        data.put("total", matching.size());
        data.put("total_pages", (matching.size() + size - 1) / size);
        return ApiResponse.envelope(data);
    }

    ApiResponse getLog(ApiRequest req) {
        return ApiResponse.envelope(requireLog(req).toJson());
    }

    /** Re-delivers synchronously; answers the updated log. */
    ApiResponse retry(ApiRequest req) {
        return ApiResponse.envelope(webhooks.retry(requireLog(req)).toJson());
    }

    private Webhooks.LogEntry requireLog(ApiRequest req) {
        Webhooks.LogEntry entry = webhooks.find(req.instance.id, req.param("logId"));
        if (entry == null) {
            throw new ApiException(404, "webhook log not found: " + req.param("logId"));
        }
        return entry;
    }

    /** http(s) absolute URL with a host; http is accepted too (loopback receivers in tests). */
    static void validateUrl(String url, String field) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, field + " must be an absolute http(s) URL");
        }
    }
}
