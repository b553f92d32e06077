package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mutable state of one simulated instance. Every access goes through the instance's monitor. */
final class Instance {

    final String id;
    final String token;
    final long seq;
    final Instant createdAt;

    private String name;
    private String webhookUrl = "";
    private List<String> events = List.of();
    private boolean rejectCalls;
    private boolean autoReadMessages;
    private JsonNode labels;
    private Instant updatedAt;

    private String billingStatus = "TRIALING";
    private Instant cancelAt;
    private String pendingCheckout;

    private boolean connected;
    private Instant connectedAt;
    private String phone;
    private String pushName;

    private boolean pairing;
    private int qrFetches;
    private String qrContent;
    private Instant qrIssuedAt;

    Instance(String id, String token, long seq, String name, Instant now) {
        this.id = id;
        this.token = token;
        this.seq = seq;
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    // ---- configuration ----

    synchronized void configure(String webhook, List<String> events, boolean rejectCalls, boolean autoRead, JsonNode labels) {
        this.webhookUrl = webhook == null ? "" : webhook;
        this.events = List.copyOf(events);
        this.rejectCalls = rejectCalls;
        this.autoReadMessages = autoRead;
        this.labels = labels;
    }

    synchronized void setWebhook(String url, List<String> newEvents, Instant now) {
        this.webhookUrl = url;
        if (newEvents != null) {
            this.events = List.copyOf(newEvents);
        }
        this.updatedAt = now;
    }

    synchronized String webhookUrl() {
        return webhookUrl;
    }

    synchronized List<String> events() {
        return events;
    }

    synchronized boolean subscribed(String eventType) {
        return !webhookUrl.isEmpty() && (events.contains("All") || events.contains(eventType));
    }

    synchronized String name() {
        return name;
    }

    // ---- billing ----

    synchronized String billingStatus() {
        return billingStatus;
    }

    synchronized void activate(Instant now) {
        billingStatus = "ACTIVE";
        pendingCheckout = null;
        updatedAt = now;
    }

    synchronized void startCheckout(String sessionId, Instant now) {
        pendingCheckout = sessionId;
        updatedAt = now;
    }

    synchronized String pendingCheckout() {
        return pendingCheckout;
    }

    synchronized void cancelAt(Instant when, Instant now) {
        cancelAt = when;
        updatedAt = now;
    }

    synchronized Instant cancelAt() {
        return cancelAt;
    }

    // ---- session ----

    synchronized boolean connected() {
        return connected;
    }

    synchronized String phone() {
        return phone;
    }

    synchronized String pushName() {
        return pushName;
    }

    synchronized String jid() {
        return phone == null ? null : phone + "@s.whatsapp.net";
    }

    synchronized boolean pairing() {
        return pairing;
    }

    /** Starts (or keeps) the pairing worker; answers the QR content valid now, rotating it when it is older than rotation. */
    synchronized String currentQr(Instant now, java.time.Duration rotation, java.util.function.Supplier<String> newContent) {
        pairing = true;
        if (qrContent == null || !now.isBefore(qrIssuedAt.plus(rotation))) {
            qrContent = newContent.get();
            qrIssuedAt = now;
        }
        return qrContent;
    }

    synchronized int countQrFetch() {
        return ++qrFetches;
    }

    synchronized void startPairing() {
        pairing = true;
    }

    /** Marks the instance paired; false when it already was. */
    synchronized boolean pair(String phone, String pushName, Instant now) {
        if (connected) {
            return false;
        }
        this.connected = true;
        this.connectedAt = now;
        this.phone = phone;
        this.pushName = pushName;
        this.pairing = false;
        this.qrContent = null;
        this.updatedAt = now;
        return true;
    }

    /** Drops the session; false when it was not connected. The next QR fetches pair again. */
    synchronized boolean unpair(Instant now) {
        boolean was = connected;
        connected = false;
        pairing = false;
        qrFetches = 0;
        qrContent = null;
        updatedAt = now;
        return was;
    }

    // ---- views ----

    /** The instance object of the API (create / get / list); null fields are left out. */
    synchronized ObjectNode toJson() {
        ObjectNode n = Json.object();
        n.put("id", id);
        n.put("name", name);
        n.put("token", token);
        n.put("url", "https://app.vzaps.com/instances/" + id);
        n.put("webhook", webhookUrl);
        n.put("events_subscribe", String.join(",", events));
        n.put("reject_calls", rejectCalls);
        n.put("auto_read_messages", autoReadMessages);
        n.put("connected", connected);
        if (connectedAt != null && connected) {
            n.put("connected_at", Json.iso(connectedAt));
        }
        if (connected) {
            n.put("whatsapp_push_name", pushName);
            n.put("whatsapp_jid", jid());
        }
        n.put("billing_status", billingStatus);
        if (labels != null && !labels.isNull()) {
            n.set("labels", labels);
        }
        n.put("created_at", Json.iso(createdAt));
        n.put("updated_at", Json.iso(updatedAt));
        if (cancelAt != null) {
            n.put("cancel_at", Json.iso(cancelAt));
        }
        return n;
    }

    synchronized SandboxInstance view() {
        return new SandboxInstance(id, token, name, connected, billingStatus, webhookUrl, new ArrayList<>(events),
                phone, cancelAt);
    }
}
