package org.camelvzaps.model.message;

import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Media as the API hands it back: the answer of {@code chat/downloadimage|video|audio|document}
 * ({@code {mimetype, data}}) and of {@code user/avatar} ({@code {base64, mimetype}}). The content is a base64 data
 * URL ({@code data:image/jpeg;base64,...}) or bare base64; {@link #bytes()} decodes either.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MediaDownload(
        @JsonProperty("mimetype") @JsonAlias("mime_type") String mimetype,
        @JsonProperty("data") @JsonAlias("base64") String data) {

    private static final String DATA_URL_PREFIX = "data:";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * The MIME type: the {@code mimetype} field, else the one the data URL names, else null.
     */
    public String mimeType() {
        if (mimetype != null && !mimetype.isBlank()) {
            return mimetype;
        }
        String text = data == null ? "" : data.strip();
        int comma = text.indexOf(',');
        if (!isDataUrl(text) || comma < 0) {
            return null;
        }
        String type = text.substring(DATA_URL_PREFIX.length(), comma).split(";", 2)[0];
        return type.isBlank() ? null : type;
    }

    /**
     * The decoded content.
     *
     * @throws IllegalArgumentException when there is no content, or it is neither a base64 data URL
     *                                  ({@code data:<mime>;base64,...}) nor bare base64
     */
    public byte[] bytes() {
        String text = data == null ? "" : data.strip();
        String base64 = text;
        if (isDataUrl(text)) {
            int comma = text.indexOf(',');
            if (comma < 0 || !text.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                throw new IllegalArgumentException("The media is a data URL that is not base64-encoded (expected "
                        + "data:<mime>;base64,...): " + preview(text));
            }
            base64 = text.substring(comma + 1);
        }
        base64 = WHITESPACE.matcher(base64).replaceAll("");
        if (base64.isEmpty()) {
            throw new IllegalArgumentException("The media answer carries no content (expected 'data' or 'base64')");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The media is neither a data URL (data:<mime>;base64,...) nor base64 ("
                    + e.getMessage() + "): " + preview(text), e);
        }
    }

    /** The content as a data URL, e.g. to send it on with {@link SendImageRequest}; null when there is none. */
    public String toDataUrl() {
        if (data == null || data.isBlank()) {
            return null;
        }
        String text = data.strip();
        if (isDataUrl(text)) {
            return text;
        }
        String type = mimeType();
        return DATA_URL_PREFIX + (type == null ? "application/octet-stream" : type) + ";base64," + text;
    }

    private static boolean isDataUrl(String text) {
        return text.regionMatches(true, 0, DATA_URL_PREFIX, 0, DATA_URL_PREFIX.length());
    }

    private static String preview(String text) {
        return text.length() <= 40 ? "'" + text + "'"
                : "'" + text.substring(0, 40) + "...' (" + text.length() + " chars)";
    }

    @Override
    public String toString() {
        return "MediaDownload[mimetype=" + mimetype + ", data=" + (data == null ? 0 : data.length()) + " chars]";
    }
}
