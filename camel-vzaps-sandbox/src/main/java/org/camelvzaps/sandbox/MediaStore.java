package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The media files of all messages: decoded from base64 data URLs (kept) or referenced by http(s) URL (not fetched);
 * served back under {@code /__sandbox/media/{mediaId}} and found again from a media node for chat/download*. The
 * bytes kept are capped ({@link #MAX_BYTES}): past it the oldest files expire (404), as media does on WhatsApp's CDN,
 * so long runs with large sends do not fill the heap.
 */
final class MediaStore {

    static final String PATH = "/__sandbox/media/";
    static final long MAX_BYTES = 128L * 1024 * 1024;
    private static final Pattern DATA_URL = Pattern.compile("data:([\\w.+-]+/[\\w.+-]+)?((?:;[\\w-]+=[^;,]*)*);base64,(.*)",
            Pattern.DOTALL);

    /** In arrival order, so the oldest expire first. */
    private final Map<String, Media> byId = new LinkedHashMap<>();
    private long storedBytes;
    private final Supplier<String> baseUrl;

    MediaStore(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The media of a send field: a base64 data URL (decoded and stored) or an http(s) URL (kept as a reference); 400
     * for anything else. The MIME type comes from the data URL, else from the file name, else the kind's default.
     */
    Media accept(String instanceId, String kind, String field, String value, String fileName, String defaultMime) {
        Matcher m = DATA_URL.matcher(value);
        Media media;
        if (m.matches()) {
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(m.group(3));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, field + " is not valid base64");
            }
            if (bytes.length == 0) {
                throw new ApiException(400, field + " is empty");
            }
            String mime = m.group(1) != null ? m.group(1) : guessMime(fileName, defaultMime);
            media = new Media(instanceId, kind, mime, fileName, bytes, null);
        } else if (isHttpUrl(value)) {
            media = new Media(instanceId, kind, guessMime(fileName != null ? fileName : value, defaultMime), fileName,
                    null, value);
        } else {
            throw new ApiException(400, field + " must be a base64 data URL (data:<mime>;base64,...) or an http(s) URL");
        }
        return keep(media);
    }

    /** Stores bytes the sandbox itself receives (simulated inbound media). */
    Media store(String instanceId, String kind, byte[] bytes, String mimetype, String fileName) {
        return keep(new Media(instanceId, kind, mimetype, fileName, bytes.clone(), null));
    }

    private synchronized Media keep(Media media) {
        byId.put(media.id, media);
        storedBytes += media.stored() ? media.bytes.length : 0;
        for (Iterator<Media> oldest = byId.values().iterator(); storedBytes > MAX_BYTES && oldest.hasNext(); ) {
            Media m = oldest.next();
            if (m != media) {
                oldest.remove();
                storedBytes -= m.stored() ? m.bytes.length : 0;
            }
        }
        return media;
    }

    synchronized Optional<Media> find(String mediaId) {
        return Optional.ofNullable(byId.get(mediaId));
    }

    /** The media of this instance a media node designates, by media_key, else direct_path, else url. */
    synchronized Optional<Media> match(String instanceId, JsonNode node) {
        for (String key : new String[]{"media_key", "direct_path", "url"}) {
            String value = node.path(key).asText("");
            if (value.isEmpty()) {
                continue;
            }
            Optional<Media> found = byId.values().stream()
                    .filter(m -> m.instanceId.equals(instanceId))
                    .filter(m -> value.equals(switch (key) {
                        case "media_key" -> m.mediaKey;
                        case "direct_path" -> m.directPath;
                        default -> m.cdnUrl;
                    }) || value.equals(m.sourceUrl) || value.equals(url(m)))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The message event's media_url: the sandbox's own URL for stored bytes, the original URL otherwise. */
    String url(Media media) {
        return media.stored() ? baseUrl.get() + PATH + media.id : media.sourceUrl;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String guessMime(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String n = name.toLowerCase(Locale.ROOT);
        int q = n.indexOf('?');
        n = q < 0 ? n : n.substring(0, q);
        for (String[] e : EXTENSIONS) {
            if (n.endsWith(e[0])) {
                return e[1];
            }
        }
        return fallback;
    }

    private static final String[][] EXTENSIONS = {
            {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"}, {".png", "image/png"}, {".webp", "image/webp"},
            {".gif", "image/gif"}, {".mp4", "video/mp4"}, {".3gp", "video/3gpp"}, {".ogg", "audio/ogg"},
            {".opus", "audio/ogg"}, {".mp3", "audio/mpeg"}, {".m4a", "audio/mp4"}, {".pdf", "application/pdf"},
            {".txt", "text/plain"}, {".csv", "text/csv"}, {".zip", "application/zip"},
            {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}};
}
