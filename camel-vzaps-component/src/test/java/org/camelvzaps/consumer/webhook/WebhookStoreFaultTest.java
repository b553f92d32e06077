package org.camelvzaps.consumer.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.FlakyIdempotentRepository;
import org.camelvzaps.test.FlakyIdempotentRepository.Operation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An idempotentRepository that throws for a while (a database blip): every webhook call made meanwhile is answered
 * 500, none is left hanging, and once the store works again calls are answered 200 and every event reaches the route.
 * Each phase sends more concurrent calls than Vert.x has worker threads (20), so a call that pinned a worker would
 * leave later calls unanswered.
 */
class WebhookStoreFaultTest extends WebhookTestSupport {

    /** More than Vert.x's 20 worker threads. */
    private static final int CALLS = 30;

    private final FlakyIdempotentRepository store = new FlakyIdempotentRepository();
    /** How often each event id reached the route. */
    private final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
    /** Ids whose first attempt the route fails. */
    private final Map<String, Boolean> failedOnce = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        context.getRegistry().bind("store", store);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/hook&idempotentRepository=#store").process(e -> {
                    String id = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
                    routed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    if (id.startsWith("evt_flaky") && failedOnce.putIfAbsent(id, true) == null) {
                        throw new IllegalStateException("the route fails the first attempt of " + id);
                    }
                });
            }
        };
    }

    @Test
    void aFailingConfirmAnswers500UntilTheStoreWorksAgain() throws Exception {
        store.failOn(Operation.CONFIRM);
        assertEquals(Map.of(500, CALLS), answers("evt_a", CALLS), "processed, but not confirmed: counts as failed");
        assertEquals(CALLS, store.thrown());
        assertEquals(CALLS, routed.size(), "each event reached the route while the store failed");

        store.heal();

        assertEquals(Map.of(200, CALLS), answers("evt_b", CALLS), "new events flow again");
        assertEquals(Map.of(200, CALLS), answers("evt_a", CALLS), "redeliveries are answered too");
        assertTrue(routed.values().stream().allMatch(times -> times.get() == 1),
                "the repository kept the ids it could not confirm: no event routed twice " + routed);
        assertEquals(2 * CALLS, routed.size());
    }

    @Test
    void aFailingAddAnswers500WithoutRoutingUntilTheStoreWorksAgain() throws Exception {
        store.failOn(Operation.ADD);
        assertEquals(Map.of(500, CALLS), answers("evt_a", CALLS));
        assertEquals(Map.of(), routed, "an event whose id could not be recorded is not routed");

        store.heal();

        assertEquals(Map.of(200, CALLS), answers("evt_a", CALLS), "the redeliveries are routed");
        assertEquals(CALLS, routed.size());
        assertTrue(routed.values().stream().allMatch(times -> times.get() == 1), routed.toString());
    }

    @Test
    void aFailingRemoveAfterAFailedRouteDoesNotTurnTheRedeliveryIntoADuplicate() throws Exception {
        store.failOn(Operation.REMOVE);
        assertEquals(Map.of(500, CALLS), answers("evt_flaky", CALLS), "the route failed them");
        assertEquals(CALLS, store.thrown(), "each failed event's id could not be removed");

        store.heal();

        assertEquals(Map.of(200, CALLS), answers("evt_flaky", CALLS), "redelivered and processed, not dropped");
        assertEquals(CALLS, routed.size());
        assertTrue(routed.values().stream().allMatch(times -> times.get() == 2),
                "each event reached the route again on its redelivery " + routed);
    }

    /** Posts {@code count} events {@code <prefix>_<n>} at once; the answers by status, each awaited at most 30 s. */
    private Map<Integer, Integer> answers(String prefix, int count) throws Exception {
        List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String event = "{\"id\":\"" + prefix + "_" + i + "\",\"type\":\"Message\",\"data\":{\"type\":\"Message\",\"event\":{}}}";
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hook"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.discarding()));
        }
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (CompletableFuture<HttpResponse<Void>> call : calls) {
            int status;
            try {
                status = call.get(40, TimeUnit.SECONDS).statusCode();
            } catch (Exception unanswered) {
                status = -1; // no answer within the bound
            }
            byStatus.merge(status, 1, Integer::sum);
        }
        return byStatus;
    }
}
