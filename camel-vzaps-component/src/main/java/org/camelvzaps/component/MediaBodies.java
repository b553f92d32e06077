package org.camelvzaps.component;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.camelvzaps.client.Json;
import org.camelvzaps.client.OperationSpec.Media;
import org.camelvzaps.client.StreamedDataUrl;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsOperation;

/**
 * Media sends from binary bodies: a {@code byte[]}, {@code InputStream}, {@code File}, {@code Path} or Camel
 * {@code GenericFile} body becomes a base64 data URL in the operation's media field, so
 * {@code from("file:outbox").to("vzaps:sendDocument")} works without a processor. The size is checked against
 * WhatsApp's limit before anything is encoded; the MIME type comes from {@code CamelVZapsMimeType} or
 * {@code Content-Type}, else the file name, else the content's first bytes.
 */
final class MediaBodies {

    private static final int SNIFF_BYTES = 4096;
    /** type/subtype in RFC 6838 characters: it goes into the data URL, and so into a JSON string, as it is. */
    private static final Pattern MIME_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*");

    private MediaBodies() {
    }

    static boolean isBinary(Object body) {
        return body instanceof byte[] || body instanceof InputStream || body instanceof File || body instanceof Path
               || body instanceof GenericFile<?>;
    }

    /**
     * The request {@code {<field>: "data:<mime>;base64,...", <file name field>: name}} for a binary body. The data URL
     * is a {@link StreamedDataUrl}: encoded from the file or bytes while the request is sent, never built as text.
     */
    static ObjectNode toRequest(VZapsOperation op, Media media, Object body, Exchange exchange) {
        Content content = read(op, media, body, null);
        String mime = mimeType(op, media, exchange, content);
        ObjectNode request = Json.mapper().createObjectNode();
        request.putPOJO(media.field(), content.file() != null ? StreamedDataUrl.ofFile(mime, content.file(), content.size())
                : StreamedDataUrl.ofBytes(mime, content.bytes()));
        if (media.fileNameField() != null && content.fileName() != null) {
            request.put(media.fileNameField(), content.fileName());
        }
        return request;
    }

    /**
     * The request as a tree to add fields to. The media request {@link #toRequest} built is used as it is: a copy
     * would write its streamed data URL out as text.
     */
    static JsonNode treeOf(Object request) {
        return StreamedDataUrl.in(request) != null ? (JsonNode) request : Json.mapper().valueToTree(request);
    }

    /** Fills the caption from {@code CamelVZapsCaption} and the file name from {@code CamelFileName} when absent. */
    static Object withHeaderFields(Media media, Object request, Exchange exchange) {
        String caption = media.captionField() == null ? null
                : exchange.getMessage().getHeader(VZapsConstants.CAPTION, String.class);
        String fileName = media.fileNameField() == null ? null
                : lastSegment(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class));
        if (caption == null && fileName == null) {
            return request;
        }
        JsonNode tree = treeOf(request);
        if (!(tree instanceof ObjectNode node)) {
            return request;
        }
        if (caption != null && !node.hasNonNull(media.captionField())) {
            node.put(media.captionField(), caption);
        }
        if (fileName != null && !node.hasNonNull(media.fileNameField())) {
            node.put(media.fileNameField(), fileName);
        }
        return node;
    }

    /** The media to send: a file read while sending, or bytes; {@code head} is its start, to tell the type. */
    private record Content(Path file, byte[] bytes, long size, byte[] head, String fileName) {

        static Content ofBytes(byte[] bytes, String fileName) {
            return new Content(null, bytes, bytes.length,
                    bytes.length <= SNIFF_BYTES ? bytes : Arrays.copyOf(bytes, SNIFF_BYTES), fileName);
        }
    }

    private static Content read(VZapsOperation op, Media media, Object body, String fileName) {
        try {
            if (body instanceof GenericFile<?> file) {
                String name = file.getFileNameOnly();
                return file.getFile() instanceof File local ? read(op, media, local, name)
                        : read(op, media, file.getBody(), name);
            }
            if (body instanceof File file) {
                return read(op, media, file.toPath(), fileName);
            }
            if (body instanceof Path path) {
                long size = Files.size(path);
                checkSize(op, media, size);
                byte[] head;
                try (InputStream in = Files.newInputStream(path)) {
                    head = in.readNBytes(SNIFF_BYTES);
                }
                return new Content(path, null, size, head, fileName != null ? fileName : path.getFileName().toString());
            }
            if (body instanceof byte[] bytes) {
                checkSize(op, media, bytes.length);
                return Content.ofBytes(bytes, fileName);
            }
            if (body instanceof InputStream in) {
                try (in) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, media.maxBytes() + 1));
                    checkSize(op, media, bytes.length);
                    return Content.ofBytes(bytes, fileName);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("vzaps:" + op + " could not read the " + media.field() + " to send: "
                    + e.getMessage(), e);
        }
        throw new VZapsConfigurationException("vzaps:" + op + " cannot send a " + media.field() + " from a body of type "
                + (body == null ? "null" : body.getClass().getName()));
    }

    private static void checkSize(VZapsOperation op, Media media, long size) {
        if (size > media.maxBytes()) {
            throw new VZapsConfigurationException(String.format(Locale.ROOT,
                    "vzaps:%s: the %s is larger than the %d MB WhatsApp accepts for it (%.1f MB); send a smaller file%s",
                    op, media.field(), media.maxBytes() / (1024 * 1024), size / (1024.0 * 1024.0),
                    "document".equals(media.field()) ? "" : ", or send it with sendDocument (up to "
                            + VZapsOperation.Limits.DOCUMENT / (1024 * 1024) + " MB)"));
        }
        if (size == 0) {
            throw new VZapsConfigurationException("vzaps:" + op + ": the " + media.field() + " to send is empty");
        }
    }

    private static String mimeType(VZapsOperation op, Media media, Exchange exchange, Content content) {
        String given = exchange.getMessage().getHeader(VZapsConstants.MIME_TYPE, String.class);
        if (given == null) {
            given = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
            // the Content-Type of the HTTP request that started the route says nothing about the media
            if (given != null && (given.startsWith("application/json") || given.startsWith("application/octet-stream"))) {
                given = null;
            }
        }
        if (given != null && !given.isBlank()) {
            int parameters = given.indexOf(';');
            String mime = (parameters < 0 ? given : given.substring(0, parameters)).trim();
            if (!MIME_TYPE.matcher(mime).matches()) {
                throw new VZapsConfigurationException("vzaps:" + op + ": '" + mime + "' is not a MIME type (type/subtype, "
                        + "e.g. image/jpeg): fix the " + VZapsConstants.MIME_TYPE + " or Content-Type header");
            }
            return mime;
        }
        String fromName = MediaTypes.fromFileName(content.fileName() != null ? content.fileName()
                : lastSegment(exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class)));
        if (fromName != null) {
            return fromName;
        }
        String sniffed = MediaTypes.fromContent(content.head());
        if (sniffed != null) {
            return sniffed;
        }
        throw new VZapsConfigurationException("vzaps:" + op + " cannot tell the MIME type of the " + media.field()
                + ": set the " + VZapsConstants.MIME_TYPE + " header (e.g. image/jpeg, application/pdf), or send a file "
                + "whose name has a known extension");
    }

    private static String lastSegment(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
