package org.camelvzaps.model.user;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A contact as {@code GET user/contacts} and {@code GET contact/list} answer them (a list of these):
 * {@code first_name}/{@code full_name} as saved in the address book, {@code push_name} as the person calls
 * themselves on WhatsApp.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Contact(
        @JsonProperty("jid") String jid,
        @JsonProperty("phone") String phone,
        @JsonProperty("first_name") @JsonAlias("firstName") String firstName,
        @JsonProperty("full_name") @JsonAlias("fullName") String fullName,
        @JsonProperty("push_name") @JsonAlias("pushName") String pushName) {
}
