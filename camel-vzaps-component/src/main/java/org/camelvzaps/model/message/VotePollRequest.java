package org.camelvzaps.model.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST chat/poll/vote}: votes in the poll {@code message_id} sent in the chat {@code phone}.
 * {@code vote} holds the chosen option names; the API takes a string or an array, so one choice is written as a
 * string and several as an array. {@code selected_options} (always an array), {@code poll_sender} (JID of who sent
 * the poll) and {@code from_me} (the poll was sent by this account) are the API's other, optional spellings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VotePollRequest(
        @JsonProperty("phone") String phone,
        @JsonProperty("message_id") String messageId,
        @JsonProperty("vote")
        @JsonFormat(with = {JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED,
                JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY}) List<String> vote,
        @JsonProperty("selected_options") List<String> selectedOptions,
        @JsonProperty("poll_sender") String pollSender,
        @JsonProperty("from_me") Boolean fromMe) {

    public VotePollRequest {
        vote = vote == null ? null : List.copyOf(vote);
        selectedOptions = selectedOptions == null ? null : List.copyOf(selectedOptions);
    }

    /** Votes for the named options of the poll {@code messageId}. */
    public static VotePollRequest of(String phone, String messageId, String... options) {
        return new VotePollRequest(phone, messageId, List.of(options), null, null, null);
    }

    public VotePollRequest withPhone(String value) {
        return new VotePollRequest(value, messageId, vote, selectedOptions, pollSender, fromMe);
    }

    public VotePollRequest withSelectedOptions(List<String> value) {
        return new VotePollRequest(phone, messageId, vote, value, pollSender, fromMe);
    }

    public VotePollRequest withPollSender(String value) {
        return new VotePollRequest(phone, messageId, vote, selectedOptions, value, fromMe);
    }

    public VotePollRequest withFromMe(Boolean value) {
        return new VotePollRequest(phone, messageId, vote, selectedOptions, pollSender, value);
    }
}
