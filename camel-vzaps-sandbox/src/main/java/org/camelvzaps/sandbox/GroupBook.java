package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The WhatsApp groups of an instance. */
final class GroupBook {

    /** One group; its participants map JID → admin. */
    static final class Group {
        final String jid;
        final String ownerJid;
        final Instant createdAt;
        private String name;
        private String topic;
        private boolean announce;
        private boolean locked;
        private boolean delayMessage;
        private String pictureId;
        private String inviteCode = Ids.inviteCode();
        private final Map<String, Boolean> participants = new LinkedHashMap<>();

        Group(String jid, String ownerJid, String name, String topic, List<String> members, Instant createdAt) {
            this.jid = jid;
            this.ownerJid = ownerJid;
            this.name = name;
            this.topic = topic;
            this.createdAt = createdAt;
            participants.put(ownerJid, true);
            members.forEach(m -> participants.putIfAbsent(m, false));
        }

        synchronized void name(String value) {
            name = value;
        }

        synchronized String name() {
            return name;
        }

        synchronized void topic(String value) {
            topic = value;
        }

        synchronized void settings(Boolean adminOnlyMessage, Boolean adminOnlySettings, Boolean delay) {
            announce = adminOnlyMessage == null ? announce : adminOnlyMessage;
            locked = adminOnlySettings == null ? locked : adminOnlySettings;
            delayMessage = delay == null ? delayMessage : delay;
        }

        synchronized void picture(String id) {
            pictureId = id;
        }

        synchronized String inviteLink(boolean reset) {
            if (reset) {
                inviteCode = Ids.inviteCode();
            }
            return "https://chat.whatsapp.com/" + inviteCode;
        }

        /** Promotes or demotes participants; 400 when one is not in the group or is the owner being demoted. */
        synchronized void admins(List<String> jids, boolean admin) {
            for (String p : jids) {
                if (!participants.containsKey(p)) {
                    throw new ApiException(400, "not a participant of " + jid + ": " + Phones.user(p));
                }
                if (!admin && p.equals(ownerJid)) {
                    throw new ApiException(400, "the group owner cannot be demoted");
                }
            }
            jids.forEach(p -> participants.put(p, admin));
        }

        /** The answer of getGroup, read by the component as GroupInfo; picture_id and delay_message only once set. */
        synchronized ObjectNode toJson() {
            ObjectNode n = Json.object();
            n.put("jid", jid);
            n.put("name", name);
            n.put("topic", topic);
            n.put("owner_jid", ownerJid);
            n.put("announce", announce);
            n.put("locked", locked);
            n.put("created_at", Json.iso(createdAt));
            ArrayNode list = n.putArray("participants");
            participants.forEach((p, admin) -> list.addObject().put("jid", p).put("is_admin", admin)
                    .put("is_super_admin", p.equals(ownerJid)));
            if (pictureId != null) {
                n.put("picture_id", pictureId);
            }
            if (delayMessage) {
                n.put("delay_message", true);
            }
            return n;
        }
    }

    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    Group create(String ownerJid, String name, String topic, List<String> members, Instant now) {
        Group g = new Group(Ids.groupJid(), ownerJid, name, topic, members, now);
        groups.put(g.jid, g);
        return g;
    }

    /** The group of a group_id (with or without @g.us); 400 when missing, 404 when unknown. */
    Group require(String groupId) {
        if (groupId == null || groupId.isEmpty()) {
            throw new ApiException(400, "group_id is required");
        }
        String jid = groupId.endsWith(Phones.GROUP_SERVER) ? groupId : groupId + Phones.GROUP_SERVER;
        Group g = groups.get(jid);
        if (g == null) {
            throw new ApiException(404, "group not found: " + groupId);
        }
        return g;
    }

    java.util.Optional<Group> find(String jid) {
        return java.util.Optional.ofNullable(groups.get(jid));
    }

    List<Group> list() {
        return groups.values().stream().sorted(Comparator.comparing((Group g) -> g.createdAt).thenComparing(g -> g.jid))
                .toList();
    }
}
