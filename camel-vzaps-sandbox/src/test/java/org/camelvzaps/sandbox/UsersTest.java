package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** user/* and contact/*. */
class UsersTest extends PairedInstanceTest {

    @Test
    void checkSaysWhichPhonesAreOnWhatsApp() {
        Api.Res r = api.on(id, "POST", "user/check", Api.fixture("request-user-check.json"));
        assertEquals(Api.fixture("response-user-check.json"), r.json());
        JsonNode users = api.on(id, "POST", "user/check", Map.of("phone", List.of("5511999999999", "123", "1234567890123456")))
                .data().get("users");
        assertEquals(List.of(true, false, false), List.of(users.get(0).get("exists").asBoolean(),
                users.get(1).get("exists").asBoolean(), users.get(2).get("exists").asBoolean()));
        assertTrue(users.get(1).get("jid").isNull());
        AuthTest.assertError(api.on(id, "POST", "user/check", Map.of()), 400);
    }

    @Test
    void avatarIsARealPng() throws Exception {
        Api.Res r = api.on(id, "POST", "user/avatar", Api.fixture("request-user-avatar.json"));
        Shapes.assertSameShape(Api.fixture("response-user-avatar.json"), r.json());
        assertEquals("image/png", r.data().get("mimetype").asText());
        byte[] png = Base64.getDecoder().decode(r.data().get("base64").asText());
        assertNotNull(ImageIO.read(new ByteArrayInputStream(png)));
        AuthTest.assertError(api.on(id, "POST", "user/avatar", Map.of("preview", true)), 400);
    }

    @Test
    void infoAnswersUsersByJid() {
        JsonNode users = api.on(id, "POST", "user/info", Map.of("phone", List.of("5511999999999"))).data().get("users");
        JsonNode user = users.get("5511999999999@s.whatsapp.net");
        assertEquals(List.of("verified_name", "status", "picture_id", "devices"), Shapes.names(user));
        assertEquals(200, api.on(id, "POST", "user/info", Map.of("phone", "5511999999999")).status());
        AuthTest.assertError(api.on(id, "POST", "user/info", Map.of("phone", "12")), 400);
    }

    @Test
    void addedContactsShowInContactListAndPeopleSeenInUserContacts() {
        Api.Res add = api.on(id, "POST", "contact/add", Map.of("phone", "5511988887777", "first_name", "Ana", "full_name", "Ana Souza"));
        assertEquals(Map.of("status", "ok", "jid", "5511988887777@s.whatsapp.net"), Api.MAPPER.convertValue(add.data(), Map.class));
        sandbox.injectInboundMessage(id, "5511977776666", "Bia", "hi");
        JsonNode saved = api.on(id, "GET", "contact/list", null).data();
        assertEquals(1, saved.size());
        assertEquals(List.of("jid", "phone", "first_name", "full_name", "push_name"), Shapes.names(saved.get(0)));
        assertEquals("Ana Souza", saved.get(0).get("full_name").asText());
        JsonNode all = api.on(id, "GET", "user/contacts", null).data();
        assertEquals(List.of("5511988887777", "5511977776666"), all.findValuesAsText("phone"));
        assertEquals("Bia", all.get(1).get("push_name").asText());
        AuthTest.assertError(api.on(id, "POST", "contact/add", Map.of("first_name", "No phone")), 400);
    }

    @Test
    void usersNeedAPairedInstance() {
        String unpaired = api.createInstance(api.jwt());
        AuthTest.assertError(api.on(unpaired, "POST", "user/check", Map.of("phone", List.of("5511999999999"))), 409);
        assertFalse(sandbox.instance(unpaired).orElseThrow().connected());
    }
}
