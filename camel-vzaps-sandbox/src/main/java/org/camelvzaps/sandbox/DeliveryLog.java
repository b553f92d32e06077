package org.camelvzaps.sandbox;

import java.time.Instant;

/**
 * Snapshot of one webhook delivery as the logs API shows it.
 *
 * @param id             {@code wlog_...}
 * @param instanceId     instance that emitted the event
 * @param eventType      {@code Message}, {@code ReadReceipt}, {@code Connected}, ...
 * @param url            webhook URL the payload was posted to
 * @param status         {@code success} or {@code failed} ({@code pending} until the first attempt finished)
 * @param attempts       number of HTTP attempts so far (first delivery + retries)
 * @param responseStatus HTTP status of the last attempt, null when no answer (timeout, connection error)
 * @param error          what went wrong in the last attempt, null on success
 * @param payload        the JSON text that was posted
 * @param createdAt      when the event was emitted
 * @param updatedAt      when the last attempt finished
 */
public record DeliveryLog(String id, String instanceId, String eventType, String url, String status, int attempts,
                          Integer responseStatus, String error, String payload, Instant createdAt, Instant updatedAt) {

    public boolean succeeded() {
        return "success".equals(status);
    }
}
