package org.camelvzaps.client;

import java.time.Clock;
import java.time.Duration;

/**
 * What a {@link VZapsClient} needs besides its HTTP client.
 *
 * @param baseUrl          API root, e.g. {@code https://api.vzaps.com} (no trailing slash needed)
 * @param credentials      account credentials
 * @param userAgent        {@code User-Agent} header value
 * @param tokenRefreshSkew how long before expiry a cached JWT is refreshed
 * @param clock            time source for token expiry
 * @param responseDeadline longest a call may take from sending to the last byte of the answer; null: no deadline
 * @param maxResponseSize  largest answer body read, in bytes
 * @param retry            when failed calls are tried again
 */
public record VZapsClientSettings(String baseUrl, VZapsCredentials credentials, String userAgent,
                                  Duration tokenRefreshSkew, Clock clock, Duration responseDeadline,
                                  long maxResponseSize, RetryPolicy retry) {

    /** Large enough for a 100 MB WhatsApp document answered in base64. */
    public static final long DEFAULT_MAX_RESPONSE_SIZE = 150L * 1024 * 1024;

    public static final Duration DEFAULT_TOKEN_REFRESH_SKEW = Duration.ofSeconds(60);
    public static final String DEFAULT_USER_AGENT = "camel-vzaps/" + version();

    public VZapsClientSettings {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new VZapsConfigurationException("baseUrl must be set (e.g. https://api.vzaps.com)");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        credentials = credentials == null ? new VZapsCredentials(null, null) : credentials;
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
        tokenRefreshSkew = tokenRefreshSkew == null ? DEFAULT_TOKEN_REFRESH_SKEW : tokenRefreshSkew;
        clock = clock == null ? Clock.systemUTC() : clock;
        maxResponseSize = maxResponseSize <= 0 ? DEFAULT_MAX_RESPONSE_SIZE : maxResponseSize;
        retry = retry == null ? RetryPolicy.NONE : retry;
    }

    public VZapsClientSettings(String baseUrl, VZapsCredentials credentials, String userAgent, Duration tokenRefreshSkew,
                               Clock clock) {
        this(baseUrl, credentials, userAgent, tokenRefreshSkew, clock, null, DEFAULT_MAX_RESPONSE_SIZE, RetryPolicy.NONE);
    }

    public static VZapsClientSettings of(String baseUrl, VZapsCredentials credentials) {
        return new VZapsClientSettings(baseUrl, credentials, null, null, null);
    }

    private static String version() {
        String v = VZapsClientSettings.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
