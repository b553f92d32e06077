package org.camelvzaps.model.queue;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A pending outbound message or operation, as {@code GET queue/messages} and {@code GET queue/operations} list
 * them: its {@code message_id} (the id to remove it with), the {@code phone} it goes to, its {@code type}
 * ({@code text}, {@code image}, ...) and {@code status} ({@code queued}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueuedItem(
        @JsonProperty("message_id") @JsonAlias({"messageId", "id"}) String messageId,
        @JsonProperty("phone") String phone,
        @JsonProperty("type") String type,
        @JsonProperty("status") String status,
        @JsonProperty("created_at") @JsonAlias("createdAt") String createdAt) {
}
