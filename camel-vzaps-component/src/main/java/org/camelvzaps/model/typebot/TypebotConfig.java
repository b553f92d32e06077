package org.camelvzaps.model.typebot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A TypeBot attached to the instance: the body of {@code POST typebots} and
 * {@code PATCH typebots/{typebotId}}, and the entries of {@code GET typebots} / the answer of {@code POST typebots}
 * (which add {@code typebot_id} and {@code created_at}). Built with {@link #builder()}:
 * <pre>{@code
 * TypebotConfig.builder()
 *         .typebotUrl("https://typebot.io").publicId("my-bot")
 *         .triggerType(TypebotConfig.TRIGGER_KEYWORD).triggerValue("hi")
 *         .build()
 * }</pre>
 * {@code trigger_type}: {@code all}, {@code keyword}, {@code contains}, {@code starts_with}, {@code regex},
 * {@code advanced} or {@code none}; {@code trigger_operator} (advanced only): {@code equals}, {@code contains},
 * {@code starts_with}, {@code regex}. Higher {@code priority} bots are tried first; {@code expire_in_minutes} 0
 * means sessions never expire.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TypebotConfig(
        @JsonProperty("typebot_id") String typebotId,
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("description") String description,
        @JsonProperty("typebot_url") String typebotUrl,
        @JsonProperty("public_id") String publicId,
        @JsonProperty("trigger_type") String triggerType,
        @JsonProperty("trigger_operator") String triggerOperator,
        @JsonProperty("trigger_value") String triggerValue,
        @JsonProperty("priority") Integer priority,
        @JsonProperty("expire_in_minutes") Integer expireInMinutes,
        @JsonProperty("keyword_finish") String keywordFinish,
        @JsonProperty("default_delay_ms") Integer defaultDelayMs,
        @JsonProperty("unknown_message") String unknownMessage,
        @JsonProperty("transcribe_audio") Boolean transcribeAudio,
        @JsonProperty("listen_from_me") Boolean listenFromMe,
        @JsonProperty("stop_bot_from_me") Boolean stopBotFromMe,
        @JsonProperty("keep_open") Boolean keepOpen,
        @JsonProperty("debounce_ms") Integer debounceMs,
        @JsonProperty("ignore_groups") Boolean ignoreGroups,
        @JsonProperty("created_at") String createdAt) {

    public static final String TRIGGER_ALL = "all";
    public static final String TRIGGER_KEYWORD = "keyword";
    public static final String TRIGGER_CONTAINS = "contains";
    public static final String TRIGGER_STARTS_WITH = "starts_with";
    public static final String TRIGGER_REGEX = "regex";
    public static final String TRIGGER_ADVANCED = "advanced";
    public static final String TRIGGER_NONE = "none";
    public static final String OPERATOR_EQUALS = "equals";
    public static final String OPERATOR_CONTAINS = "contains";
    public static final String OPERATOR_STARTS_WITH = "starts_with";
    public static final String OPERATOR_REGEX = "regex";

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.typebotId = typebotId;
        b.enabled = enabled;
        b.description = description;
        b.typebotUrl = typebotUrl;
        b.publicId = publicId;
        b.triggerType = triggerType;
        b.triggerOperator = triggerOperator;
        b.triggerValue = triggerValue;
        b.priority = priority;
        b.expireInMinutes = expireInMinutes;
        b.keywordFinish = keywordFinish;
        b.defaultDelayMs = defaultDelayMs;
        b.unknownMessage = unknownMessage;
        b.transcribeAudio = transcribeAudio;
        b.listenFromMe = listenFromMe;
        b.stopBotFromMe = stopBotFromMe;
        b.keepOpen = keepOpen;
        b.debounceMs = debounceMs;
        b.ignoreGroups = ignoreGroups;
        b.createdAt = createdAt;
        return b;
    }

    /** Builds a {@link TypebotConfig}; every field is optional and unset ones are not sent. */
    public static final class Builder {

        private String typebotId;
        private Boolean enabled;
        private String description;
        private String typebotUrl;
        private String publicId;
        private String triggerType;
        private String triggerOperator;
        private String triggerValue;
        private Integer priority;
        private Integer expireInMinutes;
        private String keywordFinish;
        private Integer defaultDelayMs;
        private String unknownMessage;
        private Boolean transcribeAudio;
        private Boolean listenFromMe;
        private Boolean stopBotFromMe;
        private Boolean keepOpen;
        private Integer debounceMs;
        private Boolean ignoreGroups;
        private String createdAt;

        private Builder() {
        }

        /** Set by the API; read from answers. */
        public Builder typebotId(String value) {
            this.typebotId = value;
            return this;
        }

        public Builder enabled(Boolean value) {
            this.enabled = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /** The TypeBot server, e.g. {@code https://typebot.io}. */
        public Builder typebotUrl(String value) {
            this.typebotUrl = value;
            return this;
        }

        /** The bot's public id on that server. */
        public Builder publicId(String value) {
            this.publicId = value;
            return this;
        }

        /** One of the {@code TRIGGER_*} constants. */
        public Builder triggerType(String value) {
            this.triggerType = value;
            return this;
        }

        /** With {@code advanced} triggers: one of the {@code OPERATOR_*} constants. */
        public Builder triggerOperator(String value) {
            this.triggerOperator = value;
            return this;
        }

        public Builder triggerValue(String value) {
            this.triggerValue = value;
            return this;
        }

        public Builder priority(Integer value) {
            this.priority = value;
            return this;
        }

        public Builder expireInMinutes(Integer value) {
            this.expireInMinutes = value;
            return this;
        }

        /** A message that closes the session. */
        public Builder keywordFinish(String value) {
            this.keywordFinish = value;
            return this;
        }

        public Builder defaultDelayMs(Integer value) {
            this.defaultDelayMs = value;
            return this;
        }

        /** The reply to an input the bot does not understand. */
        public Builder unknownMessage(String value) {
            this.unknownMessage = value;
            return this;
        }

        public Builder transcribeAudio(Boolean value) {
            this.transcribeAudio = value;
            return this;
        }

        public Builder listenFromMe(Boolean value) {
            this.listenFromMe = value;
            return this;
        }

        public Builder stopBotFromMe(Boolean value) {
            this.stopBotFromMe = value;
            return this;
        }

        public Builder keepOpen(Boolean value) {
            this.keepOpen = value;
            return this;
        }

        public Builder debounceMs(Integer value) {
            this.debounceMs = value;
            return this;
        }

        public Builder ignoreGroups(Boolean value) {
            this.ignoreGroups = value;
            return this;
        }

        /** Set by the API; read from answers. */
        public Builder createdAt(String value) {
            this.createdAt = value;
            return this;
        }

        public TypebotConfig build() {
            return new TypebotConfig(typebotId, enabled, description, typebotUrl, publicId, triggerType,
                    triggerOperator, triggerValue, priority, expireInMinutes, keywordFinish, defaultDelayMs,
                    unknownMessage, transcribeAudio, listenFromMe, stopBotFromMe, keepOpen, debounceMs, ignoreGroups,
                    createdAt);
        }
    }
}
