package org.camelvzaps.consumer.realtime;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code maxBodySize} is in bytes: a realtime frame is measured by its UTF-8 length as its parts arrive, so a frame
 * of multi-byte characters is refused by the bytes it takes, not by its (smaller) number of characters.
 */
class RealtimeSessionFrameSizeTest {

    private final List<String> frames = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();

    private RealtimeSession session(long maxBytes) {
        return new RealtimeSession(new RealtimeSession.Handler() {
            @Override
            public void opened(RealtimeSession session) {
            }

            @Override
            public void frame(RealtimeSession session, String text) {
                frames.add(text);
            }

            @Override
            public void refused(RealtimeSession session, String reason) {
                refusals.add(reason);
            }

            @Override
            public void closed(RealtimeSession session, int code, String reason) {
            }

            @Override
            public void lost(RealtimeSession session, String reason) {
            }
        }, maxBytes, null);
    }

    @Test
    void aFrameIsMeasuredInUtf8BytesAcrossItsParts() {
        String accented = "é".repeat(600); // 600 characters, 1200 bytes
        RealtimeSession session = session(1000);
        session.onText(null, accented.substring(0, 300), false);
        session.onText(null, accented.substring(300), true);
        assertEquals(List.of(), frames, "1200 bytes are above maxBodySize=1000, though 600 characters are not");
        assertEquals(List.of("a frame larger than maxBodySize (1000) was refused"), refusals);

        String exact = "é".repeat(250) + "a".repeat(500); // 1000 bytes
        session.onText(null, exact.substring(0, 260), false);
        session.onText(null, exact.substring(260), true);
        assertEquals(List.of(exact), frames, "exactly maxBodySize bytes are accepted, the count starts over per frame");
    }

    @Test
    void theUtf8LengthIsTheEncodedOneEvenWithASurrogatePairSplitBetweenParts() {
        String text = "a\u00e9\u20ac\ud83d\ude00z"; // 1 + 2 + 3 + 4 + 1 bytes
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, RealtimeSession.utf8Length(text));
        assertEquals(11, RealtimeSession.utf8Length(text.substring(0, 4)) + RealtimeSession.utf8Length(text.substring(4)),
                "the pair split after its high surrogate still counts 4");
    }
}
