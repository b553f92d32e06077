package org.camelvzaps.component;

import java.util.Map;
import java.util.Set;

import javax.net.ssl.HostnameVerifier;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Endpoints share one REST client (one connection pool, one JWT cache) exactly when every option that shapes a client
 * is equal; per-call options (instance, recipient, instance token) never split them.
 */
class ClientSharingTest extends VZapsTestSupport {

    /** One changed value per option that shapes a client; the test fails when an option is marked or unmarked. */
    private static final Map<String, String> A_DIFFERENT_VALUE = Map.ofEntries(
            Map.entry("baseUrl", "http://127.0.0.1:1"), Map.entry("clientToken", "ct_other"),
            Map.entry("clientSecret", "cs_other"), Map.entry("userAgent", "other-agent"),
            Map.entry("connectTimeout", "1234"), Map.entry("connectionRequestTimeout", "1234"),
            Map.entry("responseTimeout", "1234"), Map.entry("maxResponseSize", "1234"), Map.entry("maxRetries", "2"),
            Map.entry("retryDelay", "1234"), Map.entry("maxRetryDelay", "1234"), Map.entry("maxTotalConnections", "7"),
            Map.entry("connectionsPerRoute", "7"), Map.entry("proxyHost", "127.0.0.1"), Map.entry("proxyPort", "3128"),
            Map.entry("proxyAuthUsername", "bob"), Map.entry("proxyAuthPassword", "pw"),
            Map.entry("sslContextParameters", "#tls"), Map.entry("x509HostnameVerifier", "#verifier"),
            Map.entry("httpClientConfigurer", "#configurer"));

    @Override
    protected void bindToRegistry(org.apache.camel.spi.Registry registry) {
        registry.bind("tls", new SSLContextParameters());
        registry.bind("verifier", (HostnameVerifier) (host, session) -> true);
        registry.bind("configurer", (HttpClientConfigurer) builder -> {
        });
    }

    private VZapsClient client(String uri) {
        return context.getEndpoint(uri, VZapsEndpoint.class).getClient();
    }

    @Test
    void theOptionsThatShapeAClientAreExactlyTheMarkedOnes() {
        assertEquals(A_DIFFERENT_VALUE.keySet(), Set.copyOf(HttpClientKey.settingNames()));
    }

    @Test
    void everyOptionThatShapesAClientGetsItsOwnClient() {
        VZapsClient base = client("vzaps:getStatus");
        for (Map.Entry<String, String> option : A_DIFFERENT_VALUE.entrySet()) {
            VZapsClient other = client("vzaps:getStatus?" + option.getKey() + "=" + option.getValue());
            assertNotSame(base, other, option.getKey() + " shapes the client, so a different value gets another one");
            assertSame(other, client("vzaps:listChats?" + option.getKey() + "=" + option.getValue()),
                    "two endpoints with the same " + option.getKey() + " share their client");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "instanceId=VZOTHER", "phone=5511999990000", "instanceToken=inst_other", "groupId=1@g.us" })
    void perCallOptionsShareTheClient(String option) {
        assertSame(client("vzaps:getStatus"), client("vzaps:sendText?" + option));
    }

    @Test
    void theSameBeanSharesAndAnEqualButDistinctBeanDoesNot() {
        context.getRegistry().bind("tls2", new SSLContextParameters());
        assertSame(client("vzaps:getStatus?sslContextParameters=#tls"), client("vzaps:getQr?sslContextParameters=#tls"));
        assertNotSame(client("vzaps:getStatus?sslContextParameters=#tls"),
                client("vzaps:getStatus?sslContextParameters=#tls2"));
    }
}
