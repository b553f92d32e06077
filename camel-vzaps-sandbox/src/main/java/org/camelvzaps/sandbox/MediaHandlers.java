package org.camelvzaps.sandbox;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.camelvzaps.sandbox.Route.Auth.JWT_OR_INSTANCE;
import static org.camelvzaps.sandbox.Route.Auth.NONE;

/**
 * Media files: chat/download&lt;kind&gt; answers the bytes of a media node the sandbox emitted, as a data URL; the
 * media_url of events ({@code /__sandbox/media/{mediaId}}) answers the raw bytes.
 */
final class MediaHandlers implements SandboxArea {

    /** download endpoint → the media kinds it serves. */
    private static final Map<String, List<String>> DOWNLOADS = Map.of(
            "downloadimage", List.of("image", "sticker"), "downloadvideo", List.of("video"),
            "downloadaudio", List.of("audio"), "downloaddocument", List.of("document"));

    private final MediaStore media;

    MediaHandlers(MediaStore media) {
        this.media = media;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        for (String endpoint : List.of("downloadimage", "downloadvideo", "downloadaudio", "downloaddocument")) {
            routes.add("POST", "/instances/{id}/chat/" + endpoint, JWT_OR_INSTANCE, req -> download(endpoint, req));
        }
        routes.add("GET", MediaStore.PATH + "{mediaId}", NONE, this::file);
    }

    /** Body: the media node (media_key, direct_path or url identifies it); answers {mimetype, data}. */
    private ApiResponse download(String endpoint, ApiRequest req) {
        Instance instance = req.connectedInstance();
        Media m = media.match(instance.id, req.body())
                .orElseThrow(() -> new ApiException(404, "no media of this instance matches media_key, direct_path or url"));
        if (!DOWNLOADS.get(endpoint).contains(m.kind)) {
            throw new ApiException(400, "media kind is " + m.kind + "; " + endpoint + " serves "
                    + String.join(", ", DOWNLOADS.get(endpoint)));
        }
        if (!m.stored()) {
            throw new ApiException(404, "media was sent as a URL the sandbox does not fetch: " + m.sourceUrl);
        }
        String data = "data:" + m.mimetype + ";base64," + Base64.getEncoder().encodeToString(m.bytes);
        return ApiResponse.envelope(Json.object().put("mimetype", m.mimetype).put("data", data));
    }

    private ApiResponse file(ApiRequest req) {
        Media m = media.find(req.param("mediaId")).filter(Media::stored)
                .orElseThrow(() -> new ApiException(404, "media not found: " + req.param("mediaId")));
        return ApiResponse.bytes(m.bytes, m.mimetype);
    }
}
