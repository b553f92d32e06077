package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One choice in a {@link ListSection}: {@code id} comes back in the reply event, {@code title} and the optional
 * {@code description} are shown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListRow(
        @JsonProperty("id") String id,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description) {

    public static ListRow of(String id, String title) {
        return new ListRow(id, title, null);
    }

    public static ListRow of(String id, String title, String description) {
        return new ListRow(id, title, description);
    }
}
