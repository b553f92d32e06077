package org.camelvzaps.model.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST group/photo}: sets the group picture; {@code image} is a public URL or a base64 data URL
 * (JPEG).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetGroupPhotoRequest(
        @JsonProperty("group_id") String groupId,
        @JsonProperty("image") String image) {

    public static SetGroupPhotoRequest of(String groupId, String image) {
        return new SetGroupPhotoRequest(groupId, image);
    }

    public SetGroupPhotoRequest withGroupId(String value) {
        return new SetGroupPhotoRequest(value, image);
    }
}
