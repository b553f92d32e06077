package org.camelvzaps.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST contact/add}: saves {@code phone} as a contact named {@code first_name} / {@code full_name}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddContactRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("full_name") String fullName) {

    public static AddContactRequest of(String phone, String firstName, String fullName) {
        return new AddContactRequest(phone, firstName, fullName);
    }

    public AddContactRequest withPhone(String value) {
        return new AddContactRequest(value, firstName, fullName);
    }
}
