package org.camelvzaps.model.instance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PATCH /instances/{id}}: a partial update; only the fields set are sent and changed.
 * <pre>{@code
 * UpdateInstanceRequest.empty().withName("Support").withRejectCalls(true)
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateInstanceRequest(
        @JsonProperty("name") String name,
        @JsonProperty("webhook") String webhook,
        @JsonProperty("events_subscribe") List<String> eventsSubscribe,
        @JsonProperty("reject_calls") Boolean rejectCalls,
        @JsonProperty("auto_read_messages") Boolean autoReadMessages,
        @JsonProperty("labels") Map<String, Object> labels) {

    public UpdateInstanceRequest {
        eventsSubscribe = eventsSubscribe == null ? null : List.copyOf(eventsSubscribe);
        labels = labels == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** No change yet: add the fields to change with the {@code with...} methods. */
    public static UpdateInstanceRequest empty() {
        return new UpdateInstanceRequest(null, null, null, null, null, null);
    }

    public UpdateInstanceRequest withName(String value) {
        return new UpdateInstanceRequest(value, webhook, eventsSubscribe, rejectCalls, autoReadMessages, labels);
    }

    public UpdateInstanceRequest withWebhook(String value) {
        return new UpdateInstanceRequest(name, value, eventsSubscribe, rejectCalls, autoReadMessages, labels);
    }

    /** Event names as the API spells them: {@code Message}, {@code ReadReceipt}, {@code Connected}, ... */
    public UpdateInstanceRequest withEventsSubscribe(String... events) {
        return new UpdateInstanceRequest(name, webhook, List.of(events), rejectCalls, autoReadMessages, labels);
    }

    public UpdateInstanceRequest withRejectCalls(Boolean value) {
        return new UpdateInstanceRequest(name, webhook, eventsSubscribe, value, autoReadMessages, labels);
    }

    public UpdateInstanceRequest withAutoReadMessages(Boolean value) {
        return new UpdateInstanceRequest(name, webhook, eventsSubscribe, rejectCalls, value, labels);
    }

    public UpdateInstanceRequest withLabels(Map<String, ?> value) {
        return new UpdateInstanceRequest(name, webhook, eventsSubscribe, rejectCalls, autoReadMessages,
                value == null ? null : new LinkedHashMap<>(value));
    }
}
