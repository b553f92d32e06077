package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;

/** Session area: QR (starts the pairing worker), status, connect (switchable), disconnect; pairing itself. */
final class SessionHandlers {

    private final Settings settings;
    private final Clock clock;
    private final Webhooks webhooks;

    SessionHandlers(Settings settings, Clock clock, Webhooks webhooks) {
        this.settings = settings;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    ApiResponse qr(ApiRequest req) {
        Instance instance = req.instance;
        if (instance.connected()) {
            return ApiResponse.envelope(Json.object().put("status", "connected").put("phone", instance.phone()));
        }
        String content = instance.currentQr(clock.instant(), settings.qrRotation, QrCodes::newContent);
        String dataUrl = QrCodes.dataUrl(content);
        int fetches = instance.countQrFetch();
        if (settings.autoPairAfterQrFetches > 0 && fetches >= settings.autoPairAfterQrFetches) {
            pair(instance); // the user "scanned" the QR this fetch showed; the next fetch reports connected
        }
        return ApiResponse.envelope(Json.object().put(settings.qrKeySnakeCase ? "qr_code" : "QRCode", dataUrl));
    }

    ApiResponse status(ApiRequest req) {
        Instance instance = req.instance;
        if (!instance.connected()) {
            return ApiResponse.envelope(Json.object().put("connected", false));
        }
        String phone = instance.phone();
        ObjectNode data = Json.object();
        data.put("connected", true);
        data.put("phone", phone);
        data.put("whatsapp_jid", instance.jid());
        data.put("push_name", instance.pushName());
        data.put("business_name", instance.pushName());
        ObjectNode profile = data.putObject("business_profile");
        profile.put("business_hours_timezone", "America/Sao_Paulo");
        ArrayNode categories = profile.putArray("categories");
        categories.addObject().put("id", "1022050661163852").put("name", "Software");
        ObjectNode options = profile.putObject("profile_options");
        options.put("bot_fields", "");
        options.put("cart_enabled", "false");
        options.put("commerce_experience", "none");
        options.put("direct_connection", "false");
        options.put("is_offerings_eligible", "false");
        options.put("is_responsive", "true");
        data.put("profile_picture_id", String.valueOf(1_000_000_000L + Math.abs(phone.hashCode() % 1_000_000_000L)));
        data.put("profile_picture_url", "https://pps.whatsapp.net/v/t61.24694-24/sandbox-" + phone + ".jpg");
        data.put("profile_url", "https://wa.me/" + phone);
        return ApiResponse.envelope(data);
    }

    /** Answers 404 unless the connect switch is on (newer docs: there is no separate connect call). */
    ApiResponse connect(ApiRequest req) {
        if (!settings.connectEndpoint) {
            return ApiResponse.error(404, "not found: POST " + req.path);
        }
        Instance instance = req.instance;
        if (instance.connected()) {
            return ApiResponse.ok(action(instance.id, "connected"));
        }
        instance.startPairing();
        return ApiResponse.ok(action(instance.id, "connecting"));
    }

    ApiResponse disconnect(ApiRequest req) {
        disconnect(req.instance, "logged out via API");
        return ApiResponse.ok(action(req.instance.id, "disconnected"));
    }

    /** Completes pairing (scan) and emits Connected; no-op when already connected. */
    void pair(Instance instance) {
        String phone = "55119" + Ids.digits(8);
        if (instance.pair(phone, "VZaps Sandbox", clock.instant())) {
            webhooks.emit(instance, Events.connected(instance.jid(), instance.pushName()));
        }
    }

    /** Drops the session and emits Disconnected (when it was connected). */
    void disconnect(Instance instance, String reason) {
        if (instance.unpair(clock.instant())) {
            webhooks.emit(instance, Events.disconnected(reason));
        }
    }

    private static ObjectNode action(String instanceId, String status) {
        return Json.object().put("instance_id", instanceId).put("status", status).put("details", "");
    }
}
