package org.camelvzaps.model.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST webhook/logs/search}: filter by delivery {@code status} ({@link WebhookLog#FAILED}, ...) and
 * page through the result ({@code page} from 1, {@code size}); unset fields are not sent.
 * <pre>{@code
 * SearchWebhookLogsRequest.failed().withPage(2)
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchWebhookLogsRequest(
        @JsonProperty("status") String status,
        @JsonProperty("page") Integer page,
        @JsonProperty("size") Integer size) {

    /** Every log, first page: an empty body. */
    public static SearchWebhookLogsRequest all() {
        return new SearchWebhookLogsRequest(null, null, null);
    }

    public static SearchWebhookLogsRequest byStatus(String status) {
        return new SearchWebhookLogsRequest(status, null, null);
    }

    /** The failed deliveries, the ones worth a retry. */
    public static SearchWebhookLogsRequest failed() {
        return byStatus(WebhookLog.FAILED);
    }

    public SearchWebhookLogsRequest withPage(Integer value) {
        return new SearchWebhookLogsRequest(status, value, size);
    }

    public SearchWebhookLogsRequest withSize(Integer value) {
        return new SearchWebhookLogsRequest(status, page, value);
    }
}
