package org.camelvzaps.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * A JSON request body whose one media string is written by {@link StreamedDataUrl} while the body is sent: the JSON
 * around it (a few hundred bytes) is kept, the media is encoded from its source in small buffers. Repeatable, so
 * retries send it again; its length is known, so it goes with {@code Content-Length}, not chunked.
 */
final class StreamedJsonEntity extends AbstractHttpEntity {

    private final byte[] before;
    private final StreamedDataUrl media;
    private final byte[] after;

    StreamedJsonEntity(byte[] json, StreamedDataUrl media) {
        super(ContentType.APPLICATION_JSON, null);
        byte[] marker = media.placeholder().getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(json, marker);
        if (at < 0) {
            throw new IllegalStateException("media placeholder missing from the request JSON");
        }
        this.before = Arrays.copyOfRange(json, 0, at);
        this.after = Arrays.copyOfRange(json, at + marker.length, json.length);
        this.media = media;
    }

    @Override
    public long getContentLength() {
        return before.length + media.encodedLength() + after.length;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        out.write(before);
        media.writeTo(out);
        out.write(after);
        out.flush();
    }

    @Override
    public InputStream getContent() {
        throw new UnsupportedOperationException("a streamed media body is only written, see writeTo");
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
        // nothing held open: the source is opened and closed by each writeTo
    }

    private static int indexOf(byte[] data, byte[] marker) {
        outer:
        for (int i = 0; i <= data.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (data[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
