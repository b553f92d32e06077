package org.camelvzaps.model.instance;

import org.camelvzaps.model.CsvOrArray;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An instance as {@code PUT /instances/create} (and the list/get calls) return it. {@code token} is the instance
 * token: a secret, left out of {@link #toString()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Instance(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("token") String token,
        @JsonProperty("url") String url,
        @JsonProperty("webhook") String webhook,
        @JsonProperty("events_subscribe") @JsonDeserialize(using = CsvOrArray.class) List<String> eventsSubscribe,
        @JsonProperty("reject_calls") Boolean rejectCalls,
        @JsonProperty("auto_read_messages") Boolean autoReadMessages,
        @JsonProperty("connected") Boolean connected,
        @JsonProperty("connected_at") String connectedAt,
        @JsonProperty("whatsapp_push_name") String whatsappPushName,
        @JsonProperty("whatsapp_jid") String whatsappJid,
        @JsonProperty("billing_status") @JsonAlias("status") String billingStatus,
        @JsonProperty("labels") Map<String, Object> labels,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("cancel_at") String cancelAt,
        @JsonProperty("expired_at") String expiredAt) {

    @Override
    public String toString() {
        return "Instance[id=" + id + ", name=" + name + ", token=" + (token == null ? "none" : "xxxxxx")
               + ", connected=" + connected + ", billingStatus=" + billingStatus + ", webhook=" + webhook + "]";
    }
}
