package org.camelvzaps.consumer.webhook;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.camelvzaps.component.VZapsConstants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Receipts shaped for correlation: {@code CamelVZapsReceiptState} on every ReadReceipt, and with
 * {@code splitReceipts=true} one exchange per message id ({@code CamelVZapsMessageId}), acknowledged (200) only when
 * every one succeeded, whether the route completes on the caller's thread or on another one.
 */
class WebhookReceiptsTest extends WebhookTestSupport {

    private static final String WHOLE = "/hooks/whole";
    private static final String SPLIT = "/hooks/split";
    private static final String SPLIT_ASYNC = "/hooks/split-async";

    private final List<String> routed = new CopyOnWriteArrayList<>();

    @BeforeEach
    void clear() {
        routed.clear();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=" + WHOLE + "&webhookSecret=" + SECRET_OPTION)
                        .process(e -> record("whole", e));
                from("vzaps:webhook?webhookPath=" + SPLIT + "&webhookSecret=" + SECRET_OPTION + "&splitReceipts=true")
                        .process(e -> record("split", e));
                from("vzaps:webhook?webhookPath=" + SPLIT_ASYNC + "&webhookSecret=" + SECRET_OPTION + "&splitReceipts=true")
                        .delay(5).asyncDelayed()
                        .process(e -> record("async", e));
            }
        };
    }

    private void record(String route, Exchange exchange) {
        String id = exchange.getMessage().getHeader(VZapsConstants.MESSAGE_ID, String.class);
        routed.add(route + ":" + exchange.getMessage().getHeader(VZapsConstants.RECEIPT_STATE) + ":" + id);
        if ("BAD".equals(id)) {
            throw new IllegalStateException("this message id fails the route");
        }
    }

    private static String receipt(String state, String... ids) {
        return "{\"type\":\"ReadReceipt\",\"state\":\"" + state + "\",\"event\":{\"chat\":\"5511999999999@s.whatsapp.net\","
               + "\"sender\":\"5511999999999@s.whatsapp.net\",\"message_i_ds\":[\"" + String.join("\",\"", ids)
               + "\"],\"type\":\"delivered\"}}";
    }

    @Test
    void everyReceiptCarriesItsStateAndIsRoutedWholeWithoutSplitReceipts() throws Exception {
        assertEquals(200, post(withSecret(WHOLE), receipt("Delivered", "A", "B")).statusCode());
        assertEquals(List.of("whole:Delivered:null"), routed);
    }

    @Test
    void splitReceiptsRoutesOneExchangePerMessageId() throws Exception {
        assertEquals(200, post(withSecret(SPLIT), receipt("Read", "A", "B", "C")).statusCode());
        assertEquals(List.of("split:Read:A", "split:Read:B", "split:Read:C"), routed);
    }

    @Test
    void aSplitReceiptIsAcknowledgedOnlyWhenEveryMessageSucceeded() throws Exception {
        assertEquals(500, post(withSecret(SPLIT), receipt("Delivered", "A", "BAD", "C")).statusCode());
        assertEquals(List.of("split:Delivered:A", "split:Delivered:BAD"), routed, "routing stops at the failed part");
    }

    @Test
    void splitReceiptsWorkWhenTheRouteCompletesOnAnotherThread() throws Exception {
        assertEquals(200, post(withSecret(SPLIT_ASYNC), receipt("Delivered", "A", "B", "C")).statusCode());
        assertEquals(List.of("async:Delivered:A", "async:Delivered:B", "async:Delivered:C"), routed);
        routed.clear();
        assertEquals(500, post(withSecret(SPLIT_ASYNC), receipt("Read", "A", "BAD", "C")).statusCode());
        assertEquals(List.of("async:Read:A", "async:Read:BAD"), routed);
    }
}
