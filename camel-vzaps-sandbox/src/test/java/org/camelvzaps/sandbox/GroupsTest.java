package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** group/*: create, info, invite link, changes that persist, admins. */
class GroupsTest extends PairedInstanceTest {

    static final String ANA = "5511988887777";

    String group;

    @BeforeEach
    void groupWithAna() {
        Api.Res created = api.on(id, "POST", "group/create", Map.of("group_name", "Team", "group_description", "ours",
                "participants", List.of(ANA)));
        assertEquals(200, created.status(), () -> created.raw().body());
        group = created.data().get("jid").asText();
    }

    @Test
    void createAnswersGroupInfoAndInfoFindsIt() {
        JsonNode info = api.on(id, "GET", "group/info?group_id=" + group, null).data();
        assertEquals(List.of("jid", "name", "topic", "owner_jid", "announce", "locked", "created_at", "participants"),
                Shapes.names(info));
        assertTrue(group.matches("120363\\d{12}@g\\.us"), group);
        assertEquals("Team", info.get("name").asText());
        assertEquals("ours", info.get("topic").asText());
        String owner = sandbox.instance(id).orElseThrow().phone() + "@s.whatsapp.net";
        assertEquals(owner, info.get("owner_jid").asText());
        JsonNode participants = info.get("participants");
        assertEquals(List.of(owner, ANA + "@s.whatsapp.net"), participants.findValuesAsText("jid"));
        assertTrue(participants.get(0).get("is_super_admin").asBoolean());
        assertFalse(participants.get(1).get("is_admin").asBoolean());
        assertEquals(1, api.on(id, "GET", "group/list?page=1&page_size=10", null).data().size());
        assertEquals(200, api.on(id, "GET", "group/info?group_id=" + group.replace("@g.us", ""), null).status());
        AuthTest.assertError(api.on(id, "GET", "group/info?group_id=120363000000000000@g.us", null), 404);
        AuthTest.assertError(api.on(id, "GET", "group/info", null), 400);
        AuthTest.assertError(api.on(id, "POST", "group/create", Map.of("group_name", "No one")), 400);
        AuthTest.assertError(api.on(id, "POST", "group/create", Map.of("participants", List.of(ANA))), 400);
    }

    @Test
    void inviteLinkChangesOnlyOnReset() {
        String link = api.on(id, "GET", "group/invitelink?group_id=" + group, null).data().get("invite_link").asText();
        assertTrue(link.startsWith("https://chat.whatsapp.com/"), link);
        assertEquals(link, api.on(id, "GET", "group/invitelink?group_id=" + group + "&reset=false", null).data()
                .get("invite_link").asText());
        String reset = api.on(id, "GET", "group/invitelink?group_id=" + group + "&reset=true", null).data()
                .get("invite_link").asText();
        assertNotEquals(link, reset);
    }

    @Test
    void changesPersistAndShowInInfo() {
        ok("POST", "group/name", Map.of("group_id", group, "name", "Team B"));
        ok("POST", "group/description", Map.of("group_id", group, "description", "new topic"));
        ok("POST", "group/settings", Map.of("group_id", group, "admin_only_message", true, "admin_only_settings", true));
        ok("POST", "group/photo", Map.of("group_id", group, "image", Api.dataUrl("image/png", Api.png())));
        ok("POST", "group/add-admin", Map.of("group_id", group, "participants", List.of(ANA)));
        JsonNode info = api.on(id, "GET", "group/info?group_id=" + group, null).data();
        assertEquals("Team B", info.get("name").asText());
        assertEquals("new topic", info.get("topic").asText());
        assertTrue(info.get("announce").asBoolean());
        assertTrue(info.get("locked").asBoolean());
        assertTrue(info.has("picture_id"));
        assertTrue(info.get("participants").get(1).get("is_admin").asBoolean());

        ok("POST", "group/remove-admin", Map.of("group_id", group, "participants", List.of(ANA)));
        assertFalse(api.on(id, "GET", "group/info?group_id=" + group, null).data().get("participants").get(1)
                .get("is_admin").asBoolean());
        AuthTest.assertError(api.on(id, "POST", "group/add-admin", Map.of("group_id", group,
                "participants", List.of("5511900000000"))), 400);
        AuthTest.assertError(api.on(id, "POST", "group/name", Map.of("group_id", group)), 400);
        AuthTest.assertError(api.on(id, "POST", "group/name", Map.of("group_id", "120363000000000000", "name", "x")), 404);
    }

    @Test
    void groupsNeedAPairedInstance() {
        sandbox.disconnect(id);
        AuthTest.assertError(api.on(id, "GET", "group/list", null), 409);
    }
}
