package org.camelvzaps.examples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.detector.Detector;

/**
 * Renders the QR code of a PNG (as the VZaps API sends it) as terminal text art. ZXing finds the code in the
 * picture and samples its module grid, so the art shows exactly the code of the picture, whatever its scale or
 * margin: the same code works against the sandbox and the real API.
 * <p>
 * Two module rows per text line with half-block characters. Light modules (and the quiet zone) are drawn, dark
 * ones left blank, which reads correctly on the usual dark-background terminal.
 */
public final class QrTerminalArt {

    private static final int QUIET_ZONE = 2;

    private QrTerminalArt() {
    }

    /** The module grid of the QR code in the PNG: {@code get(x, y)} is true for a dark module. */
    public static BitMatrix modules(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("not a readable image");
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new Detector(bitmap.getBlackMatrix()).detect(Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getBits();
        } catch (NotFoundException | FormatException e) {
            throw new IOException("no QR code found in the image", e);
        }
    }

    /** The text art of the QR code in the PNG. */
    public static String render(byte[] png) throws IOException {
        return render(modules(png));
    }

    public static String render(BitMatrix modules) {
        int size = modules.getWidth();
        int from = -QUIET_ZONE;
        int to = size + QUIET_ZONE;
        StringBuilder art = new StringBuilder();
        for (int y = from; y < to; y += 2) {
            for (int x = from; x < to; x++) {
                boolean top = light(modules, x, y);
                boolean bottom = y + 1 < to && light(modules, x, y + 1);
                art.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            art.append('\n');
        }
        return art.toString();
    }

    private static boolean light(BitMatrix modules, int x, int y) {
        boolean inside = x >= 0 && y >= 0 && x < modules.getWidth() && y < modules.getHeight();
        return !inside || !modules.get(x, y);
    }
}
