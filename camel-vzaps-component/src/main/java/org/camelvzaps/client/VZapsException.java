package org.camelvzaps.client;

/**
 * Base of every error raised by the VZaps client. Messages never contain credentials.
 */
public class VZapsException extends RuntimeException {

    public VZapsException(String message) {
        super(message);
    }

    public VZapsException(String message, Throwable cause) {
        super(message, cause);
    }
}
