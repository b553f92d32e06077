package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;

import static org.camelvzaps.sandbox.Route.Auth.NONE;

/** The /__sandbox admin HTTP API (plain JSON, no auth): mirrors the Java API of {@link VZapsSandbox}. */
final class AdminHandlers implements SandboxArea {

    private final VZapsSandbox sandbox;
    private final Store store;
    private final Inbox inbox;

    AdminHandlers(VZapsSandbox sandbox, Store store, Inbox inbox) {
        this.sandbox = sandbox;
        this.store = store;
        this.inbox = inbox;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("GET", "/__sandbox/credentials", NONE, this::credentials);
        routes.add("GET", "/__sandbox/instances", NONE, this::instances);
        routes.add("POST", "/__sandbox/instances/{id}/scan", NONE, this::scan);
        routes.add("POST", "/__sandbox/instances/{id}/disconnect", NONE, this::disconnect);
        routes.add("POST", "/__sandbox/instances/{id}/checkout/complete", NONE, this::completeCheckout);
        routes.add("POST", "/__sandbox/instances/{id}/inbound", NONE, this::inbound);
        routes.add("POST", "/__sandbox/instances/{id}/queue", NONE, this::queue);
        routes.add("GET", "/__sandbox/instances/{id}/deliveries", NONE, this::deliveries);
        routes.add("POST", "/__sandbox/card", NONE, this::card);
        routes.add("POST", "/__sandbox/unreachable", NONE, this::unreachable);
        routes.add("POST", "/__sandbox/faults", NONE, this::addFault);
        routes.add("DELETE", "/__sandbox/faults", NONE, this::clearFaults);
        routes.add("GET", "/__sandbox/journal", NONE, this::journal);
        routes.add("DELETE", "/__sandbox/journal", NONE, this::resetJournal);
        routes.add("POST", "/__sandbox/tokens/expire", NONE, this::expireTokens);
        routes.add("GET", "/__sandbox/instances/{id}/realtime", NONE, this::realtimeState);
        routes.add("GET", "/__sandbox/instances/{id}/realtime/events", NONE, this::realtimeEvents);
        routes.add("POST", "/__sandbox/instances/{id}/realtime/drop", NONE, this::realtimeDrop);
        routes.add("POST", "/__sandbox/instances/{id}/realtime/silent", NONE, this::realtimeSilent);
        routes.add("POST", "/__sandbox/instances/{id}/realtime/refuse", NONE, this::realtimeRefuse);
        routes.add("GET", "/__sandbox/realtime/handshakes", NONE, this::realtimeHandshakes);
        routes.add("POST", "/__sandbox/realtime/reset", NONE, this::realtimeReset);
    }

    /** {"phone": "5511...", "unreachable": true|false}: that recipient never (or again) receives. */
    ApiResponse unreachable(ApiRequest req) {
        String phone = Json.text(req.body(), "phone");
        JsonNode flag = req.body() == null ? null : req.body().get("unreachable");
        sandbox.setUnreachable(phone, flag == null || flag.asBoolean(true));
        return ApiResponse.ok(Json.object().put("status", "ok"));
    }

    ApiResponse credentials(ApiRequest req) {
        return ApiResponse.ok(Json.object()
                .put("base_url", sandbox.baseUrl())
                .put("realtime_url", sandbox.realtimeUrl())
                .put("client_token", sandbox.clientToken())
                .put("client_secret", sandbox.clientSecret()));
    }

