package org.camelvzaps.consumer.webhook;

import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.component.VZapsEndpoint;
import org.camelvzaps.consumer.SilenceWatch;
import org.camelvzaps.observe.VZapsObserver;
import org.camelvzaps.consumer.EventPipeline;
import org.camelvzaps.consumer.RepositoryLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("vzaps:webhook")}: listens through a {@code platform-http} consumer on {@code webhookPath}, so the
 * same route runs on Camel Main, Spring Boot and Quarkus (the runtime supplies the HTTP engine). With
 * {@code registerWebhook=true} it registers itself with VZaps on start and restores the previous configuration on
 * stop; with {@code replayFailedDeliveries=true} it has VZaps deliver the failed deliveries again, in the background.
 */
public class VZapsWebhookConsumer extends DefaultConsumer implements HealthCheckAware {

    private static final Logger LOG = LoggerFactory.getLogger(VZapsWebhookConsumer.class);
    /** How long stop waits for a replay call under way before interrupting it. */
    private static final long REPLAY_STOP_WAIT = 5_000;

    private final VZapsConfiguration config;
    private final Supplier<VZapsClient> client;
    private Consumer listener;
    private VertxEarlyRefusal earlyRefusal;
    private WebhookRegistration registration;
    /** Without a stateRepository the cursor lives here: it survives route restarts, not JVM restarts. */
    private final StateRepository<String, String> memoryCursors = new MemoryStateRepository();
    private StateRepository<String, String> cursors;
    private WebhookReplay replay;
    private ExecutorService replayThread;
    private WebhookActivity activity;
    private HealthCheck healthCheck;

    public VZapsWebhookConsumer(Endpoint endpoint, Processor processor, VZapsConfiguration config,
                                Supplier<VZapsClient> client) {
        super(endpoint, processor);
        this.config = config;
        this.client = client;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (config.isRegisterWebhook()) {
            WebhookRegistration.validate(config);
        }
        if (config.isReplayFailedDeliveries() && (config.getInstanceId() == null || config.getInstanceId().isBlank())) {
            throw new VZapsConfigurationException("replayFailedDeliveries=true needs instanceId: the instance whose "
                    + "failed deliveries to replay");
        }
        if (config.isReplayFailedDeliveries()) {
            requirePositive("replayLimit", config.getReplayLimit(), "the most failed deliveries replayed on one start");
            requirePositive("replayTimeout", config.getReplayTimeout(), "the milliseconds replay may take");
            requirePositive("replayMaxFailures", config.getReplayMaxFailures(),
                    "the retries in a row that may fail before replay stops");
        }
        if (config.getMaxBodySize() <= 0) {
            throw new VZapsConfigurationException("maxBodySize must be a positive number of bytes (got "
                    + config.getMaxBodySize() + "): it bounds what a webhook caller can make the server hold");
        }
        if (config.getWebhookSecret() == null || config.getWebhookSecret().isBlank()) {
            LOG.warn("vzaps:webhook on {} has no webhookSecret: any caller that can reach it can post events (VZaps does "
                     + "not sign callbacks); set webhookSecret", normalizePath(config.getWebhookPath()));
        }
        // muteException (platform-http option, singular): a failure must never send a stack trace back to the caller
        Endpoint http = getEndpoint().getCamelContext().getEndpoint("platform-http:" + normalizePath(config.getWebhookPath())
                + "?httpMethodRestrict=POST&muteException=true");
        activity = new WebhookActivity(getEndpoint() instanceof VZapsEndpoint vzaps ? vzaps.getComponent().observer()
                : VZapsObserver.NONE);
        healthCheck = new WebhookHealthCheck(config, activity,
                new SilenceWatch(config.getSilenceTimeout(), client, config.getInstanceToken()), this::getRouteId);
        listener = http.createConsumer(new VZapsWebhookProcessor(config,
                new EventPipeline(this, config.getEvents(), config.getIdempotentRepository(),
                config.isSplitReceipts()), activity));
        ServiceHelper.initService(listener);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        cursors = config.getStateRepository() != null ? config.getStateRepository() : memoryCursors;
        // counted, not started and stopped here: one repository bean may serve several routes
        RepositoryLeases.acquire(config.getStateRepository());
        try {
            RepositoryLeases.acquire(config.getIdempotentRepository());
        } catch (RuntimeException e) {
            RepositoryLeases.release(config.getStateRepository());
            throw e;
        }
        if (VertxEarlyRefusal.available()) {
            earlyRefusal = new VertxEarlyRefusal();
            earlyRefusal.install(getEndpoint().getCamelContext(), normalizePath(config.getWebhookPath()), config, activity);
        }
        ServiceHelper.startService(listener);
        if (config.isRegisterWebhook()) {
            registration = new WebhookRegistration(client.get(), config);
            try {
                registration.register();
                activity.registered();
            } catch (RuntimeException e) {
                activity.registrationFailed(e.getMessage());
                ServiceHelper.stopService(listener);
                registration = null;
                throw e;
            }
        }
        if (config.isReplayFailedDeliveries()) {
            // in the background: the route serves callbacks (the replayed ones too) while VZaps is asked
            replay = new WebhookReplay(client.get(), config, cursors);
            replay.reportTo(activity);
            replayThread = getEndpoint().getCamelContext().getExecutorServiceManager()
                    .newSingleThreadExecutor(this, "VZapsWebhookReplay-" + config.getInstanceId());
            replayThread.execute(replay);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (replay != null) {
            // ends after the call under way (bounded by responseTimeout); the rest is asked for on the next start
            replay.stop();
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(replayThread, REPLAY_STOP_WAIT);
            replay = null;
            replayThread = null;
        }
        if (registration != null) {
            registration.restore();
            registration = null;
        }
        ServiceHelper.stopService(listener);
        RepositoryLeases.release(config.getIdempotentRepository());
        RepositoryLeases.release(config.getStateRepository());
        if (earlyRefusal != null) {
            earlyRefusal.remove();
            earlyRefusal = null;
        }
        super.doStop();
    }

    @Override
    protected void doShutdown() throws Exception {
        ServiceHelper.stopAndShutdownService(listener);
        super.doShutdown();
    }

    @Override
    public HealthCheck getHealthCheck() {
        return healthCheck;
    }

    /** What this consumer has seen (deliveries, refusals, replay), for health and the dev console. */
    public WebhookActivity activity() {
        return activity;
    }

    private static void requirePositive(String option, long value, String meaning) {
        if (value <= 0) {
            throw new VZapsConfigurationException(option + " must be a positive number (got " + value + "): it is "
                                                  + meaning);
        }
    }

    static String normalizePath(String path) {
        String p = path == null || path.isBlank() ? VZapsConfiguration.DEFAULT_WEBHOOK_PATH : path.trim();
        return p.startsWith("/") ? p : "/" + p;
    }
}
