package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A titled group of {@link ListRow}s in a {@link SendListRequest}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListSection(@JsonProperty("title") String title, @JsonProperty("rows") List<ListRow> rows) {

    public ListSection {
        rows = rows == null ? null : List.copyOf(rows);
    }

    public static ListSection of(String title, ListRow... rows) {
        return new ListSection(title, List.of(rows));
    }
}
