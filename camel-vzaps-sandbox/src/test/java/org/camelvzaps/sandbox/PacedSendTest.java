package org.camelvzaps.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.client.VZapsPaceException;
import org.camelvzaps.client.VZapsRateLimitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sendInterval, maxPaceWait and the 429 hold, as the API sees them: the gaps between the sends' arrival recorded by
 * the sandbox.
 */
class PacedSendTest {

    static final String PHONE = "5511988887777";

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();

    private String account() {
        return "baseUrl=" + sandbox.baseUrl() + "&clientToken=" + sandbox.clientToken()
               + "&clientSecret=" + sandbox.clientSecret();
    }

    private static List<RecordedCall> sends(String instanceId) {
        return sandbox.journal().stream()
                .filter(c -> c.path().equals("/instances/" + instanceId + "/chat/send/text")).toList();
    }

    private static List<Long> gapsMillis(List<RecordedCall> calls) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < calls.size(); i++) {
            gaps.add(Duration.between(calls.get(i - 1).receivedAt(), calls.get(i).receivedAt()).toMillis());
        }
        return gaps;
    }

    @Test
    void sendsOfOneInstanceArriveSendIntervalApartWhicheverRouteSendsThem() throws Exception {
        String id = new Api(sandbox.get()).pairedInstance(new Api(sandbox.get()).jwt(), null);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:a").to("vzaps:sendText?instanceId=" + id + "&phone=" + PHONE + "&sendInterval=300&"
                                        + account());
                    from("direct:b").to("vzaps:sendText?instanceId=" + id + "&phone=" + PHONE
                                        + "&sendInterval=300&sendJitter=50&" + account());
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            List<CompletableFuture<Exchange>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String text = "message " + i;
                answers.add(template.asyncSend(i % 2 == 0 ? "direct:a" : "direct:b",
                        e -> e.getMessage().setBody(text)));
            }
            for (CompletableFuture<Exchange> answer : answers) {
                Exchange done = answer.get(60, TimeUnit.SECONDS);
                assertNull(done.getException());
                assertNotNull(done.getMessage().getHeader("CamelVZapsMessageId"));
            }
        }
        List<RecordedCall> sends = sends(id);
        assertEquals(12, sends.size());
        List<Long> gaps = gapsMillis(sends);
        assertTrue(gaps.stream().allMatch(gap -> gap >= 300), () -> "gaps between arrivals: " + gaps);
    }

    @Test
    void aSendThatWouldWaitLongerThanMaxPaceWaitFailsAtOnceAndReadsAreNeverPaced() throws Exception {
        String id = new Api(sandbox.get()).pairedInstance(new Api(sandbox.get()).jwt(), null);
        String pace = "instanceId=" + id + "&sendInterval=600000&maxPaceWait=1000&" + account();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Exchange first = template.request("vzaps:sendText?phone=" + PHONE + "&" + pace, e -> e.getMessage().setBody("one"));
            assertNull(first.getException());
            Exchange second = template.request("vzaps:sendText?phone=" + PHONE + "&" + pace, e -> e.getMessage().setBody("two"));
            VZapsPaceException refused = assertInstanceOf(VZapsPaceException.class, second.getException());
            assertEquals(id, refused.getInstanceId());
            assertTrue(refused.getMessage().contains(id) && refused.getMessage().contains("maxPaceWait"),
                    refused::getMessage);
            assertFalse(refused.getMessage().contains(sandbox.clientSecret()));
            for (int i = 0; i < 3; i++) {
                Exchange read = template.request("vzaps:getStatus?" + pace, e -> { });
                assertNull(read.getException(), "reads are not paced");
            }
        }
        assertEquals(1, sends(id).size(), "the refused send was not made");
    }

    @Test
    void a429OnOneSendHoldsEveryLaterSendOfTheInstance() throws Exception {
        String id = new Api(sandbox.get()).pairedInstance(new Api(sandbox.get()).jwt(), null);
        String pace = "instanceId=" + id + "&phone=" + PHONE + "&sendInterval=100&" + account();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            assertNull(template.request("vzaps:getStatus?" + pace, e -> { }).getException()); // the JWT is fetched
            sandbox.faults().nextCalls(1, Fault.rateLimited(Duration.ofSeconds(2)));
            Exchange limited = template.request("vzaps:sendText?" + pace, e -> e.getMessage().setBody("one"));
            assertInstanceOf(VZapsRateLimitException.class, limited.getException());
            // another endpoint, another route: the instance's pace is shared
            Exchange next = template.request("vzaps:sendText?sendJitter=10&" + pace, e -> e.getMessage().setBody("two"));
            assertNull(next.getException());
        }
        List<RecordedCall> sends = sends(id);
        assertEquals(List.of(429, 200), sends.stream().map(RecordedCall::status).toList());
        long gap = gapsMillis(sends).get(0);
        assertTrue(gap >= 2000, () -> "the send after a 429 with Retry-After 2 s arrived " + gap + " ms after it");
    }

    @Test
    void sendsStillWaitingWhenTheContextStopsFailInsteadOfHanging() throws Exception {
        String id = new Api(sandbox.get()).pairedInstance(new Api(sandbox.get()).jwt(), null);
        String uri = "vzaps:sendText?instanceId=" + id + "&phone=" + PHONE + "&sendInterval=600000&maxPaceWait=1200000&"
                     + account();
        CompletableFuture<Exchange> waiting;
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getShutdownStrategy().setTimeout(2);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to(uri);
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            assertNull(template.request("direct:send", e -> e.getMessage().setBody("one")).getException());
            waiting = template.asyncSend("direct:send", e -> e.getMessage().setBody("two"));
            await().atMost(Duration.ofSeconds(10)).until(() -> camel.getInflightRepository().size() == 1);
        }
        Exchange second = waiting.get(60, TimeUnit.SECONDS);
        VZapsPaceException refused = assertInstanceOf(VZapsPaceException.class, second.getException());
        assertTrue(refused.getMessage().contains("stopped"), refused::getMessage);
        assertEquals(1, sends(id).size(), "the waiting send was not made");
    }

    @Test
    void waitingSendsHoldNoThread() throws Exception {
        String id = new Api(sandbox.get()).pairedInstance(new Api(sandbox.get()).jwt(), null);
        int count = 15;
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // one consumer thread takes every message off the queue: it is never held by a waiting send
                    from("seda:out?concurrentConsumers=1").to("vzaps:sendText?instanceId=" + id + "&phone=" + PHONE
                                                              + "&sendInterval=200&" + account());
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            for (int i = 0; i < count; i++) {
                template.sendBody("seda:out", "message " + i);
            }
            SedaEndpoint queue = camel.getEndpoint("seda:out", SedaEndpoint.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> queue.getCurrentQueueSize() == 0);
            int sentWhenDrained = sends(id).size();
            long pacedSendThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().contains("VZapsPacedSend")).count();
            assertTrue(sentWhenDrained < count, () -> "the queue drained while sends waited: " + sentWhenDrained);
            assertTrue(pacedSendThreads <= 2, () -> pacedSendThreads + " paced-send threads for " + count + " waiting sends");
            await().atMost(Duration.ofSeconds(60)).until(() -> sends(id).size() == count);
        }
        List<Long> gaps = gapsMillis(sends(id));
        assertTrue(gaps.stream().allMatch(gap -> gap >= 200), () -> "gaps between arrivals: " + gaps);
    }
}
