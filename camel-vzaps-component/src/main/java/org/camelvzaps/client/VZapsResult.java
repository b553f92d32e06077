package org.camelvzaps.client;

/**
 * The outcome of a successful call: the unwrapped, typed body (null for an empty answer), the HTTP status,
 * the {@code X-Request-Id} when sent, and the operation that answered (differs from the one called when
 * {@code connect} fell back to {@code getQr}).
 */
public record VZapsResult(Object body, int statusCode, String requestId, VZapsOperation answeredBy) {
}
