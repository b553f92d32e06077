package org.camelvzaps.model.instance;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST /instances/{id}/restart} and {@code POST /instances/{id}/session/disconnect}
 * ({@code InstanceActionResponse}): the instance, its new {@code status} ({@code restarting},
 * {@code disconnected}, ...) and free-text {@code details}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InstanceAction(
        @JsonProperty("instance_id") @JsonAlias("instanceId") String instanceId,
        @JsonProperty("status") String status,
        @JsonProperty("details") String details) {
}
