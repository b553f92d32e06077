package org.camelvzaps.sandbox;

/** Secrets as the sandbox shows them: the first and last four characters, {@code ****} between. */
final class Masks {

    private Masks() {
    }

    /** {@code abcd****wxyz}; {@code ****} for values of 8 characters or fewer (too short to show a part). */
    static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        if (secret.length() <= 8) {
            return "****";
        }
        return secret.substring(0, 4) + "****" + secret.substring(secret.length() - 4);
    }
}
