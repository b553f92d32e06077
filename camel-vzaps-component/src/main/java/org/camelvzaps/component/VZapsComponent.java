package org.camelvzaps.component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.IOHelper;
import org.camelvzaps.client.RetryPolicy;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsClientSettings;
import org.camelvzaps.client.VZapsCredentials;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.observe.ComponentObservers;
import org.camelvzaps.observe.VZapsObserver;
import org.camelvzaps.observe.VZapsStats;

/**
 * The {@code vzaps:} component. Holds the defaults every endpoint copies, and one {@link VZapsClient} per account
 * and HTTP setup, so all endpoints of an account share a connection pool and a JWT cache. Clients are closed when
 * the component stops.
 */
@Component("vzaps")
public class VZapsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "Defaults for every vzaps endpoint; each option can be overridden on the endpoint.")
    private VZapsConfiguration configuration = new VZapsConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters of the CamelContext when sslContextParameters is not set.")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "advanced", defaultValue = "false",
              description = "Add the instance_id tag to the vzaps metrics. Off by default: a fleet of thousands of "
                            + "instances would create thousands of time series per meter.")
    private boolean metricsInstanceTag;

    static final long PAIRING_POLL_DELAY = 2000;

    private final VZapsStats stats = new VZapsStats();
    private volatile VZapsObserver observer;

    private final Map<HttpClientKey, VZapsClient> clients = new ConcurrentHashMap<>();
    private SendPacer sendPacer;
    private ScheduledExecutorService pacerScheduler;
    private ExecutorService pacerWorkers;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("A vzaps endpoint needs an operation, e.g. vzaps:sendText, or a consumer: vzaps:webhook, vzaps:realtime, vzaps:pairing");
        }
        VZapsConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(VZapsOperation.fromName(remaining));
        VZapsEndpoint endpoint = new VZapsEndpoint(uri, this, endpointConfiguration);
        if (endpointConfiguration.getOperation().kind() == VZapsOperation.Kind.PAIRING) {
            // a QR code lives about 20 s: polling every 2 s shows each one without hammering the API
            endpoint.setDelay(PAIRING_POLL_DELAY);
        }
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    /** The shared client for the endpoint's account and HTTP options, created on first use. */
    VZapsClient clientFor(VZapsConfiguration c) {
        return clients.computeIfAbsent(HttpClientKey.of(c), key -> observed(new VZapsClient(
                new VZapsClientSettings(c.getBaseUrl(), new VZapsCredentials(c.getClientToken(), c.getClientSecret()),
                        c.getUserAgent(), null, null,
                        c.getResponseTimeout() > 0 ? Duration.ofMillis(c.getResponseTimeout()) : null, c.getMaxResponseSize(),
                        new RetryPolicy(c.getMaxRetries(), Duration.ofMillis(c.getRetryDelay()),
                                Duration.ofMillis(c.getMaxRetryDelay()))),
                VZapsHttpClientFactory.create(c, getCamelContext()))));
    }

    /**
     * The pacer of every paced message send of this component, created on first use: one per component, so all
     * endpoints and routes sending for an instance share its pace. Its scheduler holds the waiting sends; a worker
     * makes each call when its turn comes (at most one per instance at a time).
     */
    synchronized SendPacer sendPacer() {
        if (sendPacer == null) {
            ExecutorServiceManager executors = getCamelContext().getExecutorServiceManager();
            pacerScheduler = executors.newSingleThreadScheduledExecutor(this, "VZapsSendPacer");
            pacerWorkers = executors.newCachedThreadPool(this, "VZapsPacedSend");
            sendPacer = new SendPacer(pacerScheduler, pacerWorkers);
        }
        return sendPacer;
    }

    private VZapsClient observed(VZapsClient client) {
        client.observe(observer());
        return client;
    }

    /**
     * Where this component's calls, events and sockets are reported: the console statistics, and the Micrometer
     * registry of the Camel registry when there is one (looked up once).
     */
    public VZapsObserver observer() {
        VZapsObserver result = observer;
        if (result == null) {
            synchronized (this) {
                if (observer == null) {
                    observer = ComponentObservers.of(getCamelContext(), stats, metricsInstanceTag);
                }
                result = observer;
            }
        }
        return result;
    }

    /** The counts the vzaps dev console shows. */
    public VZapsStats stats() {
        return stats;
    }

    /** The clients of this component (one per account and HTTP setup), for the dev console. */
    public java.util.Collection<VZapsClient> clients() {
        return java.util.List.copyOf(clients.values());
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        SensitiveOptionKeywords.register(getCamelContext());
        SecretHeaderMasking.installOnTracer(getCamelContext());
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(IOHelper::close);
        clients.clear();
        synchronized (this) {
            if (sendPacer != null) {
                sendPacer.close();
                getCamelContext().getExecutorServiceManager().shutdownNow(pacerScheduler);
                getCamelContext().getExecutorServiceManager().shutdown(pacerWorkers);
                sendPacer = null;
            }
        }
        super.doStop();
    }

    public VZapsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(VZapsConfiguration configuration) {
        this.configuration = configuration;
    }

    public boolean isMetricsInstanceTag() {
        return metricsInstanceTag;
    }

    public void setMetricsInstanceTag(boolean metricsInstanceTag) {
        this.metricsInstanceTag = metricsInstanceTag;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
