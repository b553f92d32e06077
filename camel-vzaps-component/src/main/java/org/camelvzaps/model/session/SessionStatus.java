package org.camelvzaps.model.session;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code GET /instances/{id}/session/status}. Disconnected: only {@code connected=false}; connected:
 * the account and business profile fields (empty ones omitted by the API, so null here).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionStatus(
        @JsonProperty("connected") boolean connected,
        @JsonProperty("phone") String phone,
        @JsonProperty("whatsapp_jid") String whatsappJid,
        @JsonProperty("push_name") String pushName,
        @JsonProperty("business_name") String businessName,
        @JsonProperty("business_profile") BusinessProfile businessProfile,
        @JsonProperty("profile_picture_id") String profilePictureId,
        @JsonProperty("profile_picture_url") String profilePictureUrl,
        @JsonProperty("profile_url") String profileUrl,
        @JsonProperty("verified_name") String verifiedName,
        @JsonProperty("about") String about,
        @JsonProperty("website") String website) {

    /** The WhatsApp Business profile of the connected account. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BusinessProfile(
            @JsonProperty("business_hours_timezone") String businessHoursTimezone,
            @JsonProperty("categories") List<Category> categories,
            @JsonProperty("profile_options") Map<String, String> profileOptions,
            @JsonProperty("address") String address,
            @JsonProperty("email") String email) {
    }

    /** A business category. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(@JsonProperty("id") String id, @JsonProperty("name") String name) {
    }
}
