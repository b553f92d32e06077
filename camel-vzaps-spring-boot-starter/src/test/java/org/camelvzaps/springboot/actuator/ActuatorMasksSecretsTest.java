package org.camelvzaps.springboot.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.junit.jupiter.api.Test;

/**
 * An application with Actuator and {@code show-values=always} for env and configprops: the starter's sanitizer masks
 * every secret option of the component in both endpoints, whether set as a {@code camel.component.vzaps.*} property,
 * an environment-style name or a placeholder property, while the other values stay visible.
 */
@SpringBootTest(classes = ActuatorMasksSecretsTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "management.endpoints.web.exposure.include=env,configprops",
                "management.endpoint.env.show-values=always",
                "management.endpoint.configprops.show-values=always",
                "camel.component.vzaps.instance-id=VZvisible-instance-id",
                "camel.component.vzaps.client-token=secret-value-client-token",
                "camel.component.vzaps.client-secret=secret-value-client-secret",
                "camel.component.vzaps.instance-token=secret-value-instance-token",
                "camel.component.vzaps.webhook-secret=secret-value-webhook-secret",
                "camel.component.vzaps.proxy-auth-password=secret-value-proxy-auth-password",
                "vzaps.webhook-secret=secret-value-placeholder",
                "CAMEL_COMPONENT_VZAPS_CLIENTSECRET=secret-value-env-style" })
class ActuatorMasksSecretsTest {

    /** Only auto-configuration: no routes, no component scan of the other test applications. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void envEndpointMasksEverySecretAndShowsTheRest() throws Exception {
        String env = get("/actuator/env");

        assertThat(env).contains("VZvisible-instance-id"); // show-values=always is in force
        assertThat(env).doesNotContain("secret-value-");
        for (String key : new String[] { "camel.component.vzaps.client-token", "camel.component.vzaps.client-secret",
                "camel.component.vzaps.instance-token", "camel.component.vzaps.webhook-secret",
                "camel.component.vzaps.proxy-auth-password", "vzaps.webhook-secret",
                "CAMEL_COMPONENT_VZAPS_CLIENTSECRET" }) {
            assertThat(get("/actuator/env/" + key)).contains("\"value\":\"******\"");
        }
    }

    @Test
    void configpropsEndpointMasksEverySecretAndShowsTheRest() throws Exception {
        String configprops = get("/actuator/configprops");

        assertThat(configprops).contains("camel.component.vzaps").contains("VZvisible-instance-id");
        assertThat(configprops).doesNotContain("secret-value-");
        for (String name : new String[] { "clientToken", "clientSecret", "instanceToken", "webhookSecret",
                "proxyAuthPassword" }) {
            assertThat(configprops).contains("\"" + name + "\":\"******\"");
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
