package org.camelvzaps.consumer.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camelvzaps.client.SecretScrubber;
import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.consumer.EventFilter;
import org.camelvzaps.client.VZapsResult;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.model.webhook.SetWebhookRequest;
import org.camelvzaps.model.webhook.WebhookConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code registerWebhook=true}: points the instance's webhook at this consumer on route start, and puts the
 * configuration found before back on route stop.
 */
final class WebhookRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);

    private final VZapsClient client;
    private final VZapsConfiguration config;
    private WebhookConfig previous;

    WebhookRegistration(VZapsClient client, VZapsConfiguration config) {
        this.client = client;
        this.config = config;
    }

    /** Fails when options are missing, before any call. */
    static void validate(VZapsConfiguration config) {
        if (config.getWebhookExternalUrl() == null || config.getWebhookExternalUrl().isBlank()) {
            throw new VZapsConfigurationException("registerWebhook=true needs webhookExternalUrl: the public URL "
                    + "VZaps can reach this application at (e.g. https://example.com)");
        }
        if (config.getInstanceId() == null || config.getInstanceId().isBlank()) {
            throw new VZapsConfigurationException("registerWebhook=true needs instanceId: the instance whose webhook "
                    + "to register");
        }
    }

    void register() {
        validate(config);
        try {
            previous = call(VZapsOperation.getWebhook, null).body(WebhookConfig.class);
            String events = config.getEvents() == null || config.getEvents().isBlank()
                    ? EventFilter.ALL : config.getEvents().replace(" ", "");
            call(VZapsOperation.setWebhook, new SetWebhookRequest(registeredUrl(), events));
            LOG.info("Registered the VZaps webhook of instance {} at {}{} for events {}", config.getInstanceId(),
                    stripSlash(config.getWebhookExternalUrl()), path(), events);
        } catch (VZapsException e) {
            // not chained: the cause's message and kept body may quote the registered URL, secret included
            throw new VZapsException("Could not register the VZaps webhook of instance " + config.getInstanceId()
                    + ": " + hideSecret(e.getMessage()));
        }
    }

    void restore() {
        if (previous == null) {
            return;
        }
        List<String> events = previous.events();
        try {
            call(VZapsOperation.setWebhook, SetWebhookRequest.of(previous.webhook(),
                    events == null || events.isEmpty() ? null : events));
            LOG.info("Restored the previous VZaps webhook configuration of instance {}", config.getInstanceId());
        } catch (VZapsException e) {
            LOG.warn("Could not restore the previous VZaps webhook of instance {}: {}", config.getInstanceId(),
                    hideSecret(e.getMessage()));
        } finally {
            previous = null;
        }
    }

    String registeredUrl() {
        String url = stripSlash(config.getWebhookExternalUrl()) + path();
        String secret = config.getWebhookSecret();
        if (secret != null && !secret.isEmpty()) {
            url += "?" + WebhookRequestCheck.SECRET_PARAMETER + "=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        }
        return url;
    }

    private VZapsResult call(VZapsOperation op, Object body) {
        return client.call(VZapsCall.forInstance(op, config.getInstanceId(), config.getInstanceToken(), body));
    }

    private String path() {
        return VZapsWebhookConsumer.normalizePath(config.getWebhookPath());
    }

    private String hideSecret(String text) {
        String secret = config.getWebhookSecret();
        return secret == null || secret.isEmpty() ? text : SecretScrubber.scrub(text, List.of(secret));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
