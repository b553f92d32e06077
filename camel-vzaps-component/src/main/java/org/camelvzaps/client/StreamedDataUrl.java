package org.camelvzaps.client;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;

/**
 * A media field's {@code data:<mime>;base64,...} value that is encoded while the request is written, straight from
 * the file or byte array, so a 16 MB document is never held as base64 text, a JSON string and a JSON body at once.
 * In the request tree it stands as a unique placeholder string; {@link StreamedJsonEntity} writes the encoded data in
 * its place.
 */
public final class StreamedDataUrl {

    private final String mimeType;
    private final Path file;
    private final byte[] bytes;
    private final long size;
    private final String placeholder = "vzaps-streamed-media-" + UUID.randomUUID();

    private StreamedDataUrl(String mimeType, Path file, byte[] bytes, long size) {
        this.mimeType = mimeType;
        this.file = file;
        this.bytes = bytes;
        this.size = size;
    }

    /** The file is read when the request is written (again on a retry); {@code size} is its current length. */
    public static StreamedDataUrl ofFile(String mimeType, Path file, long size) {
        return new StreamedDataUrl(mimeType, file, null, size);
    }

    public static StreamedDataUrl ofBytes(String mimeType, byte[] bytes) {
        return new StreamedDataUrl(mimeType, null, bytes, bytes.length);
    }

    /** The streamed data URL a request built by the component carries at its top level; null for any other body. */
    public static StreamedDataUrl in(Object body) {
        if (body instanceof ObjectNode node) {
            for (JsonNode value : node) {
                if (value instanceof POJONode pojo && pojo.getPojo() instanceof StreamedDataUrl media) {
                    return media;
                }
            }
        }
        return null;
    }

    /** What Jackson writes for this value: the placeholder the entity replaces. */
    @JsonValue
    public String placeholder() {
        return placeholder;
    }

    public String mimeType() {
        return mimeType;
    }

    /** Bytes of {@code data:<mime>;base64,<base64>}: the prefix plus 4 characters per started 3 bytes. */
    long encodedLength() {
        return prefix().length + 4 * ((size + 2) / 3);
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(prefix());
        // the encoder must flush its last padded group on close without closing the request stream
        try (InputStream in = open(); OutputStream base64 = Base64.getEncoder().wrap(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        })) {
            long copied = in.transferTo(base64);
            if (copied != size) {
                throw new IOException("the media changed while it was being sent (" + size + " bytes expected, "
                        + copied + " read)");
            }
        }
    }

    private InputStream open() throws IOException {
        return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
    }

    private byte[] prefix() {
        return ("data:" + mimeType + ";base64,").getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "data:" + mimeType + ";base64,<" + size + " bytes>";
    }
}
