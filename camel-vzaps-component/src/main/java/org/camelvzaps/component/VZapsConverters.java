package org.camelvzaps.component;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.apache.camel.Converter;
import org.camelvzaps.model.message.MediaDownload;
import org.camelvzaps.model.session.QrCode;

/**
 * Type converters: a QR answer becomes PNG bytes, so {@code .to("vzaps:getQr").to("file:qr")} writes a picture, and
 * a downloaded media or avatar its decoded bytes, so {@code .to("vzaps:downloadImage").to("file:inbox")} writes it.
 */
@Converter(generateLoader = true)
public final class VZapsConverters {

    private VZapsConverters() {
    }

    @Converter
    public static byte[] toPng(QrCode qr) {
        return qr.toPng();
    }

    @Converter
    public static InputStream toPngStream(QrCode qr) {
        return new ByteArrayInputStream(qr.toPng());
    }

    @Converter
    public static byte[] toBytes(MediaDownload media) {
        return media.bytes();
    }

    @Converter
    public static InputStream toStream(MediaDownload media) {
        return new ByteArrayInputStream(media.bytes());
    }
}
