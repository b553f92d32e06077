package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/list}: a list message. The recipient sees {@code title} and {@code description},
 * taps the {@code button_text} button and picks one row of the {@code sections}; {@code footer} is optional.
 * <pre>{@code
 * SendListRequest.of("5511999999999", "Menu", "Pick a dish", "Open menu",
 *         ListSection.of("Mains", ListRow.of("1", "Pasta"), ListRow.of("2", "Rice", "with beans")))
 *     .withFooter("Kitchen")
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendListRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("title") String title,
        @JsonProperty("description") String description,
        @JsonProperty("button_text") String buttonText,
        @JsonProperty("sections") List<ListSection> sections,
        @JsonProperty("footer") String footer,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendListRequest> {

    public SendListRequest {
        sections = sections == null ? null : List.copyOf(sections);
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendListRequest of(String phone, String title, String description, String buttonText,
                                     ListSection... sections) {
        return new SendListRequest(phone, title, description, buttonText, List.of(sections), null, SendOptions.NONE);
    }

    public SendListRequest withPhone(String value) {
        return new SendListRequest(value, title, description, buttonText, sections, footer, sendOptions);
    }

    public SendListRequest withFooter(String value) {
        return new SendListRequest(phone, title, description, buttonText, sections, value, sendOptions);
    }

    @Override
    public SendListRequest withSendOptions(SendOptions value) {
        return new SendListRequest(phone, title, description, buttonText, sections, footer, value);
    }
}
