package org.camelvzaps.model.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST group/description}: sets the group description (its topic).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetGroupDescriptionRequest(
        @JsonProperty("group_id") String groupId,
        @JsonProperty("description") String description) {

    public static SetGroupDescriptionRequest of(String groupId, String description) {
        return new SetGroupDescriptionRequest(groupId, description);
    }

    public SetGroupDescriptionRequest withGroupId(String value) {
        return new SetGroupDescriptionRequest(value, description);
    }
}
