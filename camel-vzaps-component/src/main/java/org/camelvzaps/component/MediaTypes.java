package org.camelvzaps.component;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the MIME type of media to send: from a file name's extension, else from the content's first bytes, for the
 * types WhatsApp takes (JPEG, PNG, WebP, GIF, MP4, 3GP, OGG/Opus, MP3, AAC, PDF, DOCX/XLSX/PPTX/ZIP).
 */
final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"),
            Map.entry("mp4", "video/mp4"), Map.entry("3gp", "video/3gpp"), Map.entry("mov", "video/quicktime"),
            Map.entry("ogg", "audio/ogg"), Map.entry("opus", "audio/ogg"), Map.entry("oga", "audio/ogg"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("aac", "audio/aac"), Map.entry("m4a", "audio/mp4"),
            Map.entry("amr", "audio/amr"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("zip", "application/zip"));

    private MediaTypes() {
    }

    /** The MIME type for a file name's extension, or null. */
    static String fromFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The MIME type the content's first bytes (a few KB are enough) show, or null. */
    static String fromContent(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (startsWith(head, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
            return startsWith(head, 8, '3', 'g') ? "video/3gpp" : startsWith(head, 8, 'M', '4', 'A') ? "audio/mp4"
                    : "video/mp4";
        }
        if (startsWith(head, 0, 'O', 'g', 'g', 'S')) {
            return "audio/ogg";
        }
        if (startsWith(head, 0, 'I', 'D', '3')) {
            return "audio/mpeg";
        }
        if (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xF6) == 0xF0) {
            return "audio/aac"; // ADTS frame: sync word, layer 00
        }
        if (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0 && (head[1] & 0x06) != 0) {
            return "audio/mpeg"; // MPEG audio frame without an ID3 tag
        }
        if (startsWith(head, 0, '%', 'P', 'D', 'F')) {
            return "application/pdf";
        }
        if (startsWith(head, 0, 'P', 'K', 3, 4)) {
            return officeType(head);
        }
        return null;
    }

    /** OOXML documents are ZIP files whose first entries live under word/, xl/ or ppt/. */
    private static String officeType(byte[] head) {
        String names = new String(head, StandardCharsets.ISO_8859_1);
        if (names.contains("word/")) {
            return BY_EXTENSION.get("docx");
        }
        if (names.contains("xl/")) {
            return BY_EXTENSION.get("xlsx");
        }
        if (names.contains("ppt/")) {
            return BY_EXTENSION.get("pptx");
        }
        return "application/zip";
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
