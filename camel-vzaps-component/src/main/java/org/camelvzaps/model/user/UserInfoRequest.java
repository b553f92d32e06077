package org.camelvzaps.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST user/info}: the WhatsApp profile of {@code phone}. The SDKs send one number as a string; the
 * answer is a {@link UserInfoResult}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserInfoRequest(@JsonProperty("phone") String phone) {

    public static UserInfoRequest of(String phone) {
        return new UserInfoRequest(phone);
    }

    public UserInfoRequest withPhone(String value) {
        return new UserInfoRequest(value);
    }
}
