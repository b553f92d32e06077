package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * One media file of a message: the bytes (null when the file was given as a URL the sandbox does not fetch) and the
 * WhatsApp-style keys its media node carries.
 */
final class Media {

    final String id;
    final String instanceId;
    /** image, video, audio, document or sticker (gif is a video). */
    final String kind;
    final String mimetype;
    final String fileName;
    final byte[] bytes;
    /** For media given by URL: that URL (the message event's media_url); else null. */
    final String sourceUrl;
    final String mediaKey;
    final String directPath;
    final String cdnUrl;

    Media(String instanceId, String kind, String mimetype, String fileName, byte[] bytes, String sourceUrl) {
        this.id = "med_" + Ids.hex(20);
        this.instanceId = instanceId;
        this.kind = kind;
        this.mimetype = mimetype;
        this.fileName = fileName;
        this.bytes = bytes;
        this.sourceUrl = sourceUrl;
        this.mediaKey = Ids.base64(32);
        this.directPath = "/v/t62.7118-24/" + Ids.digits(8) + "_" + Ids.digits(16) + "_n.enc?ccb=11-4&oh=" + Ids.hex(32);
        this.cdnUrl = "https://mmg.whatsapp.net" + directPath + "&mms3=true";
    }

    boolean stored() {
        return bytes != null;
    }

    /** The media node of the message (without caption): url, direct_path, media_key, mimetype, hashes, length. */
    ObjectNode node() {
        ObjectNode n = Json.object();
        n.put("url", cdnUrl);
        n.put("direct_path", directPath);
        n.put("media_key", mediaKey);
        n.put("mimetype", mimetype);
        n.put("file_enc_sha256", sha256(mediaKey.getBytes(StandardCharsets.US_ASCII)));
        n.put("file_sha256", stored() ? sha256(bytes) : sha256(sourceUrl.getBytes(StandardCharsets.UTF_8)));
        n.put("file_length", stored() ? bytes.length : 0);
        if (fileName != null) {
            n.put("file_name", fileName);
        }
        return n;
    }

    private static String sha256(byte[] data) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
