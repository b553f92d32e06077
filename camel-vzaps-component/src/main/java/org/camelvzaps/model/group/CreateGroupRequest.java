package org.camelvzaps.model.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST group/create}: a group named {@code group_name} with the first {@code participants} (phones or
 * JIDs), an optional {@code group_description} and {@code group_image} (URL or base64 data URL). The answer is the
 * new {@link GroupInfo}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateGroupRequest(
        @JsonProperty("group_name") String groupName,
        @JsonProperty("group_description") String groupDescription,
        @JsonProperty("group_image") String groupImage,
        @JsonProperty("participants") List<String> participants) {

    public CreateGroupRequest {
        participants = participants == null ? null : List.copyOf(participants);
    }

    public static CreateGroupRequest of(String groupName, String... participants) {
        return new CreateGroupRequest(groupName, null, null, List.of(participants));
    }

    public CreateGroupRequest withGroupDescription(String value) {
        return new CreateGroupRequest(groupName, value, groupImage, participants);
    }

    public CreateGroupRequest withGroupImage(String value) {
        return new CreateGroupRequest(groupName, groupDescription, value, participants);
    }
}
