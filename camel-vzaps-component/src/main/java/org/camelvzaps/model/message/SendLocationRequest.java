package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/location}: a pin at {@code latitude}/{@code longitude} (decimal degrees), with an
 * optional place {@code name} and {@code address}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendLocationRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("latitude") Double latitude,
        @JsonProperty("longitude") Double longitude,
        @JsonProperty("name") String name,
        @JsonProperty("address") String address,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendLocationRequest> {

    public SendLocationRequest {
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendLocationRequest of(String phone, double latitude, double longitude) {
        return new SendLocationRequest(phone, latitude, longitude, null, null, SendOptions.NONE);
    }

    public SendLocationRequest withPhone(String value) {
        return new SendLocationRequest(value, latitude, longitude, name, address, sendOptions);
    }

    public SendLocationRequest withName(String value) {
        return new SendLocationRequest(phone, latitude, longitude, value, address, sendOptions);
    }

    public SendLocationRequest withAddress(String value) {
        return new SendLocationRequest(phone, latitude, longitude, name, value, sendOptions);
    }

    @Override
    public SendLocationRequest withSendOptions(SendOptions value) {
        return new SendLocationRequest(phone, latitude, longitude, name, address, value);
    }
}
