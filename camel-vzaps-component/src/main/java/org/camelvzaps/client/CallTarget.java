package org.camelvzaps.client;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The HTTP method and the path (with query string) a call goes to, built from the operation's declaration and the
 * call's parameter values. Path values are percent-encoded as one segment, so an id such as {@code ../x} or
 * {@code a/b} can never change which path is called; a missing value fails before any HTTP call.
 */
record CallTarget(String method, String path) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    static CallTarget of(VZapsCall call) {
        OperationSpec spec = call.operation().spec();
        if (spec.isDynamic()) {
            return dynamic(call);
        }
        StringBuilder path = new StringBuilder(expand(spec.pathTemplateFor(call.params()), call));
        char separator = '?';
        for (OperationSpec.QueryParam query : spec.query()) {
            String value = call.param(query.param());
            if (value == null) {
                if (query.required()) {
                    throw missing(call, query.param());
                }
                continue;
            }
            path.append(separator).append(query.param().queryName()).append('=').append(encode(value));
            separator = '&';
        }
        return new CallTarget(spec.method(), path.toString());
    }

    /** Replaces each {@code {name}} of the template by its encoded value (a plain scan: no regex per call). */
    private static String expand(String template, VZapsCall call) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            Param param = Param.ofPlaceholder(template.substring(open + 1, close));
            String value = call.param(param);
            if (value == null) {
                throw missing(call, param);
            }
            if (value.equals(".") || value.equals("..")) {
                throw new VZapsConfigurationException("vzaps:" + call.operation() + " cannot use '" + value + "' as "
                        + param.name() + ": a dot segment would change the path (" + param.howToSet() + " to a real value)");
            }
            out.append(template, from, open).append(encode(value));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    /** {@code request}: the caller names method and path; the path must stay on the configured API host. */
    private static CallTarget dynamic(VZapsCall call) {
        String method = call.param(Param.httpMethod);
        String path = call.param(Param.path);
        if (method == null) {
            throw missing(call, Param.httpMethod);
        }
        if (path == null) {
            throw missing(call, Param.path);
        }
        method = method.trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new VZapsConfigurationException("vzaps:request cannot use HTTP method '" + method + "': use one of "
                    + String.join(", ", METHODS.stream().sorted().toList()));
        }
        path = path.trim();
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.chars().anyMatch(c -> c <= ' ')) {
            throw new VZapsConfigurationException("vzaps:request needs a path from the API root that starts with a "
                    + "single '/' and has no spaces (e.g. /instances/VZ.../session/status): fix the "
                    + Param.path.header() + " header or the " + Param.path.option() + " option");
        }
        return new CallTarget(method, path);
    }

    private static VZapsConfigurationException missing(VZapsCall call, Param param) {
        return new VZapsConfigurationException("vzaps:" + call.operation() + " needs " + param.name() + ": "
                + param.howToSet());
    }

    /** RFC 3986 segment/query encoding: everything but unreserved characters is escaped. */
    static String encode(String value) {
        if (isUnreserved(value)) {
            return value; // ids and tokens usually are: nothing to escape, nothing to copy
        }
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '~' || c == '.') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                  || c == '~' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
