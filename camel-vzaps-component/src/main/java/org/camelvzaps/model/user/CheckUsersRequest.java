package org.camelvzaps.model.user;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST user/check}: which of these numbers have WhatsApp. {@code phone} is always an array, even for
 * one number (the API documents an array; the Go SDK's single string is wrong).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckUsersRequest(
        @JsonProperty("phone")
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> phones) {

    public CheckUsersRequest {
        phones = phones == null ? null : List.copyOf(phones);
    }

    public static CheckUsersRequest of(String... phones) {
        return new CheckUsersRequest(List.of(phones));
    }

    public static CheckUsersRequest of(List<String> phones) {
        return new CheckUsersRequest(phones);
    }
}
