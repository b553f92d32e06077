package org.camelvzaps.client;

/**
 * The API answered with a non-2xx status (or a 2xx body that could not be read).
 */
public class VZapsApiException extends VZapsException {

    private final int statusCode;
    private final String apiCode;
    private final String apiMessage;
    private final String requestId;
    private final String responseBody;

    public VZapsApiException(String message, int statusCode, String apiCode, String apiMessage, String requestId,
                             String responseBody) {
        super(message);
        this.statusCode = statusCode;
        this.apiCode = apiCode;
        this.apiMessage = apiMessage;
        this.requestId = requestId;
        this.responseBody = responseBody;
    }

    /** HTTP status of the answer. */
    public int getStatusCode() {
        return statusCode;
    }

    /** Machine-readable error code from the body ({@code code} when a string, else {@code error_code}), or null. */
    public String getApiCode() {
        return apiCode;
    }

    /** Human-readable error from the body ({@code message}, {@code error}, {@code detail}...), or null. */
    public String getApiMessage() {
        return apiMessage;
    }

    /** Value of the {@code X-Request-Id} answer header, or null; quote it to VZaps support. */
    public String getRequestId() {
        return requestId;
    }

    /** The answer body, cut to a few KB, with credentials removed. */
    public String getResponseBody() {
        return responseBody;
    }
}
