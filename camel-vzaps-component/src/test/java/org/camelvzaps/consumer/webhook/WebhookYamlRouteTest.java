package org.camelvzaps.consumer.webhook;

import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.test.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The YAML DSL form of a webhook route (as users copy it from the docs), loaded through camel-yaml-dsl, receives
 * events over HTTP.
 */
class WebhookYamlRouteTest extends WebhookTestSupport {

    private static final String PATH = "/hooks/yaml";

    @Test
    void yamlRouteReceivesAnEvent() throws Exception {
        String yaml = """
                - route:
                    id: vzaps-yaml
                    from:
                      uri: vzaps:webhook
                      parameters:
                        webhookPath: %s
                        webhookSecret: "%s"
                        events: Message,ReadReceipt
                      steps:
                        - log: "VZaps ${header.CamelVZapsEventType}"
                        - to: mock:yaml
                """.formatted(PATH, SECRET);
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("vzaps-webhook.yaml", yaml));

        MockEndpoint yamlMock = getMockEndpoint("mock:yaml");
        yamlMock.expectedMessageCount(1);
        yamlMock.expectedHeaderReceived(VZapsConstants.EVENT_TYPE, "Message");

        assertEquals(200, post(withSecret(PATH), Fixtures.read("webhook-Message-text.inferred.json")).statusCode());

        yamlMock.assertIsSatisfied();
        assertEquals("Hello", yamlMock.getReceivedExchanges().get(0).getMessage().getBody(VZapsEvent.class)
                .asMessage().text());
        // the events filter given in YAML applies
        yamlMock.reset();
        yamlMock.expectedMessageCount(0);
        assertEquals(200, post(withSecret(PATH), Fixtures.read("webhook-Connected.inferred.json")).statusCode());
        yamlMock.assertIsSatisfied();
    }
}
