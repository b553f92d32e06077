package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/audio}. {@code audio} is a public URL or a base64 data URL; {@code ptt=true} sends
 * it as a voice note (push-to-talk) instead of an audio file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendAudioRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("audio") String audio,
        @JsonProperty("ptt") Boolean ptt,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendAudioRequest> {

    public SendAudioRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendAudioRequest of(String phone, String audio) {
        return new SendAudioRequest(phone, audio, null, SendOptions.NONE);
    }

    /** An audio sent as a voice note ({@code ptt=true}). */
    public static SendAudioRequest voiceNote(String phone, String audio) {
        return of(phone, audio).withPtt(Boolean.TRUE);
    }

    public SendAudioRequest withPhone(String value) {
        return new SendAudioRequest(value, audio, ptt, sendOptions);
    }

    public SendAudioRequest withPtt(Boolean value) {
        return new SendAudioRequest(phone, audio, value, sendOptions);
    }

    @Override
    public SendAudioRequest withSendOptions(SendOptions value) {
        return new SendAudioRequest(phone, audio, ptt, value);
    }
}
