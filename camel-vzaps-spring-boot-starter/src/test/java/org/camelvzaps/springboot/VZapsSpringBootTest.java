package org.camelvzaps.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.sandbox.VZapsSandbox;
import org.camelvzaps.springboot.app.EventInbox;
import org.camelvzaps.springboot.app.VZapsApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Spring Boot application of docs/spring-boot.md against the sandbox: the component is configured only by
 * application properties (src/test/resources/application.properties, plus base-url pointing at the sandbox), a
 * producer sends a text to a paired instance, and the webhook route receives its Message event on Tomcat's port.
 */
@SpringBootTest(classes = VZapsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VZapsSpringBootTest {

    static final VZapsSandbox SANDBOX = VZapsSandbox.builder().port(0)
            .clientToken("sandbox-client-token").clientSecret("sandbox-client-secret").build().start();

    @DynamicPropertySource
    static void sandboxUrl(DynamicPropertyRegistry registry) {
        registry.add("camel.component.vzaps.base-url", SANDBOX::baseUrl);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    // the property, not @LocalServerPort: that annotation moved package in Spring Boot 4, the property did not
    @Value("${local.server.port}")
    int port;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    EventInbox inbox;

    @Test
    void sendsWithPropertiesOnlyAndReceivesTheWebhookOnTheSpringBootPort() throws Exception {
        String webhookUrl = "http://localhost:" + port + "/vzaps/webhook?secret=change-me-webhook-secret";
        Message created = producer.request("vzaps:createInstance", e -> e.getMessage().setBody(
                CreateInstanceRequest.named("spring-boot").webhook(webhookUrl).eventsSubscribe(List.of("Message"))))
                .getMessage();
        String instanceId = created.getHeader(VZapsConstants.INSTANCE_ID, String.class);
        assertThat(instanceId).startsWith("VZ");
        SANDBOX.scan(instanceId);

        SendResult sent = producer.requestBodyAndHeaders("vzaps:sendText", "Hello from Spring Boot",
                Map.of(VZapsConstants.INSTANCE_ID, instanceId, VZapsConstants.PHONE, "5511988887777"), SendResult.class);
        assertThat(sent.messageId()).isNotBlank();

        // a bound, not a timing: the first request on a cold Spring Boot server can take long on a busy machine
        VZapsEvent event = inbox.events().poll(60, TimeUnit.SECONDS);
        assertThat(event).as("Message event on http://localhost:%d/vzaps/webhook", port).isNotNull();
        assertThat(event.type()).isEqualTo(VZapsEvent.MESSAGE);
        assertThat(event.asMessage().text()).isEqualTo("Hello from Spring Boot");
        assertThat(event.asMessage().id()).isEqualTo(sent.messageId());
    }
}
