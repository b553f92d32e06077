package org.camelvzaps.component;

import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled Apache HttpClient 5 from the component options, then applies the user's
 * {@code HttpClientConfigurer} last so it can override anything.
 */
final class VZapsHttpClientFactory {

    private VZapsHttpClientFactory() {
    }

    static CloseableHttpClient create(VZapsConfiguration config, CamelContext camelContext) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(config.getMaxTotalConnections())
                .setMaxConnPerRoute(config.getConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(config.getConnectTimeout()))
                        .setSocketTimeout(Timeout.ofMilliseconds(config.getResponseTimeout()))
                        .build());
        if (config.getSslContextParameters() != null) {
            pool.setTlsSocketStrategy(config.getX509HostnameVerifier() == null
                    ? new DefaultClientTlsStrategy(sslContext(config, camelContext))
                    // the given verifier decides alone: with BOTH (HttpClient 5.6's default) the JSSE check still ran
                    : new DefaultClientTlsStrategy(sslContext(config, camelContext), HostnameVerificationPolicy.CLIENT,
                            config.getX509HostnameVerifier()));
        }

        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(pool.build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(config.getConnectionRequestTimeout()))
                        .setResponseTimeout(Timeout.ofMilliseconds(config.getResponseTimeout()))
                        .build())
                .disableAutomaticRetries()
                // a redirect would carry Authorization / X-Instance-Token / the client secret to another host
                .disableRedirectHandling()
                .disableCookieManagement()
                .useSystemProperties();

        if (config.getProxyHost() != null) {
            HttpHost proxy = new HttpHost(config.getProxyHost(), config.getProxyPort() == null ? 8080 : config.getProxyPort());
            builder.setProxy(proxy);
            if (config.getProxyAuthUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(
                        config.getProxyAuthUsername(),
                        config.getProxyAuthPassword() == null ? new char[0] : config.getProxyAuthPassword().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        } else if (noJvmProxyFor(config.getBaseUrl())) {
            // useSystemProperties() asks the JVM's ProxySelector on every call (about 5% of a call's CPU); when the
            // JDK's own selector has no proxy for baseUrl when the client is built, calls go direct without asking
            builder.setRoutePlanner(new DefaultRoutePlanner(null));
        }
        if (config.getHttpClientConfigurer() != null) {
            config.getHttpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    /**
     * True when the JVM's default {@link ProxySelector} is the JDK's own (which answers from the proxy system
     * properties) and names no proxy for {@code baseUrl}. A selector of the application's own may answer differently
     * from call to call, so it keeps being asked.
     */
    static boolean noJvmProxyFor(String baseUrl) {
        ProxySelector selector = ProxySelector.getDefault();
        if (selector == null) {
            return true;
        }
        if (!"sun.net.spi.DefaultProxySelector".equals(selector.getClass().getName())) {
            return false;
        }
        try {
            List<Proxy> proxies = selector.select(URI.create(baseUrl));
            return proxies.stream().allMatch(proxy -> proxy.type() == Proxy.Type.DIRECT);
        } catch (RuntimeException e) {
            return false; // an unusual baseUrl: leave the decision to the selector, call by call
        }
    }

    private static SSLContext sslContext(VZapsConfiguration config, CamelContext camelContext) {
        try {
            return config.getSslContextParameters().createSSLContext(camelContext);
        } catch (Exception e) {
            throw new RuntimeCamelException("Could not create the TLS context from sslContextParameters: " + e.getMessage(), e);
        }
    }
}
