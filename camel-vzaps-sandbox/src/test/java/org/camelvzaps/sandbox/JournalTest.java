package org.camelvzaps.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {

    @Test
    void journalRecordsApiCallsInArrivalOrderWithStatus() {
        try (VZapsSandbox sb = VZapsSandbox.builder().build().start()) {
            Api api = new Api(sb);
            String jwt = api.jwt();
            api.withJwt(jwt, "POST", "/instances/list?x=1", Map.of("page", 1));
            api.call("GET", "/__sandbox/credentials", null); // admin: not journaled
            sb.faults().nextCalls(1, Fault.rateLimited(Duration.ofSeconds(1)));
            api.withJwt(jwt, "POST", "/instances/list", Map.of());
            api.call("PUT", "/instances/create", Map.of("name", "x"));

            List<RecordedCall> calls = sb.journal();
            assertEquals(List.of("/token", "/instances/list", "/instances/list", "/instances/create"),
                    calls.stream().map(RecordedCall::path).toList());
            assertEquals(List.of(200, 200, 429, 401), calls.stream().map(RecordedCall::status).toList());
            RecordedCall list = calls.get(1);
            assertEquals("POST", list.method());
            assertEquals("Bearer " + jwt, list.header("authorization"));
            assertEquals("Bearer " + jwt, list.headers().get("Authorization"));
            assertTrue(list.body().contains("\"page\":1"));
            sb.resetJournal();
            assertEquals(List.of(), sb.journal());
        }
    }

    @Test
    void journalKeepsTheLastJournalSizeCallsWithTheirBodiesCut() {
        try (VZapsSandbox sb = VZapsSandbox.builder().journalSize(3).build().start()) {
            Api api = new Api(sb);
            for (int i = 1; i <= 5; i++) {
                api.call("PUT", "/instances/create", Map.of("name", "call " + i));
            }
            assertEquals(List.of("call 3", "call 4", "call 5"), sb.journal().stream()
                    .map(call -> Json.parse(call.body()).get("name").asText()).toList());

            String big = "x".repeat(Journal.MAX_BODY_CHARS * 4);
            api.call("PUT", "/instances/create", Map.of("name", big));
            String kept = sb.journal().get(2).body();
            assertTrue(kept.length() < Journal.MAX_BODY_CHARS + 100, "kept " + kept.length() + " characters");
            assertTrue(kept.startsWith("{\"name\":\"xxx"), kept.substring(0, 20));
            assertTrue(kept.endsWith("more characters not kept)"), kept.substring(kept.length() - 60));
        }
        try (VZapsSandbox sb = VZapsSandbox.builder().journalSize(0).build().start()) {
            new Api(sb).call("PUT", "/instances/create", Map.of("name", "not journaled"));
            assertEquals(List.of(), sb.journal());
        }
    }

    @Test
    void routeTableListsWhatIsServed() {
        try (VZapsSandbox sb = VZapsSandbox.builder().build()) {
            List<String> routes = sb.routes();
            assertTrue(routes.contains("GET /instances/{id}/session/qr (JWT_OR_INSTANCE)"), routes.toString());
            assertTrue(routes.contains("PUT /instances/create (JWT)"));
            assertTrue(routes.contains("POST /token (NONE)"));
        }
    }
}
