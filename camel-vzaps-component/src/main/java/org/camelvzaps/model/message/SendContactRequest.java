package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/contact}: shares a contact card ({@code contact_name}, {@code contact_phone})
 * with {@code phone}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendContactRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("contact_name") String contactName,
        @JsonProperty("contact_phone") String contactPhone,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendContactRequest> {

    public SendContactRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendContactRequest of(String phone, String contactName, String contactPhone) {
        return new SendContactRequest(phone, contactName, contactPhone, SendOptions.NONE);
    }

    public SendContactRequest withPhone(String value) {
        return new SendContactRequest(value, contactName, contactPhone, sendOptions);
    }

    @Override
    public SendContactRequest withSendOptions(SendOptions value) {
        return new SendContactRequest(phone, contactName, contactPhone, value);
    }
}
