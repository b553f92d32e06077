package org.camelvzaps.model.group;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code GET group/invitelink}: the group's invite link ({@code https://chat.whatsapp.com/...}); with
 * {@code reset=true} the old link stops working and this is the new one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupInviteLink(@JsonProperty("invite_link") @JsonAlias({"link", "inviteLink"}) String inviteLink) {
}
