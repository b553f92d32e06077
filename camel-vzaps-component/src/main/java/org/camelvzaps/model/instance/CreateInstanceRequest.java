package org.camelvzaps.model.instance;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PUT /instances/create} (and {@code provision}). Only {@code name} is required. Immutable: each
 * method returns a copy, so {@code CreateInstanceRequest.named("Store").webhook(url).rejectCalls(true)} reads well
 * in a route.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateInstanceRequest(
        @JsonProperty("name") String name,
        @JsonProperty("webhook") String webhook,
        @JsonProperty("events_subscribe") List<String> eventsSubscribe,
        @JsonProperty("reject_calls") Boolean rejectCalls,
        @JsonProperty("auto_read_messages") Boolean autoReadMessages,
        @JsonProperty("labels") Map<String, Object> labels) {

    public static CreateInstanceRequest named(String name) {
        return new CreateInstanceRequest(name, null, null, null, null, null);
    }

    public CreateInstanceRequest name(String value) {
        return new CreateInstanceRequest(value, webhook, eventsSubscribe, rejectCalls, autoReadMessages, labels);
    }

    public CreateInstanceRequest webhook(String url) {
        return new CreateInstanceRequest(name, url, eventsSubscribe, rejectCalls, autoReadMessages, labels);
    }

    public CreateInstanceRequest eventsSubscribe(List<String> events) {
        return new CreateInstanceRequest(name, webhook, events == null ? null : List.copyOf(events), rejectCalls,
                autoReadMessages, labels);
    }

    public CreateInstanceRequest rejectCalls(Boolean value) {
        return new CreateInstanceRequest(name, webhook, eventsSubscribe, value, autoReadMessages, labels);
    }

    public CreateInstanceRequest autoReadMessages(Boolean value) {
        return new CreateInstanceRequest(name, webhook, eventsSubscribe, rejectCalls, value, labels);
    }

    public CreateInstanceRequest labels(Map<String, Object> value) {
        return new CreateInstanceRequest(name, webhook, eventsSubscribe, rejectCalls, autoReadMessages,
                value == null ? null : Map.copyOf(value));
    }
}
