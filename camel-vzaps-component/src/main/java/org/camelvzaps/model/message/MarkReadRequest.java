package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST chat/markread}: marks the messages {@code id} (always an array) of the chat {@code chat}
 * (a JID) as read. In a group, {@code sender} is the JID of who sent them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MarkReadRequest(
        @JsonProperty("id") List<String> ids,
        @JsonProperty("chat") String chat,
        @JsonProperty("sender") String sender) {

    public MarkReadRequest {
        ids = ids == null ? null : List.copyOf(ids);
    }

    public static MarkReadRequest of(String chat, String... messageIds) {
        return new MarkReadRequest(List.of(messageIds), chat, null);
    }

    public MarkReadRequest withSender(String value) {
        return new MarkReadRequest(ids, chat, value);
    }
}
