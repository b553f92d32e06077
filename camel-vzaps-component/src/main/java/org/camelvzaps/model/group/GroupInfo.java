package org.camelvzaps.model.group;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A group as {@code GET group/list} (a list of these), {@code GET group/info} and {@code POST group/create} answer
 * it. {@code topic} is the group description; {@code announce} means only admins may send, {@code locked} only
 * admins may edit the group settings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupInfo(
        @JsonProperty("jid") String jid,
        @JsonProperty("name") String name,
        @JsonProperty("topic") @JsonAlias("description") String topic,
        @JsonProperty("owner_jid") String ownerJid,
        @JsonProperty("announce") Boolean announce,
        @JsonProperty("locked") Boolean locked,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("participants") List<GroupParticipant> participants) {

    public GroupInfo {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
