package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/** Session area: QR and pair code (both start the pairing worker), status, connect (switchable), disconnect. */
final class SessionHandlers implements SandboxArea {

    private final Settings settings;
    private final Clock clock;
    private final Pairing pairing;

    SessionHandlers(Settings settings, Clock clock, Pairing pairing) {
        this.settings = settings;
        this.clock = clock;
        this.pairing = pairing;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("POST", "/instances/{id}/connect", JWT_OR_INSTANCE, this::connect);
        routes.add("GET", "/instances/{id}/session/qr", JWT_OR_INSTANCE, this::qr);
        routes.add("GET", "/instances/{id}/session/paircode/{phone}", JWT_OR_INSTANCE, this::pairCode);
        routes.add("GET", "/instances/{id}/session/status", JWT_OR_INSTANCE, this::status);
        routes.add("POST", "/instances/{id}/session/disconnect", JWT_OR_INSTANCE, this::disconnect);
    }

    ApiResponse qr(ApiRequest req) {
        Instance instance = req.instance;
        if (instance.connected()) {
            return alreadyConnected(instance);
        }
        String content = instance.currentQr(clock.instant(), settings.qrRotation, QrCodes::newContent);
        String dataUrl = QrCodes.dataUrl(content);
        pairing.fetched(instance); // may pair: the next fetch reports connected
        return ApiResponse.envelope(Json.object().put(settings.qrKeySnakeCase ? "qr_code" : "QRCode", dataUrl));
    }

    /** Linking code XXXX-XXXX for the phone; pairs under the same rule as the QR (scan, or the n-th fetch). */
    ApiResponse pairCode(ApiRequest req) {
        Instance instance = req.instance;
        String phone = Phones.require(req.param("phone"), "phone");
        if (instance.connected()) {
            return alreadyConnected(instance);
        }
        String code = instance.linkingCode(phone, Ids::linkingCode);
        pairing.fetched(instance);
        return ApiResponse.envelope(Json.object().put(settings.qrKeySnakeCase ? "linking_code" : "LinkingCode", code));
    }

    private static ApiResponse alreadyConnected(Instance instance) {
        return ApiResponse.envelope(Json.object().put("status", "connected").put("phone", instance.phone()));
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
        data.put("profile_picture_id", Phones.pictureId(phone));
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
            return ApiResponse.ok(InstanceHandlers.action(instance.id, "connected", ""));
        }
        instance.startPairing();
        return ApiResponse.ok(InstanceHandlers.action(instance.id, "connecting", ""));
    }

    ApiResponse disconnect(ApiRequest req) {
        pairing.disconnect(req.instance, "logged out via API");
        return ApiResponse.envelope(InstanceHandlers.action(req.instance.id, "disconnected", ""));
    }
}
