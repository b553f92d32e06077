package org.camelvzaps.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recipe of docs/delivery-tracking.md, run against the sandbox: sends and their receipts meet in an Aggregator on
 * CamelVZapsMessageId; a message with no Delivered receipt within the completionTimeout goes to the "not delivered"
 * route. The Java blocks of the page are this class's code, line for line.
 */
class DeliveryTrackingRecipeTest {

    @RegisterExtension
    static VZapsSandboxExtension sandbox = DeliveryTrackingRun.sandbox();

    static final List<String> delivered = new CopyOnWriteArrayList<>();
    static final List<String> notDelivered = new CopyOnWriteArrayList<>();

    // recipe: strategy
    /** Folds a send and the receipts of its message into one exchange: body the message id, headers sent and delivered. */
    public static class DeliveryTracking implements AggregationStrategy {
        @Override
        public Exchange aggregate(Exchange group, Exchange next) {
            Message in = next.getMessage();
            Exchange result = group != null ? group : next;
            Message out = result.getMessage();
            String state = in.getHeader("CamelVZapsReceiptState", String.class);
            if (group == null) {
                out.setBody(in.getHeader("CamelVZapsMessageId", String.class));
            }
            if (state == null) {
                out.setHeader("sent", true); // the answer of a send
            } else if (!"ReadSelf".equals(state)) {
                out.setHeader("delivered", true); // Delivered or Read
            }
            return result;
        }
    }
    // end

    static RouteBuilder recipe() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // recipe: routes
                from("direct:notify")
                    .to("vzaps:sendText?instanceId={{vzaps.instance}}")
                    .to("direct:track");

                from("vzaps:realtime?instanceId={{vzaps.instance}}&events=ReadReceipt&splitReceipts=true")
                    .to("direct:track");

                from("direct:track")
                    .aggregate(header("CamelVZapsMessageId"), new DeliveryTracking())
                        .completionPredicate(simple("${header.sent} == true && ${header.delivered} == true"))
                        .completionTimeout("{{delivery.timeout}}")
                    .choice()
                        .when(simple("${header.sent} == true && ${header.delivered} == true"))
                            .to("direct:delivered")
                        .when(simple("${header.sent} == true"))
                            .to("direct:notDelivered") // alert, or try another channel
                    .end();
                // end

                from("direct:delivered").process(e -> delivered.add(e.getMessage().getBody(String.class)));
                from("direct:notDelivered").process(e -> notDelivered.add(e.getMessage().getBody(String.class)));
            }
        };
    }

    @Test
    void aMessageWithoutDeliveredReceiptInTimeGoesToTheNotDeliveredRoute() throws Exception {
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getPropertiesComponent().addInitialProperty("vzaps.instance", id);
            camel.getPropertiesComponent().addInitialProperty("delivery.timeout", "3000");
            camel.addRoutes(recipe());
            DeliveryTrackingRun.useSandbox(camel, sandbox);
            camel.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.realtimeConnections(id) == 1);
            DeliveryTrackingRun.sendThreeAndLoseOne(sandbox, id, camel.createProducerTemplate(), delivered, notDelivered,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void theGuideShowsThisRecipe() throws Exception {
        String page = Files.readString(Path.of("..", "docs", "delivery-tracking.md"));
        String source = Files.readString(Path.of("src", "test", "java", "org", "camelvzaps", "sandbox",
                "DeliveryTrackingRecipeTest.java"));
        for (String part : List.of("strategy", "routes")) {
            String start = "// recipe: " + part + "\n";
            String code = source.substring(source.indexOf(start) + start.length(), source.indexOf("// end", source.indexOf(start)));
            List<String> lines = code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            String pageText = page.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + "\n" + b);
            String block = "\n" + String.join("\n", lines) + "\n";
            assertTrue(pageText.contains(block), () -> "docs/delivery-tracking.md must show the " + part + " as run here:" + block);
        }
    }
}
