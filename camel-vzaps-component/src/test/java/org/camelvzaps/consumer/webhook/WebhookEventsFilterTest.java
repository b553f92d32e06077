package org.camelvzaps.consumer.webhook;

import java.net.http.HttpResponse;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code events} option: types outside it are answered 2xx (so VZaps does not retry them) but never routed;
 * {@code All} routes every type, including ones this component does not know.
 */
class WebhookEventsFilterTest extends WebhookTestSupport {

    private static final String MESSAGES_ONLY = "/hooks/messages";
    private static final String ALL = "/hooks/all";

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=" + MESSAGES_ONLY + "&webhookSecret=" + SECRET_OPTION + "&events=Message")
                        .to("mock:messages");
                from("vzaps:webhook?webhookPath=" + ALL + "&webhookSecret=" + SECRET_OPTION + "&events=All")
                        .to("mock:all");
            }
        };
    }

    @Test
    void eventOutsideTheFilterIsAnswered2xxAndNotRouted() throws Exception {
        MockEndpoint messages = getMockEndpoint("mock:messages");
        messages.expectedMessageCount(0);

        HttpResponse<String> response = post(withSecret(MESSAGES_ONLY), Fixtures.read("webhook-ReadReceipt.inferred.json"));

        assertEquals(2, response.statusCode() / 100, "status " + response.statusCode());
        messages.assertIsSatisfied();
    }

    @Test
    void eventInTheFilterIsRouted() throws Exception {
        MockEndpoint messages = getMockEndpoint("mock:messages");
        messages.expectedMessageCount(1);
        messages.expectedHeaderReceived(VZapsConstants.EVENT_TYPE, "Message");

        HttpResponse<String> response = post(withSecret(MESSAGES_ONLY), Fixtures.read("webhook-Message-text.inferred.json"));

        assertEquals(200, response.statusCode());
        messages.assertIsSatisfied();
    }

    @Test
    void allRoutesEveryType() throws Exception {
        MockEndpoint all = getMockEndpoint("mock:all");
        all.expectedHeaderValuesReceivedInAnyOrder(VZapsConstants.EVENT_TYPE,
                "Message", "ReadReceipt", "Connected", "Disconnected", "LabelAssociation");

        for (String body : new String[] {
                Fixtures.read("webhook-Message-text.inferred.json"),
                Fixtures.read("webhook-ReadReceipt.inferred.json"),
                Fixtures.read("webhook-Connected.inferred.json"),
                Fixtures.read("webhook-Disconnected.inferred.json"),
                "{\"type\":\"LabelAssociation\",\"event\":{}}" }) {
            assertEquals(200, post(withSecret(ALL), body).statusCode());
        }
        all.assertIsSatisfied();
    }
}
