package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Mutable state of one simulated instance. Configuration, billing and session go through the instance's monitor; the
 * per-area state (chats, messages, contacts, groups, queue, typebots, chatwoot) lives in its own thread-safe object.
 */
final class Instance {

    final String id;
    final String token;
    final long seq;
    final Instant createdAt;
    final ChatBook chats = new ChatBook();
    final MessageLog messages = new MessageLog();
    final ContactBook contacts = new ContactBook();
    final GroupBook groups = new GroupBook();
    final WorkQueue queue = new WorkQueue();
    final TypebotBook typebots = new TypebotBook();
    final ChatwootConfig chatwoot = new ChatwootConfig();

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
    private String pairingPhone;
    private String linkingCode;
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

    /** Changes the settings given; a null argument leaves that setting as it is. */
    synchronized void update(String newName, String webhook, List<String> newEvents, Boolean newRejectCalls,
                             Boolean autoRead, JsonNode newLabels, Instant now) {
        name = newName == null ? name : newName;
        webhookUrl = webhook == null ? webhookUrl : webhook;
        events = newEvents == null ? events : List.copyOf(newEvents);
        rejectCalls = newRejectCalls == null ? rejectCalls : newRejectCalls;
        autoReadMessages = autoRead == null ? autoReadMessages : autoRead;
        labels = newLabels == null ? labels : newLabels;
        updatedAt = now;
    }

    synchronized boolean autoReadMessages() {
        return autoReadMessages;
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

    synchronized Instant updatedAt() {
        return updatedAt;
    }

    synchronized void activate(Instant now) {
        billingStatus = "ACTIVE";
        cancelAt = null;
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

    /** Cancels the subscription: billing CANCELED, ending at cancelAt. */
    synchronized void cancel(Instant when, Instant now) {
        billingStatus = "CANCELED";
        cancelAt = when;
        updatedAt = now;
    }

    /** Undoes a cancellation: billing ACTIVE again, no end date. */
    synchronized void resume(Instant now) {
        billingStatus = "ACTIVE";
        cancelAt = null;
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

    /** Starts phone-number pairing for the phone; the code stays the same until paired or asked for another phone. */
    synchronized String linkingCode(String forPhone, java.util.function.Supplier<String> newCode) {
        pairing = true;
        if (linkingCode == null || !forPhone.equals(pairingPhone)) {
            linkingCode = newCode.get();
            pairingPhone = forPhone;
        }
        return linkingCode;
    }

    /** The phone asked for by a pair-code request, null when pairing by QR. */
    synchronized String pairingPhone() {
        return pairingPhone;
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
        this.linkingCode = null;
        this.pairingPhone = null;
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
        linkingCode = null;
        pairingPhone = null;
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
