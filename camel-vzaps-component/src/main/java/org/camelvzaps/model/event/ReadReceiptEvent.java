package org.camelvzaps.model.event;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Typed view of a {@code ReadReceipt} event. {@code state} is {@code Delivered}, {@code Read} or {@code ReadSelf}
 * (read by the connected account itself). The message ids come under the mechanically snake-cased key
 * {@code message_i_ds} (Go {@code MessageIDs}); both spellings are read.
 */
public record ReadReceiptEvent(String state, List<String> messageIds, String chat, String sender, String timestamp) {

    static ReadReceiptEvent from(JsonNode event, String dataLevelState) {
        String state = dataLevelState != null ? dataLevelState : Fields.text(event, "state");
        return new ReadReceiptEvent(
                state,
                List.copyOf(Fields.texts(event, "message_i_ds", "MessageIDs", "message_ids", "messageIds")),
                Fields.text(event, "chat"),
                Fields.text(event, "sender"),
                Fields.text(event, "timestamp"));
    }
}
