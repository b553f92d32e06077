package org.camelvzaps.model.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST user/avatar}: the profile picture of {@code phone}; {@code preview=true} asks for the small
 * thumbnail, false for the full picture (the docs require the field). The answer is a
 * {@link org.camelvzaps.model.message.MediaDownload}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AvatarRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("preview") Boolean preview) {

    public static AvatarRequest of(String phone, boolean preview) {
        return new AvatarRequest(phone, preview);
    }

    /** The full-size picture ({@code preview=false}). */
    public static AvatarRequest of(String phone) {
        return of(phone, false);
    }

    public AvatarRequest withPhone(String value) {
        return new AvatarRequest(value, preview);
    }
}
