package org.camelvzaps.model.typebot;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A conversation between a contact and a TypeBot, as {@code GET typebots/sessions} lists them. {@code status} is
 * {@value #OPENED}, {@value #PAUSED} or {@value #CLOSED}; pause and close it with {@code pauseTypebotSession} /
 * {@code closeTypebotSession} and its {@code session_id}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TypebotSession(
        @JsonProperty("session_id") @JsonAlias({"sessionId", "id"}) String sessionId,
        @JsonProperty("typebot_id") @JsonAlias("typebotId") String typebotId,
        @JsonProperty("phone") String phone,
        @JsonProperty("push_name") @JsonAlias("pushName") String pushName,
        @JsonProperty("status") String status,
        @JsonProperty("created_at") @JsonAlias("createdAt") String createdAt,
        @JsonProperty("updated_at") @JsonAlias("updatedAt") String updatedAt) {

    public static final String OPENED = "opened";
    public static final String PAUSED = "paused";
    public static final String CLOSED = "closed";
}
