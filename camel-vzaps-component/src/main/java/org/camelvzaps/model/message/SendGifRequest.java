package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/gif}. {@code gif} is a public URL or a base64 data URL (WhatsApp plays GIFs as
 * looping MP4 videos).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendGifRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("gif") String gif,
        @JsonProperty("caption") String caption,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendGifRequest> {

    public SendGifRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendGifRequest of(String phone, String gif) {
        return new SendGifRequest(phone, gif, null, SendOptions.NONE);
    }

    public SendGifRequest withPhone(String value) {
        return new SendGifRequest(value, gif, caption, sendOptions);
    }

    public SendGifRequest withCaption(String value) {
        return new SendGifRequest(phone, gif, value, sendOptions);
    }

    @Override
    public SendGifRequest withSendOptions(SendOptions value) {
        return new SendGifRequest(phone, gif, caption, value);
    }
}
