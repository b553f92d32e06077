package org.camelvzaps.component;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpClientOptionsTest extends VZapsTestSupport {

    private static final String STATUS = "/instances/" + INSTANCE_ID + "/session/status";

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));
    }

    @Test
    void userConfigurerIsAppliedLastAndSeesEveryCall() {
        HttpClientConfigurer configurer = builder -> builder
                .setUserAgent("overridden-by-configurer")
                .addRequestInterceptorFirst((request, entity, ctx) -> request.addHeader("X-Tenant", "acme"));
        context.getRegistry().bind("tenantConfigurer", configurer);

        template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID
                             + "&httpClientConfigurer=#tenantConfigurer&userAgent=ours/1.0", (Object) null);

        // the option sets User-Agent per request, the configurer adds a header to every request
        api.verify(getRequestedFor(urlEqualTo(STATUS)).withHeader("X-Tenant", equalTo("acme"))
                .withHeader("User-Agent", equalTo("ours/1.0")));
        api.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/token"))
                .withHeader("X-Tenant", equalTo("acme")));
    }

    @Test
    void defaultUserAgentNamesTheComponent() {
        template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID, (Object) null);

        api.verify(getRequestedFor(urlEqualTo(STATUS)).withHeader("User-Agent",
                com.github.tomakehurst.wiremock.client.WireMock.matching("camel-vzaps/.+")));
    }

    @Test
    void callsGoThroughTheConfiguredProxy() {
        WireMockServer proxy = new WireMockServer(wireMockConfig().dynamicPort());
        proxy.start();
        try {
            proxy.stubFor(post(urlEqualTo("/token")).willReturn(json("{\"access_token\":\"proxied\",\"expires_in\":3600}")));
            proxy.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));

            // api.vzaps.invalid cannot resolve: the call only succeeds through the proxy
            template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID + "&baseUrl=http://api.vzaps.invalid"
                                 + "&proxyHost=127.0.0.1&proxyPort=" + proxy.port(), (Object) null);

            proxy.verify(getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer proxied"))
                    .withHeader("Host", equalTo("api.vzaps.invalid")));
        } finally {
            proxy.stop();
        }
    }

    @Test
    void callsGoThroughTheJvmProxySystemProperties() {
        // without a JVM proxy the client skips asking the ProxySelector per call; with one it must still use it
        assertTrue(VZapsHttpClientFactory.noJvmProxyFor("http://api.vzaps.invalid"));
        WireMockServer proxy = new WireMockServer(wireMockConfig().dynamicPort());
        proxy.start();
        // loopback hosts are in the JDK's default http.nonProxyHosts: the other tests' calls are not affected
        System.setProperty("http.proxyHost", "127.0.0.1");
        System.setProperty("http.proxyPort", Integer.toString(proxy.port()));
        try {
            assertFalse(VZapsHttpClientFactory.noJvmProxyFor("http://api.vzaps.invalid"));
            proxy.stubFor(post(urlEqualTo("/token")).willReturn(json("{\"access_token\":\"jvm-proxied\",\"expires_in\":3600}")));
            proxy.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));

            // api.vzaps.invalid cannot resolve: the call only succeeds through the proxy
            template.requestBody("vzaps:getStatus?instanceId=" + INSTANCE_ID + "&baseUrl=http://api.vzaps.invalid",
                    (Object) null);

            proxy.verify(getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer jvm-proxied"))
                    .withHeader("Host", equalTo("api.vzaps.invalid")));
        } finally {
            System.clearProperty("http.proxyHost");
            System.clearProperty("http.proxyPort");
            proxy.stop();
        }
    }

    @Test
    void sslContextParametersDecideWhichServersAreTrusted() throws Exception {
        WireMockServer tls = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort());
        tls.start();
        try {
            tls.stubFor(post(urlEqualTo("/token")).willReturn(json("{\"access_token\":\"tls\",\"expires_in\":3600}")));
            tls.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-disconnected.json"))));
            String uri = "vzaps:getStatus?instanceId=" + INSTANCE_ID + "&baseUrl=https://localhost:" + tls.httpsPort();

            // WireMock's self-signed certificate is not trusted by default
            org.apache.camel.CamelExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    org.apache.camel.CamelExecutionException.class, () -> template.requestBody(uri, (Object) null));
            org.junit.jupiter.api.Assertions.assertInstanceOf(org.camelvzaps.client.VZapsTransportException.class,
                    refused.getCause());

            // a trust manager given through sslContextParameters is used
            org.apache.camel.support.jsse.TrustManagersParameters trust = new org.apache.camel.support.jsse.TrustManagersParameters();
            trust.setTrustManager(new TrustEverything());
            org.apache.camel.support.jsse.SSLContextParameters ssl = new org.apache.camel.support.jsse.SSLContextParameters();
            ssl.setTrustManagers(trust);
            context.getRegistry().bind("trustingSsl", ssl);
            context.getRegistry().bind("anyHost", org.apache.hc.client5.http.ssl.NoopHostnameVerifier.INSTANCE);
            template.requestBody(uri + "&sslContextParameters=#trustingSsl&x509HostnameVerifier=#anyHost", (Object) null);

            tls.verify(getRequestedFor(urlEqualTo(STATUS)).withHeader("Authorization", equalTo("Bearer tls")));
        } finally {
            tls.stop();
        }
    }

    private static final class TrustEverything implements javax.net.ssl.X509TrustManager {
        @Override
        public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
        }

        @Override
        public java.security.cert.X509Certificate[] getAcceptedIssuers() {
            return new java.security.cert.X509Certificate[0];
        }
    }

    @Test
    void theSharedClientIsClosedWhenTheComponentStops() {
        VZapsEndpoint endpoint = context.getEndpoint("vzaps:getStatus?instanceId=" + INSTANCE_ID, VZapsEndpoint.class);
        org.camelvzaps.client.VZapsClient client = endpoint.getClient();
        client.call(org.camelvzaps.client.VZapsCall.forInstance(org.camelvzaps.client.VZapsOperation.getStatus, INSTANCE_ID, null, null));

        context.stop();

        IllegalStateException closed = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> client.call(org.camelvzaps.client.VZapsCall.forInstance(
                        org.camelvzaps.client.VZapsOperation.getStatus, INSTANCE_ID, null, null)));
        org.junit.jupiter.api.Assertions.assertTrue(closed.getMessage().contains("shut down"), closed.getMessage());
    }

    @Test
    void endpointsOfOneAccountShareOneClient() {
        VZapsEndpoint a = context.getEndpoint("vzaps:getStatus?instanceId=A1", VZapsEndpoint.class);
        VZapsEndpoint b = context.getEndpoint("vzaps:getQr?instanceId=B2", VZapsEndpoint.class);
        VZapsEndpoint other = context.getEndpoint("vzaps:getQr?clientToken=another-account", VZapsEndpoint.class);

        assertSame(a.getClient(), b.getClient());
        assertNotSame(a.getClient(), other.getClient());
        assertEquals(api.baseUrl(), a.getClient().settings().baseUrl());
    }
}
