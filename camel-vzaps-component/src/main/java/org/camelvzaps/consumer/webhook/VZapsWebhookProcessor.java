package org.camelvzaps.consumer.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.AsyncProcessorSupport;
import org.camelvzaps.client.Json;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.consumer.EventPipeline;
import org.camelvzaps.model.event.VZapsEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one callback that platform-http received: checks it, hands the event to the {@link EventPipeline}, and
 * answers only once the route has finished — 200 when it succeeded (or the event was filtered or a duplicate), 500
 * when it failed (so VZaps logs a failed delivery that can be replayed). Rejected callbacks never reach the route.
 */
final class VZapsWebhookProcessor extends AsyncProcessorSupport {

    private static final Logger LOG = LoggerFactory.getLogger(VZapsWebhookProcessor.class);
    private static final String INSTANCE_ID_HEADER = "X-Instance-ID";

    private final VZapsConfiguration config;
    private final EventPipeline pipeline;
    private final WebhookActivity activity;

    VZapsWebhookProcessor(VZapsConfiguration config, EventPipeline pipeline, WebhookActivity activity) {
        this.config = config;
        this.pipeline = pipeline;
        this.activity = activity;
    }

    @Override
    public boolean process(Exchange http, AsyncCallback callback) {
        Message request = http.getMessage();
        String rawQuery = request.getHeader(Exchange.HTTP_RAW_QUERY, String.class);
        if (rawQuery == null) {
            rawQuery = request.getHeader(Exchange.HTTP_QUERY, String.class);
        }
        hideSecret(request, rawQuery);

        if (!WebhookRequestCheck.secretMatches(config.getWebhookSecret(), rawQuery)) {
            return reject(http, callback, 401, WebhookRequestCheck.WRONG_SECRET);
        }
        if (!WebhookRequestCheck.isJson(request.getHeader(Exchange.CONTENT_TYPE, String.class))) {
            return reject(http, callback, 415, "Content-Type must be application/json");
        }
        Long declaredLength = request.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declaredLength != null && declaredLength > config.getMaxBodySize()) {
            return reject(http, callback, 413, WebhookRequestCheck.tooLarge(config.getMaxBodySize()));
        }
        byte[] body = request.getBody(byte[].class);
        if (body != null && body.length > config.getMaxBodySize()) {
            return reject(http, callback, 413, WebhookRequestCheck.tooLarge(config.getMaxBodySize()));
        }

        VZapsEvent event;
        try {
            JsonNode json = Json.readStrict(body == null ? new byte[0] : body);
            event = VZapsEvent.parse(json);
        } catch (Exception e) {
            return reject(http, callback, 400, "Body is not a VZaps event: " + firstLine(e.getMessage()));
        }
        if (event.instanceId() == null) {
            String fromHeader = request.getHeader(INSTANCE_ID_HEADER, String.class);
            if (fromHeader == null) {
                fromHeader = config.getInstanceId();
            }
            event = event.withInstanceId(fromHeader);
        }
        activity.arrived(event.instanceId());
        return pipeline.process(event, (outcome, failure, doneSync) -> {
            if (outcome.acknowledge()) {
                activity.accepted();
            }
            switch (outcome) {
                case PROCESSED, DUPLICATE -> setAnswer(http, 200, "{\"status\":\"ok\"}");
                case FILTERED -> setAnswer(http, 200, "{\"status\":\"ignored\"}");
                default -> setAnswer(http, 500, "{\"success\":false,\"error\":\"The route failed to process the event\"}");
            }
            callback.done(doneSync);
        });
    }

    /** The secret must not reach logs or tracers through the HTTP exchange either. */
    private static void hideSecret(Message request, String rawQuery) {
        request.removeHeader(WebhookRequestCheck.SECRET_PARAMETER);
        if (rawQuery == null || WebhookRequestCheck.queryParameter(rawQuery, WebhookRequestCheck.SECRET_PARAMETER) == null) {
            return;
        }
        String cleanQuery = WebhookRequestCheck.withoutSecret(rawQuery);
        for (String header : new String[] { Exchange.HTTP_QUERY, Exchange.HTTP_RAW_QUERY }) {
            if (request.getHeader(header) != null) {
                request.setHeader(header, cleanQuery);
            }
        }
        for (String header : new String[] { Exchange.HTTP_URI, Exchange.HTTP_URL }) {
            String value = request.getHeader(header, String.class);
            if (value != null && value.contains("?")) {
                String base = value.substring(0, value.indexOf('?'));
                request.setHeader(header, cleanQuery == null ? base : base + "?" + cleanQuery);
            }
        }
    }

    private boolean reject(Exchange http, AsyncCallback callback, int status, String reason) {
        activity.refused(status);
        LOG.debug("VZaps webhook call rejected with {}: {}", status, reason);
        return answer(http, callback, status, Json.mapper().createObjectNode()
                .put("success", false).put("error", reason).toString());
    }

    private static boolean answer(Exchange http, AsyncCallback callback, int status, String json) {
        setAnswer(http, status, json);
        callback.done(true);
        return true;
    }

    private static void setAnswer(Exchange http, int status, String json) {
        Message response = http.getMessage();
        response.getHeaders().clear();
        response.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        response.setHeader(Exchange.CONTENT_TYPE, "application/json");
        response.setBody(json);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
