package org.camelvzaps.model.user;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Answer of {@code POST user/info}: the profiles found, keyed by JID ({@code 5511999999999@s.whatsapp.net}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserInfoResult(@JsonProperty("users") Map<String, UserInfo> users) {

    public UserInfoResult {
        users = users == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(users));
    }

    /**
     * One WhatsApp profile: the about {@code status} text, the profile {@code picture_id}, the JIDs of the linked
     * {@code devices}, and {@code verified_name} (business accounts only; kept raw, its shape is WhatsApp's).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserInfo(
            @JsonProperty("verified_name") JsonNode verifiedName,
            @JsonProperty("status") String status,
            @JsonProperty("picture_id") String pictureId,
            @JsonProperty("devices") List<String> devices) {

        public UserInfo {
            verifiedName = verifiedName == null || verifiedName.isNull() ? null : verifiedName;
            devices = devices == null ? List.of() : List.copyOf(devices);
        }
    }
}
