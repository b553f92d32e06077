package org.camelvzaps.component;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.consumer.pairing.VZapsPairingConsumer;
import org.camelvzaps.consumer.realtime.VZapsRealtimeConsumer;
import org.camelvzaps.consumer.webhook.VZapsWebhookConsumer;

/**
 * Manage WhatsApp instances, send messages and receive events through the VZaps gateway API.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "vzaps", title = "VZaps", syntax = "vzaps:operation",
             category = { Category.CHAT, Category.API }, headersClass = VZapsConstants.class)
public class VZapsEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriParam
    private final VZapsConfiguration configuration;

    private volatile VZapsClient client;

    public VZapsEndpoint(String uri, VZapsComponent component, VZapsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() throws Exception {
        if (!configuration.getOperation().isOperation()) {
            throw new IllegalArgumentException("vzaps:" + configuration.getOperation()
                    + " receives events: use it in from(...), not to(...)");
        }
        return new VZapsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        Consumer consumer = switch (configuration.getOperation().kind()) {
            case WEBHOOK -> new VZapsWebhookConsumer(this, processor, configuration, this::getClient);
            case REALTIME -> new VZapsRealtimeConsumer(this, processor, configuration, this::getClient);
            case PAIRING -> new VZapsPairingConsumer(this, processor, configuration, this::getClient);
            case OPERATION -> throw new IllegalArgumentException("vzaps:" + configuration.getOperation()
                    + " is an operation to call with to(...); use vzaps:webhook, vzaps:realtime or vzaps:pairing in "
                    + "from(...) to receive events");
        };
        configureConsumer(consumer);
        return consumer;
    }

    /** The client shared by every endpoint with the same account and HTTP options. */
    public VZapsClient getClient() {
        VZapsClient result = client;
        if (result == null) {
            synchronized (this) {
                if (client == null) {
                    client = getComponent().clientFor(configuration);
                }
                result = client;
            }
        }
        return result;
    }

    @Override
    protected void doStop() throws Exception {
        // the client belongs to the component (shared); forget it so a restart picks up the current one
        client = null;
        super.doStop();
    }

    @Override
    public VZapsComponent getComponent() {
        return (VZapsComponent) super.getComponent();
    }

    public VZapsConfiguration getConfiguration() {
        return configuration;
    }

    /** The realtime URL for {@code vzaps:realtime}, the API base URL for every other endpoint. */
    @Override
    public String getServiceUrl() {
        return isRealtime() ? configuration.getRealtimeUrl() : configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return isRealtime() ? "websocket" : "http";
    }

    private boolean isRealtime() {
        return configuration.getOperation() != null
               && configuration.getOperation().kind() == org.camelvzaps.client.VZapsOperation.Kind.REALTIME;
    }
}
