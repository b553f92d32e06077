package org.camelvzaps.model.group;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A member of a group: {@code is_admin} for admins, {@code is_super_admin} for the creator.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupParticipant(
        @JsonProperty("jid") String jid,
        @JsonProperty("is_admin") Boolean isAdmin,
        @JsonProperty("is_super_admin") Boolean isSuperAdmin) {
}
