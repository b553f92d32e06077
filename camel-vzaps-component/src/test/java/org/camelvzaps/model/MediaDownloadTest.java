package org.camelvzaps.model;

import java.nio.charset.StandardCharsets;

import org.camelvzaps.client.Json;
import org.camelvzaps.model.message.MediaDownload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The media answers (chat/download*, user/avatar) decode to the bytes a route writes to a file.
 */
class MediaDownloadTest {

    private static final byte[] HELLO = "hello media".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            image/jpeg | data:image/jpeg;base64,aGVsbG8gbWVkaWE= | image/jpeg
                       | data:image/png;base64,aGVsbG8gbWVkaWE=  | image/png
                       | DATA:image/png;name=a.png;BASE64,aGVsbG8gbWVkaWE= | image/png
            audio/ogg  | aGVsbG8gbWVkaWE=                         | audio/ogg
                       | aGVsbG8gbWVkaWE=                         |
                       | aGVsbG8gbWVkaWE                          |
                       | '  aGVsbG8g\nbWVkaWE=\n '                |
            """)
    void decodesDataUrlsAndBareBase64(String mimetype, String data, String expectedMimeType) {
        MediaDownload media = new MediaDownload(mimetype, data.replace("\\n", "\n"));
        assertArrayEquals(HELLO, media.bytes());
        assertEquals(expectedMimeType, media.mimeType());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "data:image/png;base64,", "not base64 at all!", "aGVsbG8=garbage%%", "a",
            "data:text/plain,hello media", "data:image/png;base64,@@@@"})
    void rejectsWhatIsNotBase64WithAClearMessage(String data) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MediaDownload("image/png", data).bytes());
        assertTrue(e.getMessage().contains("base64"), e.getMessage());
    }

    @Test
    void longGarbageIsCutInTheMessage() {
        String garbage = "!".repeat(10_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MediaDownload(null, garbage).bytes());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        assertFalse(new MediaDownload(null, garbage).toString().contains("!!!"), "toString does not dump the content");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{'mimetype':'image/jpeg','data':'data:image/jpeg;base64,aGVsbG8gbWVkaWE='}",
            "{'base64':'aGVsbG8gbWVkaWE=','mimetype':'image/jpeg'}",
            "{'data':'aGVsbG8gbWVkaWE=','mime_type':'image/jpeg','size':11}"})
    void readsDownloadAndAvatarAnswers(String json) throws Exception {
        MediaDownload media = Json.mapper().treeToValue(Wire.json(json), MediaDownload.class);
        assertEquals("image/jpeg", media.mimeType());
        assertArrayEquals(HELLO, media.bytes());
        assertEquals("data:image/jpeg;base64,aGVsbG8gbWVkaWE=", media.toDataUrl());
    }

    @Test
    void noContentHasNoDataUrlOrMimeType() {
        assertNull(new MediaDownload(null, null).toDataUrl());
        assertNull(new MediaDownload(null, "aGVsbG8=").mimeType());
        assertEquals("data:application/octet-stream;base64,aGVsbG8=", new MediaDownload(null, "aGVsbG8=").toDataUrl());
    }
}
