package org.camelvzaps.sandbox;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Real, scannable QR PNGs (ZXing) with WhatsApp-like pairing content. */
final class QrCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private QrCodes() {
    }

    /** Content shaped like a WhatsApp Web pairing QR: {@code 2@<ref>,<noise key>,<identity key>,<adv secret>}. */
    static String newContent() {
        return "2@" + b64(36) + "," + b64(32) + "," + b64(32) + "," + b64(32);
    }

    static String dataUrl(String content) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 264, 264,
                    Map.of(EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("cannot render QR code", e);
        }
    }

    private static String b64(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }
}
