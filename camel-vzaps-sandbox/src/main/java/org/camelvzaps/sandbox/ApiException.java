package org.camelvzaps.sandbox;

/** Thrown by handlers to answer an error with the platform's error body {code, success:false, message}. */
final class ApiException extends RuntimeException {

    final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
