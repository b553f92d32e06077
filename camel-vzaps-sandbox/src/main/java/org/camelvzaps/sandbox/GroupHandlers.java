package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;

/**
 * Groups: create, list (paged), info and invite link (query group_id), and the changes (photo, name, description,
 * settings, admins) that persist and show in info. The instance must be paired (409).
 */
final class GroupHandlers implements SandboxArea {

    private final Clock clock;
    private final MediaStore media;

    GroupHandlers(Clock clock, MediaStore media) {
        this.clock = clock;
        this.media = media;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("GET", "/instances/{id}/group/list", JWT_OR_INSTANCE, this::list);
        routes.add("GET", "/instances/{id}/group/info", JWT_OR_INSTANCE, this::info);
        routes.add("GET", "/instances/{id}/group/invitelink", JWT_OR_INSTANCE, this::inviteLink);
        change(routes, "photo", (req, g) -> g.picture(media.accept(req.instance.id, "image", "image",
                Fields.text(req.body(), "image"), null, "image/jpeg").id));
        change(routes, "name", (req, g) -> g.name(groupName(req.body(), "name")));
        change(routes, "description", (req, g) -> g.topic(description(req.body(), "description")));
        change(routes, "settings", (req, g) -> settings(req.body(), g));
        routes.add("POST", "/instances/{id}/group/create", JWT_OR_INSTANCE, this::create);
        change(routes, "add-admin", (req, g) -> g.admins(participants(req.body()), true));
        change(routes, "remove-admin", (req, g) -> g.admins(participants(req.body()), false));
    }

    /** group_name and participants (phones) required; group_description, group_image optional. Answers GroupInfo. */
    ApiResponse create(ApiRequest req) {
        JsonNode body = req.body();
        String name = groupName(body, "group_name");
        List<String> members = participants(body);
        String topic = description(body, "group_description");
        Instance instance = req.connectedInstance();
        String image = Fields.optionalText(body, "group_image");
        GroupBook.Group group = instance.groups.create(instance.jid(), name, topic == null ? "" : topic, members,
                clock.instant());
        if (image != null && !image.isEmpty()) {
            group.picture(media.accept(instance.id, "image", "group_image", image, null, "image/jpeg").id);
        }
        instance.chats.message(group.jid, name, clock.instant(), false);
        return ApiResponse.envelope(group.toJson());
    }

    ApiResponse list(ApiRequest req) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        Paging.of(req).slice(req.connectedInstance().groups.list()).forEach(g -> list.add(g.toJson()));
        return ApiResponse.envelope(list);
    }

    ApiResponse info(ApiRequest req) {
        return ApiResponse.envelope(group(req, req.query("group_id", "groupId")).toJson());
    }

    /** reset=true revokes the current link and answers a new one. */
    ApiResponse inviteLink(ApiRequest req) {
        boolean reset = Boolean.parseBoolean(req.query("reset"));
        String link = group(req, req.query("group_id", "groupId")).inviteLink(reset);
        return ApiResponse.envelope(Json.object().put("invite_link", link));
    }

    /** POST group/&lt;suffix&gt;: body group_id (required) plus the change's fields; answers {"status":"ok"}. */
    private void change(RouteTable.Registrar routes, String suffix, BiConsumer<ApiRequest, GroupBook.Group> change) {
        routes.add("POST", "/instances/{id}/group/" + suffix, JWT_OR_INSTANCE, req -> {
            GroupBook.Group group = group(req, Json.text(req.body(), "group_id"));
            change.accept(req, group);
            return ApiResponse.statusOk();
        });
    }

    private static GroupBook.Group group(ApiRequest req, String groupId) {
        return req.connectedInstance().groups.require(groupId);
    }

    /** admin_only_message, admin_only_settings, delay_message: booleans, at least one. */
    private static void settings(JsonNode body, GroupBook.Group group) {
        Boolean message = flag(body, "admin_only_message");
        Boolean settings = flag(body, "admin_only_settings");
        Boolean delay = flag(body, "delay_message");
        if (message == null && settings == null && delay == null) {
            throw new ApiException(400, "admin_only_message, admin_only_settings or delay_message is required");
        }
        group.settings(message, settings, delay);
    }

    private static Boolean flag(JsonNode body, String field) {
        return body.has(field) && !body.get(field).isNull() ? Fields.optionalBool(body, field, false) : null;
    }

    /** 1 to 100 characters (WhatsApp's subject limit is 100). */
    private static String groupName(JsonNode body, String field) {
        String name = Fields.text(body, field);
        if (name.length() > 100) {
            throw new ApiException(400, field + " must be at most 100 characters long");
        }
        return name;
    }

    /** Optional text up to 2048 characters; the description field of group/description is required (may be ""). */
    private static String description(JsonNode body, String field) {
        String text = Fields.optionalText(body, field);
        if ("description".equals(field) && text == null) {
            throw new ApiException(400, "description is required (an empty string clears it)");
        }
        if (text != null && text.length() > 2048) {
            throw new ApiException(400, field + " must be at most 2048 characters long");
        }
        return text;
    }

    /** participants: phones or user JIDs, required, non-empty. */
    private static List<String> participants(JsonNode body) {
        return Fields.texts(body, "participants", false).stream().map(p -> {
            String jid = Phones.chatJid(p, "participants");
            if (Phones.isGroup(jid)) {
                throw new ApiException(400, "participants must be phones, not groups: " + p);
            }
            return jid;
        }).toList();
    }
}
