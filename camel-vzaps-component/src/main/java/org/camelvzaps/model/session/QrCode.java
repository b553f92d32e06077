package org.camelvzaps.model.session;

import java.util.Base64;

/**
 * A pairing QR code as the API sends it: a PNG data URL ({@code data:image/png;base64,...}).
 */
public record QrCode(String dataUrl) implements QrResult {

    private static final String BASE64_MARKER = ";base64,";

    @Override
    public boolean isConnected() {
        return false;
    }

    /** The PNG image bytes (the data URL decoded); a bare base64 string is accepted too. */
    public byte[] toPng() {
        if (dataUrl == null || dataUrl.isBlank()) {
            throw new IllegalStateException("The QR answer carried no image");
        }
        int marker = dataUrl.indexOf(BASE64_MARKER);
        String base64 = marker >= 0 ? dataUrl.substring(marker + BASE64_MARKER.length()) : dataUrl;
        return Base64.getMimeDecoder().decode(base64.trim());
    }

    @Override
    public String toString() {
        return "QrCode[" + (dataUrl == null ? 0 : dataUrl.length()) + " chars]";
    }
}
