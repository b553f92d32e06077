package org.camelvzaps.model.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST chats/{phone}/clear}: clears the chat's messages; {@code delete_media} (API default false)
 * also deletes their media files. The chat is the path value, not part of the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClearChatRequest(@JsonProperty("delete_media") Boolean deleteMedia) {

    public static final ClearChatRequest KEEP_MEDIA = new ClearChatRequest(false);
    public static final ClearChatRequest DELETE_MEDIA = new ClearChatRequest(true);

    public static ClearChatRequest of(boolean deleteMedia) {
        return deleteMedia ? DELETE_MEDIA : KEEP_MEDIA;
    }
}
