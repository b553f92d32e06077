package org.camelvzaps.model.session;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Answer of {@code GET /instances/{id}/session/qr}: either a {@link QrCode} to scan, or
 * {@link QrAlreadyConnected} when the instance is paired already (a state, not an error).
 */
@JsonDeserialize(using = QrResultDeserializer.class)
public sealed interface QrResult permits QrCode, QrAlreadyConnected {

    /** True when the instance is paired and there is no QR code to show. */
    boolean isConnected();
}
