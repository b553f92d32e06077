package org.camelvzaps.model.chat;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Disappearing-messages setting of a chat, as the API writes it: {@code 24_HOURS}, {@code 7_DAYS}, {@code 90_DAYS}
 * or {@code OFF}.
 */
public enum ChatExpiration {

    HOURS_24("24_HOURS"),
    DAYS_7("7_DAYS"),
    DAYS_90("90_DAYS"),
    OFF("OFF");

    private final String wire;

    ChatExpiration(String wire) {
        this.wire = wire;
    }

    /** The value on the wire ({@code 24_HOURS}, ...). */
    @JsonValue
    public String wire() {
        return wire;
    }

    /**
     * Reads the wire value or the constant name, in any case ({@code 7_DAYS}, {@code days_7}); null for null, blank
     * or a value this version does not know, so that a new setting on the platform does not break reading a chat.
     */
    @JsonCreator
    public static ChatExpiration fromWire(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        for (ChatExpiration e : values()) {
            if (e.wire.equals(upper) || e.name().equals(upper)) {
                return e;
            }
        }
        return null;
    }
}
