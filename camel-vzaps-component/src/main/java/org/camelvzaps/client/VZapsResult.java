package org.camelvzaps.client;

/**
 * The outcome of a successful call: the unwrapped, typed body (null for an empty answer), the HTTP status,
 * the {@code X-Request-Id} when sent, and the operation that answered (differs from the one called when
 * {@code connect} fell back to {@code getQr}).
 */
public record VZapsResult(Object body, int statusCode, String requestId, VZapsOperation answeredBy) {

    /**
     * The body as the type the caller expects (the answering operation's {@code spec().responseType()}), or null for an
     * empty answer. A body of another type fails here with a {@link VZapsApiException} naming the operation, the
     * expected and the actual type, instead of a {@link ClassCastException} further on.
     */
    public <T> T body(Class<T> type) {
        if (body == null || type.isInstance(body)) {
            return type.cast(body);
        }
        throw new VZapsApiException("VZaps " + answeredBy + " answered " + statusCode + " with a "
                + body.getClass().getName() + " where a " + type.getName() + " was expected"
                + (requestId == null ? "" : " [request id " + requestId + "]"), statusCode, null, null, requestId, null);
    }
}
