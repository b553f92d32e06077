package org.camelvzaps.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Account credentials. {@code clientSecret} is optional: without it, instance calls use instance tokens and
 * JWT-only calls are refused before any HTTP call.
 */
public final class VZapsCredentials {

    private final String clientToken;
    private final String clientSecret;

    public VZapsCredentials(String clientToken, String clientSecret) {
        this.clientToken = blankToNull(clientToken);
        this.clientSecret = blankToNull(clientSecret);
    }

    public String clientToken() {
        return clientToken;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** True when a JWT can be obtained from {@code POST /token}. */
    public boolean canObtainJwt() {
        return clientToken != null && clientSecret != null;
    }

    List<String> secretValues() {
        List<String> values = new ArrayList<>(2);
        if (clientToken != null) {
            values.add(clientToken);
        }
        if (clientSecret != null) {
            values.add(clientSecret);
        }
        return values;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VZapsCredentials other
                && Objects.equals(clientToken, other.clientToken)
                && Objects.equals(clientSecret, other.clientSecret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientToken, clientSecret);
    }

    @Override
    public String toString() {
        return "VZapsCredentials[clientToken=" + (clientToken == null ? "none" : "xxxxxx")
               + ", clientSecret=" + (clientSecret == null ? "none" : "xxxxxx") + "]";
    }
}
