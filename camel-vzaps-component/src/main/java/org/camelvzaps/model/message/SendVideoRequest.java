package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/video}. {@code video} is a public URL or a base64 data URL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendVideoRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("video") String video,
        @JsonProperty("caption") String caption,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendVideoRequest> {

    public SendVideoRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendVideoRequest of(String phone, String video) {
        return new SendVideoRequest(phone, video, null, SendOptions.NONE);
    }

    public SendVideoRequest withPhone(String value) {
        return new SendVideoRequest(value, video, caption, sendOptions);
    }

    public SendVideoRequest withCaption(String value) {
        return new SendVideoRequest(phone, video, value, sendOptions);
    }

    @Override
    public SendVideoRequest withSendOptions(SendOptions value) {
        return new SendVideoRequest(phone, video, caption, value);
    }
}
