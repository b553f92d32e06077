package org.camelvzaps.consumer.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.consumer.SilenceWatch;
import org.camelvzaps.consumer.VZapsCheck;

/**
 * The webhook consumer's check: UP while its route serves callbacks; DOWN while registering the webhook failed
 * ({@code registerWebhook}) or, with {@code silenceTimeout}, while an instance whose session is connected sent no
 * event for that long. Details: the time since the last accepted delivery, refusals by reason, the last replay.
 */
final class WebhookHealthCheck extends VZapsCheck {

    private final VZapsConfiguration config;
    private final WebhookActivity activity;
    private final SilenceWatch silence;
    private final Supplier<String> routeId;

    WebhookHealthCheck(VZapsConfiguration config, WebhookActivity activity, SilenceWatch silence,
                       Supplier<String> routeId) {
        this.config = config;
        this.activity = activity;
        this.silence = silence;
        this.routeId = routeId;
    }

    @Override
    public String getId() {
        return "consumer:vzaps-webhook-" + routeId.get();
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail("vzaps.webhookPath", VZapsWebhookConsumer.normalizePath(config.getWebhookPath()));
        Instant lastAccepted = activity.lastAccepted();
        if (lastAccepted != null) {
            builder.detail("vzaps.sinceLastAcceptedMillis", Duration.between(lastAccepted, Instant.now()).toMillis());
        }
        activity.refusals().forEach((reason, count) -> builder.detail("vzaps.refused." + reason, count));
        WebhookActivity.ReplayRun replay = activity.lastReplay();
        if (replay != null) {
            builder.detail("vzaps.replay.lastRun", replay.at().toString());
            builder.detail("vzaps.replay.replayed", replay.replayed());
            builder.detail("vzaps.replay.refused", replay.refused());
        }
        String registration = activity.registrationProblem();
        if (registration != null) {
            builder.detail("vzaps.registration", registration);
            return builder.message("webhook registration failed: " + registration).down().build();
        }
        List<String> silent = silentInstances();
        if (!silent.isEmpty()) {
            builder.detail("vzaps.silent", String.join("; ", silent));
            return builder.message(silent.get(0)).down().build();
        }
        return builder.up().build();
    }

    /** The instances silent too long: the configured instance, and every instance that sent events before. */
    private List<String> silentInstances() {
        List<String> silent = new ArrayList<>();
        if (!silence.isEnabled()) {
            return silent;
        }
        Map<String, Instant> lastEvents = activity.lastEventByInstance();
        String configured = config.getInstanceId();
        if (configured != null && !configured.isBlank() && !lastEvents.containsKey(configured.trim())) {
            // nothing since the consumer started listening
            addIfSilent(silent, configured.trim(), activity.started());
        }
        lastEvents.forEach((instanceId, lastEvent) -> addIfSilent(silent, instanceId, lastEvent));
        return silent;
    }

    private void addIfSilent(List<String> silent, String instanceId, Instant lastEvent) {
        String since = silence.silentSince(instanceId, lastEvent);
        if (since != null) {
            silent.add("instance " + instanceId + " " + since);
        }
    }
}
