package org.camelvzaps.model.webhook;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST webhook/logs/search}: one page of {@link WebhookLog}s. {@code total_pages} is also read as
 * {@code totalPages}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WebhookLogPage(
        @JsonProperty("content") List<WebhookLog> content,
        @JsonProperty("page") Integer page,
        @JsonProperty("size") Integer size,
        @JsonProperty("total") Integer total,
        @JsonProperty("total_pages") @JsonAlias("totalPages") Integer totalPages) {

    public WebhookLogPage {
        content = content == null ? List.of() : List.copyOf(content);
    }
}
