package org.camelvzaps.examples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * The files the message-kinds example sends and receives, made on the spot so the repository carries no binaries:
 * a PNG and a JPEG drawn with Java 2D, a WAV tone, a PDF page and a 1×1 WebP sticker. Each is a real file of its
 * format (an image viewer, player or PDF reader opens it).
 */
public final class MediaSamples {

    /**
     * The smallest lossless WebP there is (1×1 pixel), as browsers' WebP feature tests use it: Java 2D writes no WebP.
     */
    private static final String WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    private MediaSamples() {
    }

    /** A 96×96 PNG: a desert sun over dunes. */
    public static byte[] png() {
        return image(96, 96, "png", BufferedImage.TYPE_INT_ARGB);
    }

    /** A 160×120 JPEG of the same picture: what a contact's phone would send (WhatsApp sends images as JPEG). */
    public static byte[] jpeg() {
        return image(160, 120, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    /** A quarter second of a 440 Hz tone: 8 kHz, 8-bit mono PCM in a WAVE file. */
    public static byte[] wav() {
        float rate = 8000;
        byte[] samples = new byte[(int) (rate / 4)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) (Math.sin(2 * Math.PI * 440 * i / rate) * 100);
        }
        AudioFormat format = new AudioFormat(rate, 8, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(samples), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A 1×1 WebP: WhatsApp stickers are WebP. */
    public static byte[] webp() {
        return Base64.getDecoder().decode(WEBP_1X1);
    }

    /** A one-page PDF saying {@code text}, with a correct cross-reference table. */
    public static byte[] pdf(String text) {
        String content = "BT /F1 18 Tf 24 100 Td (" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] image(int width, int height, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x4A90D9), 0, height, new Color(0xFCE6B1)));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(0xF6C33B));
            int sun = height / 4;
            g.fillOval(width - sun - width / 8, height / 8, sun, sun);
            g.setColor(new Color(0xD9A25F));
            Path2D dunes = new Path2D.Double();
            dunes.moveTo(0, height * 0.7);
            dunes.curveTo(width * 0.25, height * 0.5, width * 0.45, height * 0.55, width * 0.6, height * 0.72);
            dunes.curveTo(width * 0.75, height * 0.62, width * 0.9, height * 0.6, width, height * 0.68);
            dunes.lineTo(width, height);
            dunes.lineTo(0, height);
            dunes.closePath();
            g.fill(dunes);
            g.setColor(new Color(0x8A5A2B));
            g.setStroke(new BasicStroke(Math.max(1, width / 48f)));
            g.draw(dunes);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IOException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
