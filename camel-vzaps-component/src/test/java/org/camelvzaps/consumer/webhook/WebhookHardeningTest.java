package org.camelvzaps.consumer.webhook;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.component.VZapsConstants;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only a truly successful route gets a 2xx, whatever goes wrong in it (an Error, a failing dead letter channel), and
 * lenient JSON never reaches the route.
 */
class WebhookHardeningTest extends WebhookTestSupport {

    private static final String EVENT = "{\"type\":\"Message\",\"event\":{}}";

    private final List<String> routed = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/error").process(e -> {
                    routed.add("error");
                    throw new AssertionError("an Error, not an Exception");
                });
                from("vzaps:webhook?webhookPath=/dlc")
                        .errorHandler(deadLetterChannel("direct:broken-dlc").deadLetterHandleNewException(false))
                        .process(e -> {
                            routed.add("dlc");
                            throw new IllegalStateException("route failed");
                        });
                from("direct:broken-dlc").process(e -> {
                    throw new IllegalStateException("the dead letter channel failed too");
                });
                from("vzaps:webhook?webhookPath=/ok").process(e -> routed.add(e.getMessage()
                        .getHeader(VZapsConstants.EVENT_TYPE, String.class)));
                from("vzaps:webhook?webhookPath=/mark").process(e -> routed.add("mark")).markRollbackOnly();
            }
        };
    }

    @Test
    void aMaxBodySizeThatIsNotPositiveStopsTheRouteFromStartingAndSaysWhy() {
        for (String size : List.of("0", "-1")) {
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> context.addRoutes(
                    new RouteBuilder() {
                        @Override
                        public void configure() {
                            from("vzaps:webhook?webhookPath=/unbounded" + size + "&maxBodySize=" + size).to("log:never");
                        }
                    }));

            Throwable cause = e;
            while (cause.getCause() != null && !cause.getMessage().startsWith("maxBodySize")) {
                cause = cause.getCause();
            }
            assertEquals("maxBodySize must be a positive number of bytes (got " + size + "): it bounds what a webhook "
                         + "caller can make the server hold", cause.getMessage());
        }
    }

    @Test
    void anErrorInTheRouteIsAnswered500AndLeavesNothingInFlight() throws Exception {
        HttpResponse<String> answer = post("/error", EVENT);

        assertEquals(500, answer.statusCode());
        assertEquals(List.of("error"), routed);
        // the HTTP exchange finishes just after the answer is written: wait for that, not for a leak
        await().until(() -> context.getInflightRepository().size() == 0);
    }

    @Test
    void aFailingDeadLetterChannelThatDoesNotHandleIsAnswered500() throws Exception {
        HttpResponse<String> answer = post("/dlc", EVENT);

        assertEquals(500, answer.statusCode());
        assertEquals(List.of("dlc"), routed);
    }

    @Test
    void aRouteThatMarksRollbackOnlyWithoutAnExceptionIsAnswered500() throws Exception {
        HttpResponse<String> answer = post("/mark", EVENT);

        assertEquals(500, answer.statusCode());
        assertEquals(List.of("mark"), routed);
    }

    @Test
    void deepNestingAndHugeNumbersAreAnswered400WithoutRouting() throws Exception {
        String deep = "{\"type\":\"Message\",\"event\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        String hugeNumber = "{\"type\":\"Message\",\"event\":{\"n\":" + "9".repeat(5_000) + "}}";

        assertEquals(400, post("/ok", deep).statusCode());
        assertEquals(400, post("/ok", hugeNumber).statusCode());
        assertTrue(routed.isEmpty());
    }

    @Test
    void trailingGarbageAndAnEmptyTypeAreAnswered400WithoutRouting() throws Exception {
        HttpResponse<String> garbage = post("/ok", EVENT + " trailing");
        HttpResponse<String> emptyType = post("/ok", "{\"type\":\"\",\"event\":{}}");
        HttpResponse<String> good = post("/ok", EVENT);

        assertEquals(400, garbage.statusCode());
        assertEquals(400, emptyType.statusCode());
        assertTrue(emptyType.body().contains("no 'type'"), emptyType.body());
        assertEquals(200, good.statusCode());
        assertEquals(List.of("Message"), routed);
    }
}
