package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of the send operations: the id WhatsApp gave the message (matches {@code info.id} of its events).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendResult(@JsonProperty("message_id") @JsonAlias({"messageId", "id"}) String messageId) {
}
