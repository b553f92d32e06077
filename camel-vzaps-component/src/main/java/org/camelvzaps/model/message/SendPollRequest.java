package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Body of {@code POST chat/send/poll}: a poll titled {@code name} with the choices {@code options}. Optional:
 * {@code selectable_options_count} (how many choices one voter may pick), {@code hide_participant_names},
 * {@code end_time}, {@code allow_add_option}. The poll's choices are {@link #options()}; the common send fields are
 * {@link #sendOptions()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendPollRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("name") String name,
        @JsonProperty("options") List<String> options,
        @JsonProperty("selectable_options_count") Integer selectableOptionsCount,
        @JsonProperty("hide_participant_names") Boolean hideParticipantNames,
        @JsonProperty("end_time") String endTime,
        @JsonProperty("allow_add_option") Boolean allowAddOption,
        @JsonUnwrapped SendOptions sendOptions) implements SendRequest<SendPollRequest> {

    public SendPollRequest {
        options = options == null ? null : List.copyOf(options);
        sendOptions = SendOptions.orNone(sendOptions);
    }

    public static SendPollRequest of(String phone, String name, String... options) {
        return new SendPollRequest(phone, name, List.of(options), null, null, null, null, SendOptions.NONE);
    }

    public SendPollRequest withPhone(String value) {
        return new SendPollRequest(value, name, options, selectableOptionsCount, hideParticipantNames, endTime,
                allowAddOption, sendOptions);
    }

    public SendPollRequest withSelectableOptionsCount(Integer value) {
        return new SendPollRequest(phone, name, options, value, hideParticipantNames, endTime, allowAddOption,
                sendOptions);
    }

    public SendPollRequest withHideParticipantNames(Boolean value) {
        return new SendPollRequest(phone, name, options, selectableOptionsCount, value, endTime, allowAddOption,
                sendOptions);
    }

    /** When voting closes; sent as given (the API does not document the format; ISO-8601 is the safe choice). */
    public SendPollRequest withEndTime(String value) {
        return new SendPollRequest(phone, name, options, selectableOptionsCount, hideParticipantNames, value,
                allowAddOption, sendOptions);
    }

    public SendPollRequest withAllowAddOption(Boolean value) {
        return new SendPollRequest(phone, name, options, selectableOptionsCount, hideParticipantNames, endTime, value,
                sendOptions);
    }

    @Override
    public SendPollRequest withSendOptions(SendOptions value) {
        return new SendPollRequest(phone, name, options, selectableOptionsCount, hideParticipantNames, endTime,
                allowAddOption, value);
    }
}
