package org.camelvzaps.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a non-2xx answer into the right {@link VZapsApiException}, reading the error fields the official clients
 * read ({@code message}/{@code error}/{@code detail}/{@code errors[0].message}/{@code data.error}; {@code code}
 * when a string, else {@code error_code}).
 */
final class ApiErrors {

    static final int MAX_BODY_CHARS = 4096;
    static final int MAX_MESSAGE_CHARS = 500;
    static final int MAX_CODE_CHARS = 100;

    private ApiErrors() {
    }

    static VZapsApiException toException(String what, int status, String reason, String body, String requestId,
                                         String retryAfterHeader, Collection<String> secrets) {
        String cleanBody = SecretScrubber.scrub(truncate(body), secrets);
        JsonNode json = parseQuietly(body);
        String apiMessage = SecretScrubber.scrub(firstText(json, "message", "error", "detail", "/errors/0/message",
                "/data/error", "/data/message"), secrets);
        apiMessage = cut(apiMessage, MAX_MESSAGE_CHARS);
        String apiCode = cut(apiCode(json), MAX_CODE_CHARS);

        StringBuilder message = new StringBuilder("VZaps API answered ").append(status);
        if (reason != null && !reason.isBlank()) {
            message.append(' ').append(reason);
        }
        message.append(" to ").append(what);
        if (apiMessage != null) {
            message.append(": ").append(apiMessage);
        }
        if (apiCode != null) {
            message.append(" (code ").append(apiCode).append(')');
        }
        if (requestId != null) {
            message.append(" [request id ").append(requestId).append(']');
        }
        if (status == 401) {
            message.append(". Check clientToken/clientSecret, or the instance token");
        } else if (status == 403) {
            message.append(". Check that the instance belongs to the account of clientToken, and the instance token");
        }

        if (status == 429) {
            Duration retryAfter = parseRetryAfter(retryAfterHeader);
            if (retryAfter != null) {
                message.append(". Retry after ").append(retryAfter.toSeconds()).append(" s");
            }
            return new VZapsRateLimitException(message.toString(), apiCode, apiMessage, requestId, cleanBody, retryAfter);
        }
        if (status == 401 || status == 403) {
            return new VZapsAuthException(message.toString(), status, apiCode, apiMessage, requestId, cleanBody);
        }
        return new VZapsApiException(message.toString(), status, apiCode, apiMessage, requestId, cleanBody);
    }

    static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds <= 0 ? Duration.ZERO : Duration.ofSeconds(seconds); // RFC 9110: delay-seconds is never negative
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "...";
    }

    static String truncate(String body) {
        if (body == null || body.length() <= MAX_BODY_CHARS) {
            return body;
        }
        return body.substring(0, MAX_BODY_CHARS) + "... (" + (body.length() - MAX_BODY_CHARS) + " more chars)";
    }

    private static String apiCode(JsonNode json) {
        if (json == null) {
            return null;
        }
        JsonNode code = json.get("code");
        if (code != null && code.isTextual()) {
            return code.asText();
        }
        return firstText(json, "error_code");
    }

    private static String firstText(JsonNode json, String... fields) {
        if (json == null) {
            return null;
        }
        for (String field : fields) {
            JsonNode node = field.startsWith("/") ? json.at(field) : json.get(field);
            if (node != null && node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return null;
    }

    private static JsonNode parseQuietly(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception notJson) {
            return null;
        }
    }
}
