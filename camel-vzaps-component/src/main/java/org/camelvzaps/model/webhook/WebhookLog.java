package org.camelvzaps.model.webhook;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.camelvzaps.model.JsonText;
import org.camelvzaps.model.event.VZapsEvent;

/**
 * One webhook delivery as the delivery log keeps it ({@code GET webhook/logs/{logId}}, {@code POST .../retry}, and
 * the entries of {@link WebhookLogPage}): where it went, {@code status} ({@value #SUCCESS}, {@value #FAILED},
 * {@value #PENDING}), how many {@code attempts}, the receiver's {@code response_status} and the {@code error}.
 * {@code payload} is the body that was sent, as text; {@link #payloadJson()} and {@link #payloadEvent()} read it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookLog(
        @JsonProperty("id") String id,
        @JsonProperty("instance_id") String instanceId,
        @JsonProperty("event_type") String eventType,
        @JsonProperty("url") String url,
        @JsonProperty("status") String status,
        @JsonProperty("attempts") Integer attempts,
        @JsonProperty("response_status") Integer responseStatus,
        @JsonProperty("error") String error,
        @JsonProperty("payload") @JsonDeserialize(using = JsonText.class) String payload,
        @JsonProperty("created_at") @JsonAlias("createdAt") String createdAt,
        @JsonProperty("updated_at") @JsonAlias("updatedAt") String updatedAt) {

    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";
    public static final String PENDING = "pending";

    /** True when the delivery failed (a candidate for {@code retryWebhookLog}). */
    @JsonIgnore
    public boolean isFailed() {
        return FAILED.equalsIgnoreCase(status);
    }

    /**
     * The delivered body as JSON, or null when the log has none.
     *
     * @throws IllegalArgumentException when the payload is not JSON
     */
    public JsonNode payloadJson() {
        return JsonText.parse(payload);
    }

    /**
     * The delivered body as the event the webhook consumer would have received, or null when the log has none.
     *
     * @throws IllegalArgumentException when the payload is not a JSON event
     */
    public VZapsEvent payloadEvent() {
        JsonNode json = payloadJson();
        return json == null ? null : VZapsEvent.parse(json);
    }
}
