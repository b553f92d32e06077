package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/**
 * Users and contacts: info, check (a phone "is on WhatsApp" when it has 10 to 15 digits), avatar (a small real PNG),
 * the account's contacts and the instance's saved contacts. The instance must be paired (409).
 */
final class UserHandlers implements SandboxArea {

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("POST", "/instances/{id}/user/info", JWT_OR_INSTANCE, this::info);
        routes.add("POST", "/instances/{id}/user/check", JWT_OR_INSTANCE, this::check);
        routes.add("POST", "/instances/{id}/user/avatar", JWT_OR_INSTANCE, this::avatar);
        routes.add("GET", "/instances/{id}/user/contacts", JWT_OR_INSTANCE, this::userContacts);
        routes.add("GET", "/instances/{id}/contact/list", JWT_OR_INSTANCE, this::contactList);
        routes.add("POST", "/instances/{id}/contact/add", JWT_OR_INSTANCE, this::addContact);
    }

    /** phone: one or more phones (string or array), each 10 to 15 digits; answers users keyed by JID. */
    ApiResponse info(ApiRequest req) {
        JsonNode body = req.body();
        var phones = Fields.texts(body, "phone", true);
        phones.forEach(p -> Phones.require(p, "phone"));
        req.connectedInstance();
        ObjectNode users = Json.object();
        for (String phone : phones) {
            ObjectNode u = users.putObject(Phones.userJid(phone));
            u.putNull("verified_name");
            u.put("status", "Hey there! I am using WhatsApp.");
            u.put("picture_id", Phones.pictureId(phone));
            u.putArray("devices").add(Phones.userJid(phone));
        }
        ObjectNode data = Json.object();
        data.set("users", users);
        return ApiResponse.envelope(data);
    }

    /** phone: array of phones (a single string is accepted); exists = 10 to 15 digits. */
    ApiResponse check(ApiRequest req) {
        var phones = Fields.texts(req.body(), "phone", true);
        req.connectedInstance();
        ArrayNode users = Json.MAPPER.createArrayNode();
        for (String phone : phones) {
            boolean exists = Phones.valid(phone);
            ObjectNode u = users.addObject().put("phone", phone).put("exists", exists);
            u.put("jid", exists ? Phones.userJid(phone) : null);
        }
        ObjectNode data = Json.object();
        data.set("users", users);
        return ApiResponse.envelope(data);
    }

    /** phone required; preview optional (the docs mark it required, SDKs leave it out): 96 px preview, else 640 px. */
    ApiResponse avatar(ApiRequest req) {
        JsonNode body = req.body();
        String phone = Phones.require(body);
        boolean preview = Fields.optionalBool(body, "preview", false);
        req.connectedInstance();
        byte[] png = png(phone, preview ? 96 : 640);
        return ApiResponse.envelope(Json.object().put("base64", Base64.getEncoder().encodeToString(png))
                .put("mimetype", "image/png"));
    }

    /** Every contact of the account: saved ones and people the instance exchanged messages with. */
    ApiResponse userContacts(ApiRequest req) {
        return ApiResponse.envelope(Json.MAPPER.valueToTree(req.connectedInstance().contacts.list(false)));
    }

    /** The contacts saved with contact/add. */
    ApiResponse contactList(ApiRequest req) {
        return ApiResponse.envelope(Json.MAPPER.valueToTree(req.connectedInstance().contacts.list(true)));
    }

    /** phone required; first_name and full_name optional. */
    ApiResponse addContact(ApiRequest req) {
        JsonNode body = req.body();
        String phone = Phones.require(body);
        String first = Fields.optionalText(body, "first_name");
        String full = Fields.optionalText(body, "full_name");
        req.connectedInstance().contacts.add(phone, first, full != null ? full : first);
        return ApiResponse.envelope(Json.statusOk().put("jid", Phones.userJid(phone)));
    }

    /** A plain square in a colour of the phone: a real, decodable PNG. */
    private static byte[] png(String phone, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(phone.hashCode() & 0xFFFFFF));
        g.fillRect(0, 0, size, size);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
