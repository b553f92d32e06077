package org.camelvzaps.model.webhook;

import org.camelvzaps.model.CsvOrArray;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /instances/{id}/webhook}, with the only spelling the API reference confirms:
 * {@code webhookURL} plus {@code events} as a comma-separated string without spaces (docs/api-notes.md,
 * "Request bodies").
 * An empty URL clears the webhook; null events leave the subscription unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetWebhookRequest(
        @JsonProperty("webhookURL") String webhookUrl,
        @JsonProperty("events") String events) {

    public static SetWebhookRequest of(String webhookUrl, List<String> events) {
        return new SetWebhookRequest(webhookUrl == null ? "" : webhookUrl, CsvOrArray.join(events));
    }
}
