package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/document}. {@code document} is a public URL or a base64 data URL;
 * {@code file_name} is the name the recipient sees (needed in practice, or WhatsApp shows a nameless file).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendDocumentRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("document") String document,
        @JsonProperty("file_name") String fileName,
        @JsonProperty("caption") String caption,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendDocumentRequest> {

    public SendDocumentRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendDocumentRequest of(String phone, String document, String fileName) {
        return new SendDocumentRequest(phone, document, fileName, null, SendOptions.NONE);
    }

    public static SendDocumentRequest of(String phone, String document) {
        return of(phone, document, null);
    }

    public SendDocumentRequest withPhone(String value) {
        return new SendDocumentRequest(value, document, fileName, caption, sendOptions);
    }

    public SendDocumentRequest withFileName(String value) {
        return new SendDocumentRequest(phone, document, value, caption, sendOptions);
    }

    public SendDocumentRequest withCaption(String value) {
        return new SendDocumentRequest(phone, document, fileName, value, sendOptions);
    }

    @Override
    public SendDocumentRequest withSendOptions(SendOptions value) {
        return new SendDocumentRequest(phone, document, fileName, caption, value);
    }
}
