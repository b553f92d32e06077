package org.camelvzaps.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** One line of the route table: method + path template + auth rule + handler. */
final class Route {

    /** Auth rules of the platform (docs/api-notes.md, "Authentication"). */
    enum Auth {
        /** No credentials (POST /token, the /__sandbox admin API). */
        NONE,
        /** Owner JWT only; an instance token does not substitute. */
        JWT,
        /** Owner JWT, or X-Instance-Token together with X-Client-Token. */
        JWT_OR_INSTANCE
    }

    @FunctionalInterface
    interface Handler {
        ApiResponse handle(ApiRequest request);
    }

    final String method;
    final String template;
    final Auth auth;
    final Handler handler;
    private final String[] segments;

    Route(String method, String template, Auth auth, Handler handler) {
        this.method = method;
        this.template = template;
        this.auth = auth;
        this.handler = handler;
        this.segments = split(template);
    }

    /** How many segments of the template are fixed text (not placeholders). */
    int literalSegments() {
        int n = 0;
        for (String s : segments) {
            if (!s.startsWith("{")) {
                n++;
            }
        }
        return n;
    }

    /** Path parameters when the path fits the template, else null. */
    Map<String, String> match(String path) {
        String[] parts = split(path);
        if (parts.length != segments.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String s = segments[i];
            if (s.startsWith("{") && s.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                params.put(s.substring(1, s.length() - 1), decode(parts[i]));
            } else if (!s.equals(parts[i])) {
                return null;
            }
        }
        return params;
    }

    /** Percent-decoding of one path segment ('+' stays a plus: it is not a space in a path). */
    static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.split("/", -1);
    }

    @Override
    public String toString() {
        return method + " " + template + " (" + auth + ")";
    }
}
