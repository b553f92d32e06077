package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/sticker}. {@code sticker} is a public URL or a base64 data URL (WebP).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendStickerRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("sticker") String sticker,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendStickerRequest> {

    public SendStickerRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendStickerRequest of(String phone, String sticker) {
        return new SendStickerRequest(phone, sticker, SendOptions.NONE);
    }

    public SendStickerRequest withPhone(String value) {
        return new SendStickerRequest(value, sticker, sendOptions);
    }

    @Override
    public SendStickerRequest withSendOptions(SendOptions value) {
        return new SendStickerRequest(phone, sticker, value);
    }
}
