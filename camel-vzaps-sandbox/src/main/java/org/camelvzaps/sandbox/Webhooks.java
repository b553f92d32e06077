package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Webhook deliveries: real HTTP POSTs of event payloads to the instance's webhook URL, on a background pool, in
 * order per instance, each recorded as a delivery log; plus synchronous re-delivery (retry). Events reach it through
 * {@link EventHub}, the one emission path.
 */
final class Webhooks implements AutoCloseable {

    private final Clock clock;
    private final Settings settings;
    private HttpClient http;
    private ExecutorService pool;
    private final Map<String, SerialExecutor> lanes = new ConcurrentHashMap<>();
    private final Map<String, LogEntry> logs = new ConcurrentHashMap<>();
    private final Map<String, List<LogEntry>> logsByInstance = new ConcurrentHashMap<>();

    Webhooks(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Creates the delivery threads (again after close()). */
    synchronized void open() {
        if (pool != null) {
            return;
        }
        pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vzaps-sandbox-webhook");
            t.setDaemon(true);
            return t;
        });
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.deliveryTimeout)
                .executor(pool)
                .build();
    }

    /**
     * Queues one emitted event for delivery on the instance's delivery lane (deliveries of an instance stay in order).
     * Subscription and URL are read when the event's turn comes: an instance without a webhook, or not subscribed to
     * the event's type, gets no delivery and no log.
     */
    void deliver(Instance instance, ObjectNode payload) {
        lane(instance.id).execute(() -> {
            String type = payload.path("type").asText();
            if (instance.subscribed(type)) {
                deliver(record(instance.id, type, instance.webhookUrl(), Json.write(payload)));
            }
        });
    }

    /** Re-delivers a logged payload synchronously to the URL it was first sent to. */
    LogEntry retry(LogEntry entry) {
        deliver(entry);
        return entry;
    }

    LogEntry find(String instanceId, String logId) {
        LogEntry e = logs.get(logId);
        return e != null && e.instanceId.equals(instanceId) ? e : null;
    }

    List<LogEntry> logs(String instanceId) {
        return List.copyOf(logsByInstance.getOrDefault(instanceId, List.of()));
    }

    private LogEntry record(String instanceId, String type, String url, String payload) {
        LogEntry e = new LogEntry(Ids.logId(), instanceId, type, url, payload, clock.instant());
        logs.put(e.id, e);
        logsByInstance.computeIfAbsent(instanceId, k -> new CopyOnWriteArrayList<>()).add(e);
        return e;
    }

    private void deliver(LogEntry entry) {
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(entry.url))
                    .timeout(settings.deliveryTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "VZaps-Sandbox-Webhook/1.0")
                    .header("X-Instance-ID", entry.instanceId)
                    .POST(HttpRequest.BodyPublishers.ofString(entry.payload))
                    .build();
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status < 200 || status > 299) {
                error = "receiver answered HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        entry.attempted(status, error, clock.instant());
    }

    private synchronized HttpClient client() {
        open();
        return http;
    }

    private synchronized SerialExecutor lane(String instanceId) {
        open();
        return lanes.computeIfAbsent(instanceId, k -> new SerialExecutor(pool));
    }

    /** Stops the delivery threads; queued deliveries are dropped. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
            http = null;
            lanes.clear();
        }
    }

    /** Mutable delivery log. */
    static final class LogEntry {
        final String id;
        final String instanceId;
        final String eventType;
        final String url;
        final String payload;
        final Instant createdAt;
        private String status = "pending";
        private int attempts;
        private Integer responseStatus;
        private String error;
        private Instant updatedAt;

        LogEntry(String id, String instanceId, String eventType, String url, String payload, Instant createdAt) {
            this.id = id;
            this.instanceId = instanceId;
            this.eventType = eventType;
            this.url = url;
            this.payload = payload;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        synchronized void attempted(Integer responseStatus, String error, Instant at) {
            this.attempts++;
            this.responseStatus = responseStatus;
            this.error = error;
            this.status = error == null ? "success" : "failed";
            this.updatedAt = at;
        }

        synchronized String status() {
            return status;
        }

        synchronized DeliveryLog view() {
            return new DeliveryLog(id, instanceId, eventType, url, status, attempts, responseStatus, error, payload,
                    createdAt, updatedAt);
        }

        synchronized ObjectNode toJson() {
            ObjectNode n = Json.object();
            n.put("id", id);
            n.put("instance_id", instanceId);
            n.put("event_type", eventType);
            n.put("url", url);
            n.put("status", status);
            n.put("attempts", attempts);
            if (responseStatus == null) {
                n.putNull("response_status");
            } else {
                n.put("response_status", responseStatus);
            }
            n.put("error", error);
            n.put("payload", payload); // the JSON text that was posted, as a string
            n.put("created_at", createdAt.toString());
            n.put("updated_at", updatedAt.toString());
            return n;
        }
    }
}
