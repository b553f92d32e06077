package org.camelvzaps.model.session;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads both documented QR spellings ({@code QRCode}, {@code qr_code}; also {@code QrCode}/{@code qrCode}), and the
 * already-connected shape ({@code status} or {@code pairing_status}, with {@code phone}).
 */
final class QrResultDeserializer extends StdDeserializer<QrResult> {

    private static final String[] QR_KEYS = {"QRCode", "qr_code", "QrCode", "qrCode", "qr"};
    private static final String[] STATUS_KEYS = {"status", "pairing_status"};

    QrResultDeserializer() {
        super(QrResult.class);
    }

    @Override
    public QrResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode data = p.readValueAsTree();
        String qr = firstText(data, QR_KEYS);
        if (qr != null) {
            return new QrCode(qr);
        }
        String status = firstText(data, STATUS_KEYS);
        if (status != null) {
            return new QrAlreadyConnected(status, firstText(data, "phone"));
        }
        return ctxt.reportInputMismatch(QrResult.class,
                "QR answer has neither a QR image (QRCode/qr_code) nor a status (already connected)");
    }

    private static String firstText(JsonNode data, String... keys) {
        for (String key : keys) {
            JsonNode value = data.get(key);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}
