package org.camelvzaps.model.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reply button of {@link SendButtonsRequest}: {@code id} comes back in the reply event, {@code text} is shown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Button(@JsonProperty("id") String id, @JsonProperty("text") String text) {

    public static Button of(String id, String text) {
        return new Button(id, text);
    }
}
