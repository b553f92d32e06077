package org.camelvzaps.client;

/**
 * The API could not be reached or did not answer in time (connect/response timeout, connection refused, TLS error).
 */
public class VZapsTransportException extends VZapsException {

    public VZapsTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
