package org.camelvzaps.component;

import java.util.Objects;

import org.camelvzaps.client.VZapsCredentials;

/**
 * The options that make two endpoints need different {@code VZapsClient}s. Endpoints with equal keys share one
 * client, hence one connection pool and one JWT cache.
 */
record HttpClientKey(
        String baseUrl, VZapsCredentials credentials, String userAgent,
        int connectTimeout, int connectionRequestTimeout, int responseTimeout, long maxResponseSize,
        int maxRetries, long retryDelay, long maxRetryDelay,
        int maxTotalConnections, int connectionsPerRoute,
        String proxyHost, Integer proxyPort, String proxyAuthUsername, String proxyAuthPassword,
        Object sslContextParameters, Object hostnameVerifier, Object httpClientConfigurer) {

    static HttpClientKey of(VZapsConfiguration c) {
        return new HttpClientKey(c.getBaseUrl(), new VZapsCredentials(c.getClientToken(), c.getClientSecret()),
                c.getUserAgent(), c.getConnectTimeout(), c.getConnectionRequestTimeout(), c.getResponseTimeout(), c.getMaxResponseSize(),
                c.getMaxRetries(), c.getRetryDelay(), c.getMaxRetryDelay(),
                c.getMaxTotalConnections(), c.getConnectionsPerRoute(), c.getProxyHost(), c.getProxyPort(),
                c.getProxyAuthUsername(), c.getProxyAuthPassword(), c.getSslContextParameters(), c.getX509HostnameVerifier(),
                c.getHttpClientConfigurer());
    }

    @Override
    public boolean equals(Object o) {
        // identity for the SSL parameters and configurer: two distinct beans are two setups
        return o instanceof HttpClientKey k
                && Objects.equals(baseUrl, k.baseUrl) && Objects.equals(credentials, k.credentials)
                && Objects.equals(userAgent, k.userAgent)
                && connectTimeout == k.connectTimeout && connectionRequestTimeout == k.connectionRequestTimeout
                && responseTimeout == k.responseTimeout && maxResponseSize == k.maxResponseSize
                && maxRetries == k.maxRetries && retryDelay == k.retryDelay && maxRetryDelay == k.maxRetryDelay
                && maxTotalConnections == k.maxTotalConnections
                && connectionsPerRoute == k.connectionsPerRoute && Objects.equals(proxyHost, k.proxyHost)
                && Objects.equals(proxyPort, k.proxyPort) && Objects.equals(proxyAuthUsername, k.proxyAuthUsername)
                && Objects.equals(proxyAuthPassword, k.proxyAuthPassword)
                && sslContextParameters == k.sslContextParameters && hostnameVerifier == k.hostnameVerifier
                && httpClientConfigurer == k.httpClientConfigurer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(baseUrl, credentials, connectTimeout, responseTimeout, proxyHost, proxyPort);
    }

    @Override
    public String toString() {
        return "HttpClientKey[" + baseUrl + ", " + credentials + "]";
    }
}
