package org.camelvzaps.model.instance;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PUT /instances/create}. Only {@code name} is required.
 */
public class CreateInstanceRequest {

    @JsonProperty("name")
    private String name;
    @JsonProperty("webhook")
    private String webhook;
    @JsonProperty("events_subscribe")
    private List<String> eventsSubscribe;
    @JsonProperty("reject_calls")
    private Boolean rejectCalls;
    @JsonProperty("auto_read_messages")
    private Boolean autoReadMessages;
    @JsonProperty("labels")
    private Map<String, Object> labels;

    public CreateInstanceRequest() {
    }

    public static CreateInstanceRequest named(String name) {
        return new CreateInstanceRequest().name(name);
    }

    public CreateInstanceRequest name(String value) {
        this.name = value;
        return this;
    }

    public CreateInstanceRequest webhook(String url) {
        this.webhook = url;
        return this;
    }

    public CreateInstanceRequest eventsSubscribe(List<String> events) {
        this.eventsSubscribe = events;
        return this;
    }

    public CreateInstanceRequest rejectCalls(Boolean value) {
        this.rejectCalls = value;
        return this;
    }

    public CreateInstanceRequest autoReadMessages(Boolean value) {
        this.autoReadMessages = value;
        return this;
    }

    public CreateInstanceRequest labels(Map<String, Object> value) {
        this.labels = value;
        return this;
    }

    public String getName() {
        return name;
    }

    public String getWebhook() {
        return webhook;
    }

    public List<String> getEventsSubscribe() {
        return eventsSubscribe;
    }

    public Boolean getRejectCalls() {
        return rejectCalls;
    }

    public Boolean getAutoReadMessages() {
        return autoReadMessages;
    }

    public Map<String, Object> getLabels() {
        return labels;
    }

    @Override
    public String toString() {
        return "CreateInstanceRequest[name=" + name + ", webhook=" + webhook + ", eventsSubscribe=" + eventsSubscribe + "]";
    }
}
