package org.camelvzaps.model.webhook;

import org.camelvzaps.model.CsvOrArray;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An instance's webhook configuration. {@code GET} answers the events as an array under {@code subscribe},
 * {@code POST} echoes them as a CSV string under {@code events}; both read into {@link #events()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookConfig(
        @JsonProperty("webhook") @JsonAlias({"webhookURL", "webhook_url", "url"}) String webhook,
        @JsonProperty("events") @JsonAlias("subscribe") @JsonDeserialize(using = CsvOrArray.class) List<String> events) {
}
