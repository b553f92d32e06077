package org.camelvzaps.webhook;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.component.VZapsEndpoint;

/**
 * {@code from("vzaps:webhook")}: listens through a {@code platform-http} consumer on {@code webhookPath}, so the
 * same route runs on Camel Main, Spring Boot and Quarkus (the runtime supplies the HTTP engine). With
 * {@code registerWebhook=true} it registers itself with VZaps on start and restores the previous configuration on
 * stop.
 */
public class VZapsWebhookConsumer extends DefaultConsumer {

    private Consumer listener;
    private WebhookRegistration registration;

    public VZapsWebhookConsumer(VZapsEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public VZapsEndpoint getEndpoint() {
        return (VZapsEndpoint) super.getEndpoint();
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        VZapsConfiguration config = getEndpoint().getConfiguration();
        if (config.isRegisterWebhook()) {
            WebhookRegistration.validate(config);
        }
        // muteException (platform-http option, singular): a failure must never send a stack trace back to the caller
        Endpoint http = getEndpoint().getCamelContext().getEndpoint("platform-http:" + normalizePath(config.getWebhookPath())
                + "?httpMethodRestrict=POST&muteException=true");
        listener = http.createConsumer(new VZapsWebhookProcessor(this));
        ServiceHelper.initService(listener);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(listener);
        if (getEndpoint().getConfiguration().isRegisterWebhook()) {
            registration = new WebhookRegistration(getEndpoint().getClient(), getEndpoint().getConfiguration());
            try {
                registration.register();
            } catch (RuntimeException e) {
                ServiceHelper.stopService(listener);
                registration = null;
                throw e;
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (registration != null) {
            registration.restore();
            registration = null;
        }
        ServiceHelper.stopService(listener);
        super.doStop();
    }

    @Override
    protected void doShutdown() throws Exception {
        ServiceHelper.stopAndShutdownService(listener);
        super.doShutdown();
    }

    static String normalizePath(String path) {
        String p = path == null || path.isBlank() ? VZapsConfiguration.DEFAULT_WEBHOOK_PATH : path.trim();
        return p.startsWith("/") ? p : "/" + p;
    }
}
