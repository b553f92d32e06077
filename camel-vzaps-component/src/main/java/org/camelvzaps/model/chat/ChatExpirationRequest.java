package org.camelvzaps.model.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PUT chats/{phone}/expiration}: turns disappearing messages on ({@code 24_HOURS}, {@code 7_DAYS},
 * {@code 90_DAYS}) or {@code OFF}. The chat is the path value, not part of the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatExpirationRequest(@JsonProperty("expiration") ChatExpiration expiration) {

    public static ChatExpirationRequest of(ChatExpiration expiration) {
        return new ChatExpirationRequest(expiration);
    }

    /** {@code 24_HOURS}, {@code 7_DAYS}, {@code 90_DAYS} or {@code OFF} (the constant names are accepted too). */
    public static ChatExpirationRequest of(String expiration) {
        ChatExpiration value = ChatExpiration.fromWire(expiration);
        if (value == null) {
            throw new IllegalArgumentException("Unknown chat expiration '" + expiration
                    + "': use 24_HOURS, 7_DAYS, 90_DAYS or OFF");
        }
        return new ChatExpirationRequest(value);
    }
}
