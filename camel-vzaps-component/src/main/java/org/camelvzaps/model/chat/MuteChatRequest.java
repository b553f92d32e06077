package org.camelvzaps.model.chat;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST chats/{phone}/mute}: mutes the chat for {@code duration_seconds}. The chat is the path value
 * (header {@code CamelVZapsPhone}), not part of the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MuteChatRequest(@JsonProperty("duration_seconds") Long durationSeconds) {

    public static MuteChatRequest of(Duration duration) {
        return new MuteChatRequest(duration.toSeconds());
    }

    public static MuteChatRequest ofSeconds(long seconds) {
        return new MuteChatRequest(seconds);
    }
}
