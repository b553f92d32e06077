package org.camelvzaps.consumer.webhook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The checks a callback must pass before it reaches the route, in the order the answer codes are decided:
 * secret (401), content type (415), size (413). Parsing (400) comes after; methods other than POST never get
 * here (the platform-http endpoint is opened with httpMethodRestrict=POST and answers 405 itself).
 */
final class WebhookRequestCheck {

    static final String SECRET_PARAMETER = "secret";
    static final String WRONG_SECRET = "Missing or wrong secret";

    /** The reason of a 413, the same whether the early refusal or the processor gives it. */
    static String tooLarge(long maxBodySize) {
        return "Body larger than " + maxBodySize + " bytes";
    }

    private WebhookRequestCheck() {
    }

    /** Constant-time comparison of the {@code secret} query parameter; true when no secret is configured. */
    static boolean secretMatches(String expected, String rawQuery) {
        if (expected == null || expected.isEmpty()) {
            return true;
        }
        String provided = queryParameter(rawQuery, SECRET_PARAMETER);
        byte[] providedBytes = provided == null ? new byte[0] : provided.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), providedBytes);
    }

    /** Content types that carry JSON; a missing content type is let through to the JSON parser. */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String mime = contentType.split(";", 2)[0].trim().toLowerCase();
        return mime.equals("application/json") || mime.endsWith("+json") || mime.equals("text/json");
    }

    static String queryParameter(String rawQuery, String name) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (name.equals(key)) {
                return eq < 0 ? "" : decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    /** The query without the secret parameter, or null when nothing remains. */
    static String withoutSecret(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return rawQuery;
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (!SECRET_PARAMETER.equals(decode(eq < 0 ? pair : pair.substring(0, eq)))) {
                kept.append(kept.length() == 0 ? "" : "&").append(pair);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return s;
        }
    }
}
