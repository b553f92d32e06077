package org.camelvzaps.model.instance;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answer of {@code POST /instances/list} and {@code POST /instances/search} (not enveloped): one page of
 * {@link Instance}s. {@code total_pages} is also read as {@code totalPages}; {@code summary} (counts by state, its
 * keys undocumented) is kept raw.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstanceList(
        @JsonProperty("page") Integer page,
        @JsonProperty("size") Integer size,
        @JsonProperty("total") Integer total,
        @JsonProperty("total_pages") @JsonAlias("totalPages") Integer totalPages,
        @JsonProperty("content") List<Instance> content,
        @JsonProperty("summary") JsonNode summary) {

    public InstanceList {
        content = content == null ? List.of() : List.copyOf(content);
        summary = summary == null || summary.isNull() ? null : summary;
    }
}
