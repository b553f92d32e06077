package org.camelvzaps.model.typebot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST typebots/sessions/start}: starts the bot {@code public_id} for {@code phone}, as if the contact
 * ({@code push_name}) had sent {@code message}. When the operation is given a typebot id
 * ({@code typebots/{typebotId}/sessions/start}) the bot is known and {@code public_id} may be left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StartTypebotSessionRequest(
        @JsonProperty("public_id") String publicId,
        @JsonProperty("phone") String phone,
        @JsonProperty("push_name") String pushName,
        @JsonProperty("message") String message) {

    public static StartTypebotSessionRequest of(String publicId, String phone, String message) {
        return new StartTypebotSessionRequest(publicId, phone, null, message);
    }

    /** For {@code typebots/{typebotId}/sessions/start}, where the typebot id names the bot. */
    public static StartTypebotSessionRequest of(String phone, String message) {
        return of(null, phone, message);
    }

    public StartTypebotSessionRequest withPhone(String value) {
        return new StartTypebotSessionRequest(publicId, value, pushName, message);
    }

    public StartTypebotSessionRequest withPushName(String value) {
        return new StartTypebotSessionRequest(publicId, phone, value, message);
    }

    public StartTypebotSessionRequest withPublicId(String value) {
        return new StartTypebotSessionRequest(value, phone, pushName, message);
    }
}
