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
        BitMatrix pixels;
        try {
            pixels = bitmap.getBlackMatrix();
        } catch (NotFoundException e) {
            throw new IOException("no QR code found in the image", e);
        }
        BitMatrix straight = straightCode(pixels);
        if (straight != null) {
            return straight;
        }
        // a photographed or skewed code: ZXing's finder-pattern search (it misses, or misreads, about one upright
        // code in a hundred, which is why upright codes are read off their pixel grid above)
        try {
            return new Detector(pixels).detect(Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getBits();
        } catch (NotFoundException | FormatException e) {
            throw new IOException("no QR code found in the image", e);
        }
    }

    /**
     * The modules of an upright, unskewed code: the top-left dark pixel starts the top-left finder pattern, whose
     * outer ring is one module wide, so the dark run along its diagonal is the module size in pixels; the code's
     * width in modules follows from its extent. Null when the picture does not look like such a code.
     */
    static BitMatrix straightCode(BitMatrix pixels) {
        int[] topLeft = pixels.getTopLeftOnBit();
        int[] bottomRight = pixels.getBottomRightOnBit();
        if (topLeft == null || bottomRight == null) {
            return null;
        }
        int x = topLeft[0];
        int y = topLeft[1];
        while (x < pixels.getWidth() && y < pixels.getHeight() && pixels.get(x, y)) {
            x++;
            y++;
        }
        int moduleSize = x - topLeft[0];
        int extent = bottomRight[0] - topLeft[0] + 1;
        if (moduleSize <= 0 || extent != bottomRight[1] - topLeft[1] + 1) {
            return null;
        }
        int size = Math.round((float) extent / moduleSize);
        if (size < 21 || (size - 17) % 4 != 0) {
            return null; // QR codes are 21, 25, ... 177 modules wide
        }
        BitMatrix modules = new BitMatrix(size);
        for (int row = 0; row < size; row++) {
            int py = topLeft[1] + row * moduleSize + moduleSize / 2;
            for (int column = 0; column < size; column++) {
                if (pixels.get(topLeft[0] + column * moduleSize + moduleSize / 2, py)) {
                    modules.set(column, row);
                }
            }
        }
        boolean finders = finderAt(modules, 0, 0) && finderAt(modules, size - 7, 0) && finderAt(modules, 0, size - 7);
        return finders ? modules : null;
    }

    /** True when the 7×7 modules from (left, top) are a finder pattern: dark ring, light ring, dark 3×3 centre. */
    private static boolean finderAt(BitMatrix modules, int left, int top) {
        for (int dy = 0; dy < 7; dy++) {
            for (int dx = 0; dx < 7; dx++) {
                int ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
                if (modules.get(left + dx, top + dy) != (ring != 2)) {
                    return false;
                }
            }
        }
        return true;
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
