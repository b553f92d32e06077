package org.camelvzaps.model.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST group/name}: renames the group.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetGroupNameRequest(
        @JsonProperty("group_id") String groupId,
        @JsonProperty("name") String name) {

    public static SetGroupNameRequest of(String groupId, String name) {
        return new SetGroupNameRequest(groupId, name);
    }

    public SetGroupNameRequest withGroupId(String value) {
        return new SetGroupNameRequest(value, name);
    }
}
