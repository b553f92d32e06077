package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/link}: a {@code message} with a link preview for {@code link_url}, titled
 * {@code title}, described by {@code link_description}, with an optional {@code jpeg_thumbnail} (base64 JPEG).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendLinkRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("message") String message,
        @JsonProperty("link_url") String linkUrl,
        @JsonProperty("title") String title,
        @JsonProperty("link_description") String linkDescription,
        @JsonProperty("jpeg_thumbnail") String jpegThumbnail,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendLinkRequest> {

    public SendLinkRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendLinkRequest of(String phone, String message, String linkUrl) {
        return new SendLinkRequest(phone, message, linkUrl, null, null, null, SendOptions.NONE);
    }

    public SendLinkRequest withPhone(String value) {
        return new SendLinkRequest(value, message, linkUrl, title, linkDescription, jpegThumbnail, sendOptions);
    }

    public SendLinkRequest withTitle(String value) {
        return new SendLinkRequest(phone, message, linkUrl, value, linkDescription, jpegThumbnail, sendOptions);
    }

    public SendLinkRequest withLinkDescription(String value) {
        return new SendLinkRequest(phone, message, linkUrl, title, value, jpegThumbnail, sendOptions);
    }

    public SendLinkRequest withJpegThumbnail(String value) {
        return new SendLinkRequest(phone, message, linkUrl, title, linkDescription, value, sendOptions);
    }

    @Override
    public SendLinkRequest withSendOptions(SendOptions value) {
        return new SendLinkRequest(phone, message, linkUrl, title, linkDescription, jpegThumbnail, value);
    }
}
