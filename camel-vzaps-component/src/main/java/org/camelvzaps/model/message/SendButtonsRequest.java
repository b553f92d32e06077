package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/buttons}: a {@code message} with reply {@code buttons} ({@code [{id, text}]}) and an
 * optional {@code footer}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendButtonsRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("message") String message,
        @JsonProperty("buttons") List<Button> buttons,
        @JsonProperty("footer") String footer,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendButtonsRequest> {

    public SendButtonsRequest {
        buttons = buttons == null ? null : List.copyOf(buttons);
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendButtonsRequest of(String phone, String message, Button... buttons) {
        return new SendButtonsRequest(phone, message, List.of(buttons), null, SendOptions.NONE);
    }

    public SendButtonsRequest withPhone(String value) {
        return new SendButtonsRequest(value, message, buttons, footer, sendOptions);
    }

    public SendButtonsRequest withFooter(String value) {
        return new SendButtonsRequest(phone, message, buttons, value, sendOptions);
    }

    @Override
    public SendButtonsRequest withSendOptions(SendOptions value) {
        return new SendButtonsRequest(phone, message, buttons, footer, value);
    }
}
