package org.camelvzaps.component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.util.URISupport;
import org.camelvzaps.client.VZapsAuthException;
import org.camelvzaps.client.VZapsApiException;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsRateLimitException;
import org.camelvzaps.client.VZapsTransportException;
import org.camelvzaps.consumer.VZapsCheck;

/**
 * A producer's readiness (Camel's opt-in producer checks: {@code healthCheckProducerEnabled} on the component and
 * {@code camel.health.producersEnabled}): UP when a JWT can be obtained for the account (the client's cached one:
 * {@code POST /token} is called at most once per token lifetime, and after a failure at most once per
 * {@link #RETRY_AFTER_FAILURE}), or when the instance-token pair is set. DOWN names the reason (credentials refused,
 * host unreachable) and never a secret.
 */
final class VZapsProducerHealthCheck extends VZapsCheck {

    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(60);

    private final VZapsEndpoint endpoint;
    private final String id;
    private volatile Instant failedAt;
    private volatile String failure;

    VZapsProducerHealthCheck(VZapsEndpoint endpoint) {
        this.endpoint = endpoint;
        this.id = "producer:" + URISupport.sanitizeUri(endpoint.getEndpointUri());
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public Result call(Map<String, Object> options) {
        VZapsConfiguration config = endpoint.getConfiguration();
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail("vzaps.baseUrl", config.getBaseUrl());
        if (isBlank(config.getClientToken())) {
            return builder.message("no clientToken: set clientToken, and clientSecret or instanceToken").down().build();
        }
        if (isBlank(config.getClientSecret())) {
            if (isBlank(config.getInstanceToken())) {
                return builder.message("no clientSecret and no instanceToken: set clientSecret (JWT) or instanceToken")
                        .down().build();
            }
            builder.detail("vzaps.auth", "instance token");
            return builder.up().build();
        }
        builder.detail("vzaps.auth", "jwt");
        Instant lastFailure = failedAt;
        if (lastFailure != null && Instant.now().isBefore(lastFailure.plus(RETRY_AFTER_FAILURE))) {
            return builder.message(failure).down().build();
        }
        VZapsClient client = endpoint.getClient();
        try {
            client.accessToken();
            failedAt = null;
            Instant expires = client.tokenExpiresAt();
            if (expires != null) {
                builder.detail("vzaps.tokenExpiresAt", expires.toString());
            }
            return builder.up().build();
        } catch (RuntimeException e) {
            failure = reason(e, config.getBaseUrl());
            failedAt = Instant.now();
            return builder.message(failure).down().build();
        }
    }

    /** Why no token could be obtained, in words that never hold a secret. */
    static String reason(RuntimeException e, String baseUrl) {
        if (e instanceof VZapsAuthException auth) {
            return "VZaps refused the account's credentials (HTTP " + auth.getStatusCode()
                   + "): check clientToken and clientSecret";
        }
        if (e instanceof VZapsRateLimitException) {
            return "VZaps rate-limited POST /token (HTTP 429)";
        }
        if (e instanceof VZapsApiException api) {
            return "VZaps answered POST /token with HTTP " + api.getStatusCode();
        }
        if (e instanceof VZapsTransportException) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return "VZaps API unreachable at " + baseUrl + " (" + cause.getClass().getSimpleName() + ")";
        }
        return "could not obtain a VZaps token (" + e.getClass().getSimpleName() + ")";
    }

    /** Adds the check to Camel's producers repository (when camel-health is present); returns it, or null. */
    static VZapsProducerHealthCheck register(VZapsEndpoint endpoint) {
        CamelContext context = endpoint.getCamelContext();
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        if (repository == null) {
            return null;
        }
        VZapsProducerHealthCheck check = new VZapsProducerHealthCheck(endpoint);
        check.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
        repository.addHealthCheck(check);
        return check;
    }

    static void unregister(VZapsEndpoint endpoint, VZapsProducerHealthCheck check) {
        if (check == null) {
            return;
        }
        WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (repository != null) {
            repository.removeHealthCheck(check);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
