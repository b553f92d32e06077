package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstancesTest {

    @RegisterExtension
    static VZapsSandboxExtension extension = VZapsSandboxExtension.builder().build();
    static VZapsSandbox sandbox;
    static Api api;
    String jwt;

    @BeforeAll
    static void start() {
        sandbox = extension.get();
        api = new Api(sandbox);
    }

    @BeforeEach
    void token() {
        jwt = api.jwt();
        sandbox.setCardOnFile(true);
    }

    @Test
    void createAnswersTheDocumentedInstanceObject() {
        JsonNode request = Api.fixture("request-instances-create.json");
        Api.Res r = api.withJwt(jwt, "PUT", "/instances/create", request);
        assertEquals(200, r.status(), () -> r.raw().body());
        JsonNode i = r.json();
        Shapes.assertSameShape(Api.fixture("response-instances-create.json"), i);
        assertTrue(i.get("id").asText().matches("VZ[A-Z0-9]{26}"), i.get("id").asText());
        assertTrue(i.get("token").asText().startsWith("inst_"));
        assertEquals("https://app.vzaps.com/instances/" + i.get("id").asText(), i.get("url").asText());
        assertEquals("Message,Connected,Disconnected", i.get("events_subscribe").asText());
        assertEquals("https://customer.example.com/webhooks/vzaps", i.get("webhook").asText());
        assertFalse(i.get("connected").asBoolean());
        assertEquals("TRIALING", i.get("billing_status").asText());
        Instant.parse(i.get("created_at").asText());
        Instant.parse(i.get("updated_at").asText());
        SandboxInstance view = sandbox.instance(i.get("id").asText()).orElseThrow();
        assertEquals(List.of("Message", "Connected", "Disconnected"), view.events());
        assertEquals("https://customer.example.com/webhooks/vzaps", view.webhookUrl());
        assertEquals("My instance", view.name());
    }

    @Test
    void createAcceptsCsvEventsAndLabels() {
        Api.Res r = api.withJwt(jwt, "PUT", "/instances/create", Map.of("name", "csv one",
                "events_subscribe", "Message,ReadReceipt", "labels", Map.of("team", "ops")));
        assertEquals(200, r.status());
        assertEquals("Message,ReadReceipt", r.json().get("events_subscribe").asText());
        assertEquals("ops", r.json().get("labels").get("team").asText());
    }

    @Test
    void createValidatesNameAndEvents() {
        AuthTest.assertError(api.withJwt(jwt, "PUT", "/instances/create", Map.of("name", "ab")), 400);
        AuthTest.assertError(api.withJwt(jwt, "PUT", "/instances/create", Map.of("name", "x".repeat(256))), 400);
        AuthTest.assertError(api.withJwt(jwt, "PUT", "/instances/create", Map.of()), 400);
        AuthTest.assertError(api.withJwt(jwt, "PUT", "/instances/create",
                Map.of("name", "good name", "events_subscribe", List.of("Receipt"))), 400);
        assertEquals(200, api.withJwt(jwt, "PUT", "/instances/create", Map.of("name", "x".repeat(255))).status());
        assertEquals(200, api.withJwt(jwt, "PUT", "/instances/create", Map.of("name", "abc")).status());
    }

    @Test
    void listPagesAndFilters() {
        try (VZapsSandbox own = VZapsSandbox.builder().build().start()) {
            Api a = new Api(own);
            String t = a.jwt();
            for (int n = 1; n <= 5; n++) {
                a.createInstance(t, Map.of("name", "shop " + n));
            }
            a.createInstance(t, Map.of("name", "Support desk"));
            Api.Res all = a.withJwt(t, "POST", "/instances/list", Api.fixture("request-instances-list.json"));
            assertEquals(200, all.status());
            assertEquals(List.of("page", "size", "total", "total_pages", "content", "summary"), Shapes.names(all.json()));
            assertEquals(6, all.json().get("total").asInt());
            assertEquals("Support desk", all.json().get("content").get(0).get("name").asText()); // sortDesc
            Shapes.assertSameShape(Api.fixture("response-instances-create.json"), all.json().get("content").get(0));

            Api.Res page2 = a.withJwt(t, "POST", "/instances/list", Map.of("page", 2, "size", 4));
            assertEquals(2, page2.json().get("page").asInt());
            assertEquals(4, page2.json().get("size").asInt());
            assertEquals(2, page2.json().get("total_pages").asInt());
            assertEquals(2, page2.json().get("content").size());

            Api.Res defaults = a.withJwt(t, "POST", "/instances/list", null);
            assertEquals(1, defaults.json().get("page").asInt());
            assertEquals(20, defaults.json().get("size").asInt());

            Api.Res filtered = a.withJwt(t, "POST", "/instances/list", Map.of("filter", Map.of("query", "SUPPORT")));
            assertEquals(1, filtered.json().get("total").asInt());
            assertEquals("Support desk", filtered.json().get("content").get(0).get("name").asText());
        }
    }

    @Test
    void getAnswersEnvelope() {
        String id = api.createInstance(jwt);
        Api.Res r = api.withJwt(jwt, "POST", "/instances/get", Map.of("id", id));
        assertEquals(200, r.status());
        assertEquals(List.of("code", "success", "data"), Shapes.names(r.json()));
        assertEquals(id, r.data().get("id").asText());
        Shapes.assertSameShape(Api.fixture("response-instances-create.json"), r.data());
        AuthTest.assertError(api.withJwt(jwt, "POST", "/instances/get", Map.of("id", "VZNOPE")), 404);
        AuthTest.assertError(api.withJwt(jwt, "POST", "/instances/get", Map.of()), 400);
    }

    @Test
    void subscribeDirectActivatesBilling() {
        String id = api.createInstance(jwt);
        Api.Res r = api.withJwt(jwt, "POST", "/instances/" + id + "/subscribe", Api.fixture("request-instances-subscribe.json"));
        assertEquals(200, r.status());
        Shapes.assertSameShape(Api.fixture("response-instances-subscribe.shape.json"), r.json());
        assertEquals("direct", r.json().get("mode").asText());
        assertTrue(r.json().get("subscriptionId").asText().startsWith("sub_"));
        assertEquals("ACTIVE", sandbox.instance(id).orElseThrow().billingStatus());
        // any body is fine, no body too
        assertEquals(200, api.withJwt(jwt, "POST", "/instances/" + id + "/subscribe", Map.of("billing", "direct")).status());
        assertEquals(200, api.withJwt(jwt, "POST", "/instances/" + id + "/subscribe", null).status());
    }

    @Test
    void subscribeWithoutCardAnswersCheckoutUntilPaidByGet() {
        sandbox.setCardOnFile(false);
        String id = api.createInstance(jwt);
        Api.Res r = api.withJwt(jwt, "POST", "/instances/" + id + "/subscribe", Map.of());
        Shapes.assertSameShape(Api.fixture("response-instances-subscribe.shape.json"), r.json());
        assertEquals("checkout", r.json().get("mode").asText());
        String url = r.json().get("url").asText();
        assertEquals(sandbox.baseUrl() + "/__sandbox/checkout/" + r.json().get("sessionId").asText(), url);
        assertEquals("TRIALING", sandbox.instance(id).orElseThrow().billingStatus());
        Api.Res page = api.call("GET", url.substring(sandbox.baseUrl().length()), null);
        assertEquals(200, page.status());
        assertEquals("ACTIVE", sandbox.instance(id).orElseThrow().billingStatus());
        assertEquals(404, api.call("GET", url.substring(sandbox.baseUrl().length()), null).status());
    }

    @Test
    void checkoutCompletedByJavaApi() {
        sandbox.setCardOnFile(false);
        String id = api.createInstance(jwt);
        assertEquals("checkout", api.withJwt(jwt, "POST", "/instances/" + id + "/subscribe", Map.of()).json().get("mode").asText());
        sandbox.completeCheckout(id);
        assertEquals("ACTIVE", sandbox.instance(id).orElseThrow().billingStatus());
    }

    @Test
    void cancelAndResume() {
        String id = api.createInstance(jwt);
        Api.Res put = api.withJwt(jwt, "PUT", "/instances/" + id + "/cancel", null);
        assertEquals(200, put.status());
        assertEquals(Api.fixture("response-instances-cancel.json"), put.json());
        assertNotNull(sandbox.instance(id).orElseThrow().cancelAt());
        ObjectNode instance = (ObjectNode) api.withJwt(jwt, "POST", "/instances/get", Map.of("id", id)).data();
        assertTrue(instance.has("cancel_at"));
        assertEquals("CANCELED", instance.get("billing_status").asText());
        assertEquals("CANCELED", sandbox.instance(id).orElseThrow().billingStatus());

        Api.Res resume = api.withJwt(jwt, "POST", "/instances/" + id + "/resume-subscription", null);
        assertEquals(Api.fixture("response-instances-resume-subscription.json"), resume.json());
        assertNull(sandbox.instance(id).orElseThrow().cancelAt());
        assertEquals("ACTIVE", sandbox.instance(id).orElseThrow().billingStatus());
        assertFalse(api.withJwt(jwt, "POST", "/instances/get", Map.of("id", id)).data().has("cancel_at"));

        Api.Res delete = api.withJwt(jwt, "DELETE", "/instances/" + id + "/cancel", null);
        assertEquals(Api.fixture("response-instances-cancel.json"), delete.json());
        assertNotNull(sandbox.instance(id).orElseThrow().cancelAt());
    }

    @Test
    void provisionIsLikeCreate() {
        Api.Res r = api.withJwt(jwt, "PUT", "/instances/provision", Api.fixture("request-instances-create.json"));
        assertEquals(200, r.status(), () -> r.raw().body());
        Shapes.assertSameShape(Api.fixture("response-instances-create.json"), r.json());
        AuthTest.assertError(api.withJwt(jwt, "PUT", "/instances/provision", Map.of("name", "ab")), 400);
    }

    @Test
    void searchFindsByTextAndSorts() {
        try (VZapsSandbox own = VZapsSandbox.builder().build().start()) {
            Api a = new Api(own);
            String t = a.jwt();
            a.createInstance(t, Map.of("name", "beta shop"));
            String alpha = a.createInstance(t, Map.of("name", "alpha shop"));
            a.createInstance(t, Map.of("name", "desk"));
            Api.Res byName = a.withJwt(t, "POST", "/instances/search", Map.of("filter", Map.of("query", "shop"), "sort", "name"));
            assertEquals(List.of("alpha shop", "beta shop"), byName.json().get("content").findValuesAsText("name"));
            assertEquals(List.of("page", "size", "total", "total_pages", "content", "summary"), Shapes.names(byName.json()));
            Api.Res byId = a.withJwt(t, "POST", "/instances/search", Map.of("filter", Map.of("query", alpha.toLowerCase())));
            assertEquals(1, byId.json().get("total").asInt());
            Api.Res desc = a.withJwt(t, "POST", "/instances/list", Map.of("sort", "name", "sortDesc", true));
            assertEquals(List.of("desk", "beta shop", "alpha shop"), desc.json().get("content").findValuesAsText("name"));
        }
    }

    @Test
    void updateChangesOnlyTheFieldsGiven() {
        String id = api.createInstance(jwt, Map.of("name", "before", "webhook", "https://a.example/hook",
                "events_subscribe", "Message"));
        Api.Res r = api.withInstanceToken(id, "PATCH", "/instances/" + id, Map.of("name", "after", "reject_calls", true));
        assertEquals(200, r.status(), () -> r.raw().body());
        assertEquals(List.of("code", "success", "data"), Shapes.names(r.json()));
        Shapes.assertSameShape(Api.fixture("response-instances-create.json"), r.data());
        assertEquals("after", r.data().get("name").asText());
        assertTrue(r.data().get("reject_calls").asBoolean());
        assertEquals("https://a.example/hook", r.data().get("webhook").asText());
        assertEquals("Message", r.data().get("events_subscribe").asText());
        assertEquals("after", sandbox.instance(id).orElseThrow().name());
        AuthTest.assertError(api.withJwt(jwt, "PATCH", "/instances/" + id, Map.of("name", "x")), 400);
        AuthTest.assertError(api.withJwt(jwt, "PATCH", "/instances/" + id, Map.of("events_subscribe", "Nope")), 400);
        assertEquals("after", sandbox.instance(id).orElseThrow().name());
    }

    @Test
    void deleteAnswers204AndTheInstanceIsGone() {
        String id = api.createInstance(jwt);
        Api.Res r = api.withInstanceToken(id, "DELETE", "/instances/" + id, null);
        assertEquals(204, r.status());
        assertEquals("", r.raw().body());
        assertTrue(sandbox.instance(id).isEmpty());
        AuthTest.assertError(api.withJwt(jwt, "GET", "/instances/" + id + "/session/status", null), 404);
        AuthTest.assertError(api.withJwt(jwt, "POST", "/instances/get", Map.of("id", id)), 404);
        AuthTest.assertError(api.withJwt(jwt, "DELETE", "/instances/" + id, null), 404);
    }

    @Test
    void restartAnswersAnInstanceAction() {
        String id = api.createInstance(jwt);
        sandbox.scan(id);
        Api.Res r = api.withInstanceToken(id, "POST", "/instances/" + id + "/restart", null);
        assertEquals(200, r.status());
        Shapes.assertSameShape(Api.fixture("response-instance-action.shape.json"), r.data());
        assertEquals(id, r.data().get("instance_id").asText());
        assertEquals("restarting", r.data().get("status").asText());
        assertTrue(sandbox.instance(id).orElseThrow().connected());
    }
}
