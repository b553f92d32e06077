package org.camelvzaps.examples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import com.google.zxing.EncodeHintType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The art shows exactly the modules of the QR code in the picture, whatever the picture's scale and margin. */
class QrTerminalArtTest {

    @Test
    void artIsTheModuleGridOfThePicture() throws Exception {
        String content = "2@sandbox-pairing-ref,abcdefghijklmnop,qrstuvwxyz0123456789==";
        Map<EncodeHintType, Object> hints = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.L,
                EncodeHintType.MARGIN, 4);
        QRCode code = Encoder.encode(content, ErrorCorrectionLevel.L, hints);
        int size = code.getMatrix().getWidth();

        for (int scale : List.of(4, 7)) {
            BitMatrix picture = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size * scale + 40,
                    size * scale + 40, hints);
            BufferedImage image = MatrixToImageWriter.toBufferedImage(picture);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);

            BitMatrix modules = QrTerminalArt.modules(png.toByteArray());
            assertEquals(size, modules.getWidth());
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    assertEquals(code.getMatrix().get(x, y) == 1, modules.get(x, y), "module " + x + "," + y);
                }
            }
            assertEquals(QrTerminalArt.render(modules), QrTerminalArt.render(png.toByteArray()));
            assertEquals(modules, parseArt(QrTerminalArt.render(modules), size));
        }
    }

    /**
     * Codes like the sandbox's (264 px, margin 2, random pairing content), including ones whose finder patterns
     * ZXing's detector does not find (the first content below is one): every one is read module for module.
     */
    @Test
    void everySandboxLikeCodeIsRead() throws Exception {
        List<String> contents = new java.util.ArrayList<>(List.of(
                "2@2nTAubYKL/n0fMdpWIIJrG1/8tr3+qzwcre7fDLY7qDGIWjP,IGKpiNx9B7X6whhAm8GbGLes02dsLklJKHQLQo+6vfU=,"
                        + "Vz6SS8E/9LA5XrXXtmixm+iD4l8DuQM/CrSM2VjXcf4=,EHXriEqImQRqCTXJ9RdMs+k4ss9AW9JT6eiFyYmFuW0="));
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 200; i++) {
            contents.add("2@" + base64(random, 36) + "," + base64(random, 32) + "," + base64(random, 32) + ","
                    + base64(random, 32));
        }
        for (String content : contents) {
            BitMatrix picture = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 264, 264,
                    Map.of(EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(MatrixToImageWriter.toBufferedImage(picture), "png", png);
            QRCode code = Encoder.encode(content, ErrorCorrectionLevel.L, Map.of(EncodeHintType.MARGIN, 2));

            BitMatrix modules = QrTerminalArt.modules(png.toByteArray());
            int size = code.getMatrix().getWidth();
            assertEquals(size, modules.getWidth(), content);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    assertEquals(code.getMatrix().get(x, y) == 1, modules.get(x, y), content + " module " + x + "," + y);
                }
            }
        }
    }

    private static String base64(java.util.Random random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return java.util.Base64.getEncoder().encodeToString(value);
    }

    /** Reads the art back: two module rows per line, a quiet zone of 2, drawn = light. */
    private static BitMatrix parseArt(String art, int size) {
        BitMatrix dark = new BitMatrix(size);
        List<String> lines = art.lines().toList();
        assertEquals((size + 4 + 1) / 2, lines.size());
        for (int y = -2; y < size + 2; y++) {
            String line = lines.get((y + 2) / 2);
            assertEquals(size + 4, line.length());
            for (int x = -2; x < size + 2; x++) {
                char c = line.charAt(x + 2);
                boolean top = (y + 2) % 2 == 0;
                boolean light = c == '█' || (top ? c == '▀' : c == '▄');
                if (x >= 0 && y >= 0 && x < size && y < size && !light) {
                    dark.set(x, y);
                }
            }
        }
        return dark;
    }
}
