package org.camelvzaps.model.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST group/add-admin} and {@code POST group/remove-admin}: the group and the {@code participants}
 * (phones or JIDs) to promote or demote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupParticipantsRequest(
        @JsonProperty("group_id") String groupId,
        @JsonProperty("participants") List<String> participants) {

    public GroupParticipantsRequest {
        participants = participants == null ? null : List.copyOf(participants);
    }

    public static GroupParticipantsRequest of(String groupId, String... participants) {
        return new GroupParticipantsRequest(groupId, List.of(participants));
    }

    public GroupParticipantsRequest withGroupId(String value) {
        return new GroupParticipantsRequest(value, participants);
    }
}
