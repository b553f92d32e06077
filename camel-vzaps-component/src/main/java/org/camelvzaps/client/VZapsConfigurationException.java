package org.camelvzaps.client;

/**
 * A call could not be made because an option or header is missing or invalid. Raised before any HTTP call.
 */
public class VZapsConfigurationException extends VZapsException {

    public VZapsConfigurationException(String message) {
        super(message);
    }
}
