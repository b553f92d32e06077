package org.camelvzaps.model.group;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST group/settings}: {@code admin_only_message} (only admins may send), {@code admin_only_settings}
 * (only admins may edit the group) and {@code delay_message}; only the fields set are sent.
 * <pre>{@code
 * GroupSettingsRequest.of("120363025246125486@g.us").withAdminOnlyMessage(true)
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupSettingsRequest(
        @JsonProperty("group_id") String groupId,
        @JsonProperty("admin_only_message") Boolean adminOnlyMessage,
        @JsonProperty("admin_only_settings") Boolean adminOnlySettings,
        @JsonProperty("delay_message") Integer delayMessage) {

    public static GroupSettingsRequest of(String groupId) {
        return new GroupSettingsRequest(groupId, null, null, null);
    }

    public GroupSettingsRequest withGroupId(String value) {
        return new GroupSettingsRequest(value, adminOnlyMessage, adminOnlySettings, delayMessage);
    }

    public GroupSettingsRequest withAdminOnlyMessage(Boolean value) {
        return new GroupSettingsRequest(groupId, value, adminOnlySettings, delayMessage);
    }

    public GroupSettingsRequest withAdminOnlySettings(Boolean value) {
        return new GroupSettingsRequest(groupId, adminOnlyMessage, value, delayMessage);
    }

    public GroupSettingsRequest withDelayMessage(Integer value) {
        return new GroupSettingsRequest(groupId, adminOnlyMessage, adminOnlySettings, value);
    }
}
