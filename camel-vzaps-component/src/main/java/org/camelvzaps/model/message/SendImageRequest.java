package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/image}. {@code image} is a public URL or a base64 data URL
 * ({@code data:image/jpeg;base64,...}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendImageRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("image") String image,
        @JsonProperty("caption") String caption,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendImageRequest> {

    public SendImageRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendImageRequest of(String phone, String image) {
        return new SendImageRequest(phone, image, null, SendOptions.NONE);
    }

    public SendImageRequest withPhone(String value) {
        return new SendImageRequest(value, image, caption, sendOptions);
    }

    public SendImageRequest withCaption(String value) {
        return new SendImageRequest(phone, image, value, sendOptions);
    }

    @Override
    public SendImageRequest withSendOptions(SendOptions value) {
        return new SendImageRequest(phone, image, caption, value);
    }
}
