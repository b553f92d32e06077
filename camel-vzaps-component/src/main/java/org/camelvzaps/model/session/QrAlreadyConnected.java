package org.camelvzaps.model.session;

/**
 * The QR call's answer when the instance is already paired: {@code data.status} and {@code data.phone}.
 */
public record QrAlreadyConnected(String status, String phone) implements QrResult {

    @Override
    public boolean isConnected() {
        return true;
    }
}
