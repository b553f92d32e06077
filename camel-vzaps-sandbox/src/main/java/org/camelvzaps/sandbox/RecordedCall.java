package org.camelvzaps.sandbox;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One API call the sandbox received (admin calls are not recorded).
 *
 * @param method  HTTP method
 * @param path    path without query string
 * @param headers request headers (first value of each; keys case-insensitive)
 * @param body    request body text ("" when none)
 * @param status  HTTP status the sandbox answered
 * @param receivedAt when the call arrived (before the sandbox handled it), so tests can measure the gaps between
 *                   calls as the API sees them
 */
public record RecordedCall(String method, String path, Map<String, String> headers, String body, int status,
                           Instant receivedAt) {

    public RecordedCall {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableMap(copy);
    }

    /** Header value (case-insensitive name), or null. */
    public String header(String name) {
        return headers.get(name);
    }
}