    ApiResponse instances(ApiRequest req) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        store.all().forEach(i -> list.add(i.toJson()));
        return ApiResponse.ok(list);
    }

    ApiResponse scan(ApiRequest req) {
        sandbox.scan(instance(req).id);
        return ApiResponse.ok(store.require(req.param("id")).toJson());
    }

    ApiResponse disconnect(ApiRequest req) {
        sandbox.disconnect(instance(req).id);
        return ApiResponse.ok(store.require(req.param("id")).toJson());
    }

    ApiResponse completeCheckout(ApiRequest req) {
        sandbox.completeCheckout(instance(req).id);
        return ApiResponse.ok(store.require(req.param("id")).toJson());
    }

    /**
     * Body {phone, push_name, text} and optionally one file: image, video, audio, document or sticker (a base64 data
     * URL, as in the sends) with caption (default: text) and file_name. Answers {message_id}; 409 when not connected.
     */
    ApiResponse inbound(ApiRequest req) {
        Instance instance = instance(req);
        String messageId = inbox.receive(instance, req.body());
        return ApiResponse.ok(Json.object().put("message_id", messageId));
    }

    /** Body {hold: true|false}: holds the instance's outbound queue, or releases it (waiting work runs in order). */
    ApiResponse queue(ApiRequest req) {
        JsonNode hold = req.body().get("hold");
        if (hold == null || !hold.isBoolean()) {
            throw new ApiException(400, "hold (boolean) is required");
        }
        Instance instance = instance(req);
        instance.queue.hold(hold.asBoolean());
        return ApiResponse.ok(Json.object().put("hold", instance.queue.held()));
    }

    ApiResponse deliveries(ApiRequest req) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        sandbox.webhooks().logs(instance(req).id).forEach(e -> list.add(e.toJson()));
        return ApiResponse.ok(list);
    }

    ApiResponse card(ApiRequest req) {
        JsonNode onFile = req.body().get("on_file");
        if (onFile == null || !onFile.isBoolean()) {
            throw new ApiException(400, "on_file (boolean) is required");
        }
        sandbox.setCardOnFile(onFile.asBoolean());
        return ApiResponse.ok(Json.object().put("on_file", onFile.asBoolean()));
    }

    /**
     * Body: kind = rate_limit (retry_after_seconds, default 1) | server_error (status, default 503) | slow (delay_ms);
     * and either next_calls (default 1) or share (0..1).
     */
    ApiResponse addFault(ApiRequest req) {
        JsonNode body = req.body();
        String kind = body.path("kind").asText("");
        Fault fault;
        try {
            fault = switch (kind) {
                case "rate_limit" -> Fault.rateLimited(Duration.ofSeconds(body.path("retry_after_seconds").asLong(1)));
                case "server_error" -> Fault.serverError(body.path("status").asInt(503));
                case "slow" -> Fault.slow(Duration.ofMillis(body.path("delay_ms").asLong(1000)));
                default -> throw new ApiException(400, "kind must be rate_limit, server_error or slow");
            };
            if (body.has("share")) {
                sandbox.faults().share(body.get("share").asDouble(), fault);
            } else {
                sandbox.faults().nextCalls(body.path("next_calls").asInt(1), fault);
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        return ApiResponse.ok(Json.object().put("fault", fault.toString()).put("active_rules", sandbox.faults().active()));
    }

    ApiResponse clearFaults(ApiRequest req) {
        sandbox.faults().clear();
        return ApiResponse.ok(Json.object().put("status", "ok"));
    }

    ApiResponse journal(ApiRequest req) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (RecordedCall call : sandbox.journal()) {
            ObjectNode n = list.addObject();
            n.put("method", call.method());
            n.put("path", call.path());
            ObjectNode headers = n.putObject("headers");
            call.headers().forEach(headers::put);
            n.put("body", call.body());
            n.put("status", call.status());
            n.put("received_at", call.receivedAt().toString());
        }
        return ApiResponse.ok(list);
    }

    ApiResponse resetJournal(ApiRequest req) {
        sandbox.resetJournal();
        return ApiResponse.ok(Json.object().put("status", "ok"));
    }

    ApiResponse expireTokens(ApiRequest req) {
        sandbox.expireTokens();
        return ApiResponse.ok(Json.object().put("status", "ok"));
    }

    /**
     * {open_connections, silent, refuse_next: {count, status}, retained_events, last_event_id, acks, close_codes,
     * handshakes} of the instance's realtime side.
     */
    ApiResponse realtimeState(ApiRequest req) {
        Instance instance = instance(req);
        EventLog log = sandbox.realtime().log(instance.id);
        ObjectNode n = Json.object();
        n.put("url", sandbox.realtimeUrl() + Realtime.PATH + "?instance_id=" + instance.id);
        n.put("open_connections", log.connections().size());
        n.put("silent", log.silent());
        n.putObject("refuse_next").put("count", log.pendingRefusals()).put("status", log.refusalStatus());
        List<RealtimeEvent> events = log.events();
        n.put("retained_events", events.size());
        n.put("last_event_id", log.lastEventId());
        n.set("acks", Json.array(log.acks()));
        ArrayNode codes = n.putArray("close_codes");
        log.closeCodes().forEach(codes::add);
        n.set("handshakes", handshakes(sandbox.realtimeHandshakes(instance.id)));
        return ApiResponse.ok(n);
    }

    /** The retained events of the instance, oldest first, each as the envelope sent on the socket. */
    ApiResponse realtimeEvents(ApiRequest req) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        sandbox.realtime().log(instance(req).id).frames().forEach(frame -> list.add(Json.parse(frame)));
        return ApiResponse.ok(list);
    }

    /** Body {close_code} closes the instance's sockets with that code; without it they are cut (no close handshake). */
    ApiResponse realtimeDrop(ApiRequest req) {
        Instance instance = instance(req);
        JsonNode code = req.body().get("close_code");
        int dropped;
        try {
            if (code == null || code.isNull()) {
                dropped = sandbox.abortRealtimeConnections(instance.id);
            } else if (code.canConvertToInt()) {
                dropped = sandbox.closeRealtimeConnections(instance.id, code.asInt());
            } else {
                throw new ApiException(400, "close_code must be an integer");
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        return ApiResponse.ok(Json.object().put("dropped", dropped));
    }

    /** Body {silent: true|false}. */
    ApiResponse realtimeSilent(ApiRequest req) {
        JsonNode silent = req.body().get("silent");
        if (silent == null || !silent.isBoolean()) {
            throw new ApiException(400, "silent (boolean) is required");
        }
        Instance instance = instance(req);
        sandbox.setRealtimeSilent(instance.id, silent.asBoolean());
        return ApiResponse.ok(Json.object().put("silent", silent.asBoolean()));
    }

    /** Body {count (default 1; 0 clears), status (default 503)}. */
    ApiResponse realtimeRefuse(ApiRequest req) {
        Instance instance = instance(req);
        JsonNode body = req.body();
        int count = body.path("count").asInt(1);
        int status = body.path("status").asInt(503);
        try {
            sandbox.refuseRealtimeHandshakes(instance.id, count, status);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
        return ApiResponse.ok(Json.object().put("count", count).put("status", status));
    }

    /** Every handshake seen, oldest first; {@code ?instance_id=} keeps those of one instance (known or not). */
    ApiResponse realtimeHandshakes(ApiRequest req) {
        String instanceId = req.query("instance_id");
        return ApiResponse.ok(handshakes(instanceId == null ? sandbox.realtimeHandshakes()
                : sandbox.realtimeHandshakes(instanceId)));
    }

    ApiResponse realtimeReset(ApiRequest req) {
        sandbox.resetRealtime();
        return ApiResponse.ok(Json.object().put("status", "ok"));
    }

    private static ArrayNode handshakes(List<RealtimeHandshake> handshakes) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (RealtimeHandshake h : handshakes) {
            ObjectNode n = list.addObject();
            n.put("instance_id", h.instanceId());
            ObjectNode query = n.putObject("query");
            h.query().forEach(query::put);
            ObjectNode headers = n.putObject("headers");
            h.headers().forEach(headers::put);
            n.put("status", h.status());
            n.put("at", h.at().toString());
        }
        return list;
    }

    private Instance instance(ApiRequest req) {
        return store.require(req.param("id"));
    }
}
