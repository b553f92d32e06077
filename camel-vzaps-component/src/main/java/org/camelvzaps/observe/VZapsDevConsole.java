package org.camelvzaps.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Consumer;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.consumer.pairing.VZapsPairingConsumer;
import org.camelvzaps.consumer.realtime.RealtimeSocketState;
import org.camelvzaps.consumer.realtime.VZapsRealtimeConsumer;
import org.camelvzaps.consumer.webhook.VZapsWebhookConsumer;
import org.camelvzaps.consumer.webhook.WebhookActivity;

/**
 * Camel's dev console {@code vzaps}: per component, calls by operation and outcome, retries, token fetches and
 * their expiry time (never a token), events and refused callbacks; per route, the realtime sockets (state, cursor,
 * last event age, reconnects), the webhook (last accepted delivery, refusals, last replay) and pairing.
 */
@DevConsole(name = "vzaps", displayName = "VZaps", description = "VZaps calls, tokens, sockets, webhooks and pairing")
public class VZapsDevConsole extends AbstractDevConsole {

    public VZapsDevConsole() {
        super("camel", "vzaps", "VZaps", "VZaps calls, tokens, sockets, webhooks and pairing");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, VZapsComponent> entry : components()) {
            VZapsComponent component = entry.getValue();
            VZapsStats stats = component.stats();
            text.append("Component ").append(entry.getKey()).append('\n');
            for (VZapsClient client : component.clients()) {
                Instant expires = client.tokenExpiresAt();
                text.append("  API ").append(client.settings().baseUrl()).append(" token expires ")
                        .append(expires == null ? "(none cached)" : expires.toString()).append('\n');
            }
            appendCounts(text, "Calls", stats.calls());
            appendCounts(text, "Retries", stats.retries());
            appendCounts(text, "Token fetches", stats.tokenFetches());
            appendCounts(text, "Events", stats.events());
            appendCounts(text, "Refused callbacks", stats.refused());
        }
        for (Route route : getCamelContext().getRoutes()) {
            Consumer consumer = route.getConsumer();
            if (consumer instanceof VZapsRealtimeConsumer realtime) {
                text.append("Realtime route ").append(route.getRouteId()).append('\n');
                for (RealtimeSocketState socket : realtime.socketStates()) {
                    text.append("  ").append(socket.instanceId()).append(' ')
                            .append(socket.status().name().toLowerCase()).append(" since ").append(socket.since())
                            .append(" cursor ").append(socket.cursor())
                            .append(" lastEventAgo ").append(millis(socket.sinceLastEvent()))
                            .append(" reconnects ").append(socket.reconnects()).append('\n');
                }
            } else if (consumer instanceof VZapsWebhookConsumer webhook && webhook.activity() != null) {
                WebhookActivity activity = webhook.activity();
                text.append("Webhook route ").append(route.getRouteId()).append(" last accepted ")
                        .append(activity.lastAccepted()).append(" refused ").append(activity.refusals()).append('\n');
                WebhookActivity.ReplayRun replay = activity.lastReplay();
                if (replay != null) {
                    text.append("  replay at ").append(replay.at()).append(" replayed ").append(replay.replayed())
                            .append(" refused ").append(replay.refused()).append('\n');
                }
            } else if (consumer instanceof VZapsPairingConsumer pairing) {
                text.append("Pairing route ").append(route.getRouteId()).append(' ')
                        .append(pairing.pairingState().text()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> components = new ArrayList<>();
        for (Map.Entry<String, VZapsComponent> entry : components()) {
            VZapsStats stats = entry.getValue().stats();
            JsonObject json = new JsonObject();
            json.put("name", entry.getKey());
            List<JsonObject> clients = new ArrayList<>();
            for (VZapsClient client : entry.getValue().clients()) {
                JsonObject c = new JsonObject();
                c.put("baseUrl", client.settings().baseUrl());
                Instant expires = client.tokenExpiresAt();
                if (expires != null) {
                    c.put("tokenExpiresAt", expires.toString());
                }
                clients.add(c);
            }
            json.put("clients", clients);
            json.put("calls", new JsonObject(Map.copyOf(stats.calls())));
            json.put("retries", new JsonObject(Map.copyOf(stats.retries())));
            json.put("tokenFetches", new JsonObject(Map.copyOf(stats.tokenFetches())));
            json.put("events", new JsonObject(Map.copyOf(stats.events())));
            json.put("refused", new JsonObject(Map.copyOf(stats.refused())));
            components.add(json);
        }
        root.put("components", components);
        List<JsonObject> routes = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            JsonObject json = route(route);
            if (json != null) {
                routes.add(json);
            }
        }
        root.put("routes", routes);
        return root;
    }

    private static JsonObject route(Route route) {
        Consumer consumer = route.getConsumer();
        JsonObject json = new JsonObject();
        json.put("routeId", route.getRouteId());
        if (consumer instanceof VZapsRealtimeConsumer realtime) {
            json.put("consumer", "realtime");
            List<JsonObject> sockets = new ArrayList<>();
            for (RealtimeSocketState socket : realtime.socketStates()) {
                JsonObject s = new JsonObject();
                s.put("instanceId", socket.instanceId());
                s.put("state", socket.status().name().toLowerCase());
                s.put("since", socket.since().toString());
                s.put("cursor", socket.cursor());
                s.put("lastEventAgoMillis", socket.sinceLastEvent() == null ? null : socket.sinceLastEvent().toMillis());
                s.put("reconnects", socket.reconnects());
                sockets.add(s);
            }
            json.put("sockets", sockets);
            return json;
        }
        if (consumer instanceof VZapsWebhookConsumer webhook && webhook.activity() != null) {
            WebhookActivity activity = webhook.activity();
            json.put("consumer", "webhook");
            json.put("lastAccepted", activity.lastAccepted() == null ? null : activity.lastAccepted().toString());
            json.put("refused", new JsonObject(Map.copyOf(activity.refusals())));
            WebhookActivity.ReplayRun replay = activity.lastReplay();
            if (replay != null) {
                JsonObject r = new JsonObject();
                r.put("lastRun", replay.at().toString());
                r.put("replayed", replay.replayed());
                r.put("refused", replay.refused());
                json.put("replay", r);
            }
            return json;
        }
        if (consumer instanceof VZapsPairingConsumer pairing) {
            json.put("consumer", "pairing");
            json.put("state", pairing.pairingState().text());
            return json;
        }
        return null;
    }

    private List<Map.Entry<String, VZapsComponent>> components() {
        List<Map.Entry<String, VZapsComponent>> found = new ArrayList<>();
        for (String name : getCamelContext().getComponentNames()) {
            if (getCamelContext().hasComponent(name) instanceof VZapsComponent vzaps) {
                found.add(Map.entry(name, vzaps));
            }
        }
        return found;
    }

    private static void appendCounts(StringBuilder text, String title, Map<String, Long> counts) {
        if (!counts.isEmpty()) {
            text.append("  ").append(title).append(": ");
            counts.forEach((key, count) -> text.append(key).append('=').append(count).append("  "));
            text.append('\n');
        }
    }

    private static String millis(Duration duration) {
        return duration == null ? "-" : duration.toMillis() + "ms";
    }
}
