package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST chat/presence}: shows a chat presence to {@code phone}. {@code state} is
 * {@value #COMPOSING} (typing) or {@value #PAUSED}; {@code media} {@value #MEDIA_AUDIO} with {@value #COMPOSING}
 * shows "recording audio". The API documents no other values; any string is sent as given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendPresenceRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("state") String state,
        @JsonProperty("media") String media) {

    public static final String COMPOSING = "composing";
    public static final String PAUSED = "paused";
    public static final String MEDIA_AUDIO = "audio";

    public static SendPresenceRequest of(String phone, String state) {
        return new SendPresenceRequest(phone, state, null);
    }

    /** "typing..." */
    public static SendPresenceRequest composing(String phone) {
        return of(phone, COMPOSING);
    }

    /** "recording audio..." */
    public static SendPresenceRequest recording(String phone) {
        return new SendPresenceRequest(phone, COMPOSING, MEDIA_AUDIO);
    }

    /** Stops "typing..." / "recording...". */
    public static SendPresenceRequest paused(String phone) {
        return of(phone, PAUSED);
    }

    public SendPresenceRequest withPhone(String value) {
        return new SendPresenceRequest(value, state, media);
    }

    public SendPresenceRequest withMedia(String value) {
        return new SendPresenceRequest(phone, state, value);
    }
}
