package org.camelvzaps.model.chatwoot;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The instance's Chatwoot integration: the body of {@code POST chatwoot} and the answer of
 * {@code GET}/{@code POST chatwoot}. {@code token} (the Chatwoot API access token) is only sent: answers carry
 * {@code token_masked} instead, and the read-only {@code webhook_url} to register in Chatwoot. The token stays out
 * of {@link #toString()}.
 * <pre>{@code
 * ChatwootConfig.builder()
 *         .enabled(true).url("https://chatwoot.example.com").accountId("1").token(secret).nameInbox("WhatsApp")
 *         .build()
 * }</pre>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatwootConfig(
        @JsonProperty("enabled") Boolean enabled,
        @JsonProperty("url") String url,
        @JsonProperty("account_id") String accountId,
        @JsonProperty("token") String token,
        @JsonProperty("name_inbox") String nameInbox,
        @JsonProperty("sign_msg") Boolean signMsg,
        @JsonProperty("sign_delimiter") String signDelimiter,
        @JsonProperty("number") String number,
        @JsonProperty("reopen_conversation") Boolean reopenConversation,
        @JsonProperty("conversation_pending") Boolean conversationPending,
        @JsonProperty("import_contacts") Boolean importContacts,
        @JsonProperty("import_messages") Boolean importMessages,
        @JsonProperty("days_limit_import_messages") Integer daysLimitImportMessages,
        @JsonProperty("auto_create") Boolean autoCreate,
        @JsonProperty("organization") String organization,
        @JsonProperty("logo") String logo,
        @JsonProperty("ignore_jids") List<String> ignoreJids,
        @JsonProperty("ignore_groups") Boolean ignoreGroups,
        @JsonProperty("webhook_url") String webhookUrl,
        @JsonProperty("token_masked") String tokenMasked) {

    public ChatwootConfig {
        ignoreJids = ignoreJids == null ? null : List.copyOf(ignoreJids);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this config's values, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.enabled = enabled;
        b.url = url;
        b.accountId = accountId;
        b.token = token;
        b.nameInbox = nameInbox;
        b.signMsg = signMsg;
        b.signDelimiter = signDelimiter;
        b.number = number;
        b.reopenConversation = reopenConversation;
        b.conversationPending = conversationPending;
        b.importContacts = importContacts;
        b.importMessages = importMessages;
        b.daysLimitImportMessages = daysLimitImportMessages;
        b.autoCreate = autoCreate;
        b.organization = organization;
        b.logo = logo;
        b.ignoreJids = ignoreJids;
        b.ignoreGroups = ignoreGroups;
        b.webhookUrl = webhookUrl;
        b.tokenMasked = tokenMasked;
        return b;
    }

    @Override
    public String toString() {
        return "ChatwootConfig[enabled=" + enabled + ", url=" + url + ", accountId=" + accountId + ", token="
               + (token == null ? "none" : "xxxxxx") + ", tokenMasked=" + tokenMasked + ", nameInbox=" + nameInbox
               + ", webhookUrl=" + webhookUrl + "]";
    }

    /** Builds a {@link ChatwootConfig}; every field is optional and unset ones are not sent. */
    public static final class Builder {

        private Boolean enabled;
        private String url;
        private String accountId;
        private String token;
        private String nameInbox;
        private Boolean signMsg;
        private String signDelimiter;
        private String number;
        private Boolean reopenConversation;
        private Boolean conversationPending;
        private Boolean importContacts;
        private Boolean importMessages;
        private Integer daysLimitImportMessages;
        private Boolean autoCreate;
        private String organization;
        private String logo;
        private List<String> ignoreJids;
        private Boolean ignoreGroups;
        private String webhookUrl;
        private String tokenMasked;

        private Builder() {
        }

        public Builder enabled(Boolean value) {
            this.enabled = value;
            return this;
        }

        /** The Chatwoot server. */
        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public Builder accountId(String value) {
            this.accountId = value;
            return this;
        }

        /** The Chatwoot API access token (a secret; answers never carry it). */
        public Builder token(String value) {
            this.token = value;
            return this;
        }

        public Builder nameInbox(String value) {
            this.nameInbox = value;
            return this;
        }

        /** Prefix agents' messages with their name. */
        public Builder signMsg(Boolean value) {
            this.signMsg = value;
            return this;
        }

        public Builder signDelimiter(String value) {
            this.signDelimiter = value;
            return this;
        }

        public Builder number(String value) {
            this.number = value;
            return this;
        }

        public Builder reopenConversation(Boolean value) {
            this.reopenConversation = value;
            return this;
        }

        public Builder conversationPending(Boolean value) {
            this.conversationPending = value;
            return this;
        }

        public Builder importContacts(Boolean value) {
            this.importContacts = value;
            return this;
        }

        public Builder importMessages(Boolean value) {
            this.importMessages = value;
            return this;
        }

        /** At least 1. */
        public Builder daysLimitImportMessages(Integer value) {
            this.daysLimitImportMessages = value;
            return this;
        }

        public Builder autoCreate(Boolean value) {
            this.autoCreate = value;
            return this;
        }

        public Builder organization(String value) {
            this.organization = value;
            return this;
        }

        public Builder logo(String value) {
            this.logo = value;
            return this;
        }

        /** JIDs whose messages are not mirrored to Chatwoot. */
        public Builder ignoreJids(List<String> value) {
            this.ignoreJids = value;
            return this;
        }

        public Builder ignoreJids(String... values) {
            return ignoreJids(List.of(values));
        }

        public Builder ignoreGroups(Boolean value) {
            this.ignoreGroups = value;
            return this;
        }

        /** Read-only: the URL to register in Chatwoot. */
        public Builder webhookUrl(String value) {
            this.webhookUrl = value;
            return this;
        }

        /** Read-only: the token as answers show it. */
        public Builder tokenMasked(String value) {
            this.tokenMasked = value;
            return this;
        }

        public ChatwootConfig build() {
            return new ChatwootConfig(enabled, url, accountId, token, nameInbox, signMsg, signDelimiter, number,
                    reopenConversation, conversationPending, importContacts, importMessages, daysLimitImportMessages,
                    autoCreate, organization, logo, ignoreJids, ignoreGroups, webhookUrl, tokenMasked);
        }
    }
}
