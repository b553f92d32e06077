package org.camelvzaps.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.Collection;

/**
 * Removes known credential values from text that leaves the client (exception messages, error bodies), in case
 * an API answer echoes a token back.
 */
public final class SecretScrubber {

    static final String MASK = "xxxxxx";

    private SecretScrubber() {
    }

    /** The secret as given, JSON-escaped (as an API echoing it in a JSON string would) and URL-encoded. */
    private static Set<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        String json = JsonStringEncoder.getInstance().quoteAsString(secret) == null ? secret
                : new String(JsonStringEncoder.getInstance().quoteAsString(secret));
        forms.add(json);
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
        return forms;
    }

    public static String scrub(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            // very short values would mask ordinary words; real tokens are long
            if (secret != null && secret.length() >= 6) {
                for (String form : forms(secret)) {
                    result = result.replace(form, MASK);
                }
            }
        }
        return result;
    }
}
