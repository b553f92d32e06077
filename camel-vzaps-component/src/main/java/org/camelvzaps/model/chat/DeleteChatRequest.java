package org.camelvzaps.model.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code DELETE chats/{phone}}: deletes the chat; {@code delete_media} also deletes its media files. The
 * chat is the path value, not part of the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeleteChatRequest(@JsonProperty("delete_media") Boolean deleteMedia) {

    public static final DeleteChatRequest KEEP_MEDIA = new DeleteChatRequest(false);
    public static final DeleteChatRequest DELETE_MEDIA = new DeleteChatRequest(true);

    public static DeleteChatRequest of(boolean deleteMedia) {
        return deleteMedia ? DELETE_MEDIA : KEEP_MEDIA;
    }
}
