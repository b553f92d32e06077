package org.camelvzaps.client;

/**
 * Base of every error raised by the VZaps client. Messages never contain credentials.
 */
public class VZapsException extends RuntimeException {

    private int attempts = 1;

    public VZapsException(String message) {
        super(message);
    }

    public VZapsException(String message, Throwable cause) {
        super(message, cause);
    }

    /** How many times the call was tried before this failure (more than 1 with maxRetries). */
    public int getAttempts() {
        return attempts;
    }

    void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    @Override
    public String getMessage() {
        return attempts > 1 ? super.getMessage() + " (after " + attempts + " attempts)" : super.getMessage();
    }
}
