package org.camelvzaps.client;

/**
 * 401 or 403: the credentials were missing, expired, wrong, or do not own the instance.
 */
public class VZapsAuthException extends VZapsApiException {

    public VZapsAuthException(String message, int statusCode, String apiCode, String apiMessage, String requestId,
                              String responseBody) {
        super(message, statusCode, apiCode, apiMessage, requestId, responseBody);
    }
}
