package org.camelvzaps.client;

import java.util.Collection;

/**
 * Removes known credential values from text that leaves the client (exception messages, error bodies), in case
 * an API answer echoes a token back.
 */
final class SecretScrubber {

    static final String MASK = "xxxxxx";

    private SecretScrubber() {
    }

    static String scrub(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            // very short values would mask ordinary words; real tokens are long
            if (secret != null && secret.length() >= 6) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
