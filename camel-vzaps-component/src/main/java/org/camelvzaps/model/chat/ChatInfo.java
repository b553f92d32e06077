package org.camelvzaps.model.chat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A chat as {@code GET chats} (a list of these) and {@code GET chats/{phone}} answer it. {@code mute_until} and
 * {@code last_message_at} are ISO-8601 instants ({@code mute_until} null when not muted or muted for ever);
 * {@code expiration} is the disappearing-messages setting (null when absent or a value this version does not know).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChatInfo(
        @JsonProperty("jid") String jid,
        @JsonProperty("phone") String phone,
        @JsonProperty("name") String name,
        @JsonProperty("archived") Boolean archived,
        @JsonProperty("pinned") Boolean pinned,
        @JsonProperty("muted") Boolean muted,
        @JsonProperty("mute_until") String muteUntil,
        @JsonProperty("marked_unread") Boolean markedUnread,
        @JsonProperty("unread_count") Integer unreadCount,
        @JsonProperty("expiration") ChatExpiration expiration,
        @JsonProperty("last_message_at") String lastMessageAt) {
}
