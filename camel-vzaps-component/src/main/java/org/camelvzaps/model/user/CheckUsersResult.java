package org.camelvzaps.model.user;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Answer of {@code POST user/check}: one entry per number asked, {@code exists} telling whether it has WhatsApp and
 * {@code jid} the address to write to.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckUsersResult(@JsonProperty("users") List<CheckedUser> users) {

    public CheckUsersResult {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** The entry for this number, if the answer has one. */
    public Optional<CheckedUser> user(String phone) {
        return users.stream().filter(u -> phone != null && phone.equals(u.phone())).findFirst();
    }

    /** One checked number. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckedUser(
            @JsonProperty("phone") String phone,
            @JsonProperty("exists") Boolean exists,
            @JsonProperty("jid") String jid) {

        /** True when the number has WhatsApp. */
        @JsonIgnore
        public boolean isOnWhatsApp() {
            return Boolean.TRUE.equals(exists);
        }
    }
}
