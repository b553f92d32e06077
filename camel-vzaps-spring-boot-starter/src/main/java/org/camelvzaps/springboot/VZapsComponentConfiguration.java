package org.camelvzaps.springboot;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.net.ssl.HostnameVerifier;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelvzaps.component.VZapsConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.vzaps.*} properties: every option of the vzaps component (the component's
 * {@code componentProperties} in its catalog JSON), bound with Spring's relaxed binding ({@code base-url},
 * {@code client-token}, ...). Fields are written from the catalog (descriptions and defaults); the Spring Boot
 * configuration processor turns them into {@code META-INF/spring-configuration-metadata.json}, and
 * {@code ConfigurationMetadataCoverageTest} fails when the catalog gains an option this class lacks.
 * <p>
 * The defaults are documentation only: {@link VZapsComponentAutoConfiguration} applies just the options whose
 * setter Spring called (see {@link #explicitlySetOptions()}), so a {@code VZapsComponent} bean configured in code
 * keeps its values for the options the properties leave out.
 */
@ConfigurationProperties(prefix = "camel.component.vzaps", ignoreUnknownFields = false)
public class VZapsComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the vzaps component. This is enabled by default.
     */
    private Boolean enabled;

    /**
     * Root URL of the VZaps REST API.
     */
    private String baseUrl = "https://api.vzaps.com";

    /**
     * Defaults for every vzaps endpoint; each option can be overridden on the endpoint. The option is a
     * org.camelvzaps.component.VZapsConfiguration type; set it to a bean reference: #bean:name or #type:class.name.
     */
    private VZapsConfiguration configuration;

    /**
     * The instance (VZ...) instance operations target; the CamelVZapsInstanceId header overrides it.
     */
    private String instanceId;

    /**
     * Recipient or chat (digits with country code, group id or JID) for sends and chats/{phone} operations (the
     * CamelVZapsPhone header overrides it); for vzaps:pairing, the number to pair by linking code instead of QR
     * code.
     */
    private String phone;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed
     * as a message and handled by the routing Error Handler. Important: This is only possible if the 3rd party
     * component allows Camel to be alerted if an exception was thrown. Some components handle this internally only,
     * and therefore bridgeErrorHandler is not possible. In other situations we may improve the Camel component to
     * hook into the 3rd party component and make this possible for future releases. By default the consumer will use
     * the org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level
     * and ignored.
     */
    private Boolean bridgeErrorHandler = false;

    /**
     * Comma list of event types to route (Message, ReadReceipt, Connected, Disconnected, ...); others are answered
     * 2xx and dropped. Also the events registered with registerWebhook (default All).
     */
    private String events;

    /**
     * Drops events whose id was processed before (a Camel IdempotentRepository bean; use a shared one, e.g. JDBC or
     * Redis, for several replicas). Repeats are acknowledged but not routed. The option is a
     * org.apache.camel.spi.IdempotentRepository type; set it to a bean reference: #bean:name or #type:class.name.
     */
    private IdempotentRepository idempotentRepository;

    /**
     * Realtime: milliseconds without any frame or pong after which the connection counts as dead and is replaced;
     * pings go out every third of it.
     */
    private Long idleTimeout = 60000L;

    /**
     * Realtime: longest wait between reconnects, in milliseconds.
     */
    private Long maxReconnectDelay = 30000L;

    /**
     * Root URL of the VZaps realtime service; the realtime consumer connects to /events/ws.
     */
    private String realtimeUrl = "wss://realtime.vzaps.com";

    /**
     * Realtime: milliseconds before the first reconnect; doubles (with jitter) up to maxReconnectDelay.
     */
    private Long reconnectDelay = 1000L;

    /**
     * On route start, register webhookExternalUrl and webhookPath with VZaps for the instance; on route stop, put
     * the previous webhook configuration back.
     */
    private Boolean registerWebhook = false;

    /**
     * Webhook: on start, ask VZaps to deliver again the deliveries its logs show as failed since the last replay
     * (cursor in the stateRepository), so events sent while the app was down arrive.
     */
    private Boolean replayFailedDeliveries = false;

    /**
     * Webhook: most failed deliveries replayed on one start.
     */
    private Integer replayLimit = 500;

    /**
     * Where the realtime resume cursor (last processed event id, key = instance id) and the webhook replay cursor
     * are kept (a Camel StateRepository bean, e.g. FileStateRepository). Default: in memory. The option is a
     * org.apache.camel.spi.StateRepository&lt;java.lang.String, java.lang.String&gt; type; set it to a bean
     * reference: #bean:name or #type:class.name.
     */
    private StateRepository<String, String> stateRepository;

    /**
     * Pairing: milliseconds to wait for the instance to connect before pairing ends with a failed exchange.
     */
    private Long timeout = 300000L;

    /**
     * Public URL of this application (scheme, host, port, context path) VZaps can reach. registerWebhook registers
     * this URL followed by webhookPath, with the webhookSecret as query parameter secret.
     */
    private String webhookExternalUrl;

    /**
     * Path the webhook consumer listens on (served by platform-http).
     */
    private String webhookPath = "/vzaps/webhook";

    /**
     * Largest webhook body (answered 413 above) or realtime frame (the connection is replaced) accepted, in bytes.
     */
    private Long maxBodySize = 1048576L;

    /**
     * Group id (JID ...g.us) for the group operations (query group_id on GETs, body group_id when the body lacks
     * it); the CamelVZapsGroupId header overrides it.
     */
    private String groupId;

    /**
     * HTTP method of the request operation; the CamelVZapsHttpMethod header overrides it. One of: GET, POST, PUT,
     * PATCH, DELETE.
     */
    private String httpMethod;

    /**
     * What importChatwoot imports; the CamelVZapsImportScope header overrides it. One of: contacts, messages, all.
     */
    private String importScope;

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed
     * then creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer = false;

    /**
     * Webhook delivery log id for getWebhookLog and retryWebhookLog; the CamelVZapsLogId header overrides it.
     */
    private String logId;

    /**
     * Times a failed call is tried again: a 429 (waiting for its Retry-After, capped) for any operation; a 502, 503,
     * 504 or broken connection only for idempotent operations (reads, deletes, configuration), never for a send. 0:
     * no automatic retry.
     */
    private Integer maxRetries = 0;

    /**
     * Longest wait between retries, in milliseconds (also caps a Retry-After).
     */
    private Long maxRetryDelay = 30000L;

    /**
     * Message id for editMessage, deleteMessage and the queue operations; the CamelVZapsMessageId header overrides
     * it.
     */
    private String messageId;

    /**
     * Page number (query page) for listChats and listGroups; the CamelVZapsPage header overrides it.
     */
    private Integer page;

    /**
     * Page size (query page_size) for listChats and listGroups; the CamelVZapsPageSize header overrides it.
     */
    private Integer pageSize;

    /**
     * Path from the API root (starting with /) of the request operation; the CamelVZapsPath header overrides it.
     */
    private String path;

    /**
     * getGroupInviteLink: true renews the invite link (query reset); the CamelVZapsReset header overrides it.
     */
    private Boolean reset = false;

    /**
     * Milliseconds before the first retry; doubles (with jitter) up to maxRetryDelay.
     */
    private Long retryDelay = 1000L;

    /**
     * TypeBot session id for pauseTypebotSession and closeTypebotSession; the CamelVZapsSessionId header overrides
     * it.
     */
    private String sessionId;

    /**
     * TypeBot id for updateTypebot, deleteTypebot and startTypebotSession; the CamelVZapsTypebotId header overrides
     * it.
     */
    private String typebotId;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then
     * gets configured on the component. This can be used for automatic configuring JDBC data sources, JMS connection
     * factories, AWS Clients, etc.
     */
    private Boolean autowiredEnabled = true;

    /**
     * Maximum pooled connections per host.
     */
    private Integer connectionsPerRoute = 20;

    /**
     * Customises the Apache HttpClient 5 builder; applied last, after every option here. The option is a
     * org.apache.camel.component.http.HttpClientConfigurer type; set it to a bean reference: #bean:name or
     * #type:class.name.
     */
    private HttpClientConfigurer httpClientConfigurer;

    /**
     * Largest API answer read, in bytes (default 150 MB, enough for a 100 MB document in base64); a larger one fails
     * the call without being read.
     */
    private Long maxResponseSize = 157286400L;

    /**
     * Maximum pooled connections in total.
     */
    private Integer maxTotalConnections = 200;

    /**
     * User-Agent header; defaults to camel-vzaps followed by the component version.
     */
    private String userAgent;

    /**
     * Used for enabling or disabling all consumer based health checks from this component
     */
    private Boolean healthCheckConsumerEnabled = true;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled = true;

    /**
     * Proxy authentication password.
     */
    private String proxyAuthPassword;

    /**
     * Proxy authentication user name.
     */
    private String proxyAuthUsername;

    /**
     * HTTP proxy host.
     */
    private String proxyHost;

    /**
     * HTTP proxy port.
     */
    private Integer proxyPort;

    /**
     * Account client secret. With it, calls use a cached JWT from POST /token; without it, instance operations use
     * instanceToken and clientToken, and JWT-only operations are refused.
     */
    private String clientSecret;

    /**
     * Account client token (app, Security). Sent as X-Client-Token; with clientSecret it obtains the JWT.
     */
    private String clientToken;

    /**
     * The instance token, sent as X-Instance-Token; the CamelVZapsInstanceToken header overrides it.
     */
    private String instanceToken;

    /**
     * TLS configuration for calls to the API (Camel JSSE). The option is a
     * org.apache.camel.support.jsse.SSLContextParameters type; set it to a bean reference: #bean:name or
     * #type:class.name.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * Use the global SSL context parameters of the CamelContext when sslContextParameters is not set.
     */
    private Boolean useGlobalSslContextParameters = false;

    /**
     * Shared secret callers must send as query parameter secret (VZaps does not sign callbacks). Compared in
     * constant time and removed before the route sees the request.
     */
    private String webhookSecret;

    /**
     * Checks that the API's TLS certificate matches its host name; used with sslContextParameters. Defaults to the
     * standard check. The option is a javax.net.ssl.HostnameVerifier type; set it to a bean reference: #bean:name or
     * #type:class.name.
     */
    private HostnameVerifier x509HostnameVerifier;

    /**
     * Milliseconds to wait for a free connection from the pool.
     */
    private Integer connectionRequestTimeout = 10000;

    /**
     * Milliseconds to wait for a TCP connection to the API.
     */
    private Integer connectTimeout = 10000;

    /**
     * Milliseconds a call may take from its start to the last byte of the answer (a deadline for the whole answer, not
     * per read); 0: no limit.
     */
    private Integer responseTimeout = 30000;

    private final Set<String> explicitlySet = new LinkedHashSet<>();

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        explicitlySet.add("baseUrl");
    }

    public VZapsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(VZapsConfiguration configuration) {
        this.configuration = configuration;
        explicitlySet.add("configuration");
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
        explicitlySet.add("instanceId");
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
        explicitlySet.add("phone");
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
        explicitlySet.add("bridgeErrorHandler");
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
        explicitlySet.add("events");
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
        explicitlySet.add("idempotentRepository");
    }

    public Long getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(Long idleTimeout) {
        this.idleTimeout = idleTimeout;
        explicitlySet.add("idleTimeout");
    }

    public Long getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    public void setMaxReconnectDelay(Long maxReconnectDelay) {
        this.maxReconnectDelay = maxReconnectDelay;
        explicitlySet.add("maxReconnectDelay");
    }

    public String getRealtimeUrl() {
        return realtimeUrl;
    }

    public void setRealtimeUrl(String realtimeUrl) {
        this.realtimeUrl = realtimeUrl;
        explicitlySet.add("realtimeUrl");
    }

    public Long getReconnectDelay() {
        return reconnectDelay;
    }

    public void setReconnectDelay(Long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
        explicitlySet.add("reconnectDelay");
    }

    public Boolean getRegisterWebhook() {
        return registerWebhook;
    }

    public void setRegisterWebhook(Boolean registerWebhook) {
        this.registerWebhook = registerWebhook;
        explicitlySet.add("registerWebhook");
    }

    public Boolean getReplayFailedDeliveries() {
        return replayFailedDeliveries;
    }

    public void setReplayFailedDeliveries(Boolean replayFailedDeliveries) {
        this.replayFailedDeliveries = replayFailedDeliveries;
        explicitlySet.add("replayFailedDeliveries");
    }

    public Integer getReplayLimit() {
        return replayLimit;
    }

    public void setReplayLimit(Integer replayLimit) {
        this.replayLimit = replayLimit;
        explicitlySet.add("replayLimit");
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
        explicitlySet.add("stateRepository");
    }

    public Long getTimeout() {
        return timeout;
    }

    public void setTimeout(Long timeout) {
        this.timeout = timeout;
        explicitlySet.add("timeout");
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
        explicitlySet.add("webhookExternalUrl");
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
        explicitlySet.add("webhookPath");
    }

    public Long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(Long maxBodySize) {
        this.maxBodySize = maxBodySize;
        explicitlySet.add("maxBodySize");
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
        explicitlySet.add("groupId");
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        checkEnum("http-method", httpMethod, "GET", "POST", "PUT", "PATCH", "DELETE");
        this.httpMethod = httpMethod;
        explicitlySet.add("httpMethod");
    }

    public String getImportScope() {
        return importScope;
    }

    public void setImportScope(String importScope) {
        checkEnum("import-scope", importScope, "contacts", "messages", "all");
        this.importScope = importScope;
        explicitlySet.add("importScope");
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
        explicitlySet.add("lazyStartProducer");
    }

    public String getLogId() {
        return logId;
    }

    public void setLogId(String logId) {
        this.logId = logId;
        explicitlySet.add("logId");
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
        explicitlySet.add("maxRetries");
    }

    public Long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
        explicitlySet.add("maxRetryDelay");
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
        explicitlySet.add("messageId");
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
        explicitlySet.add("page");
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
        explicitlySet.add("pageSize");
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
        explicitlySet.add("path");
    }

    public Boolean getReset() {
        return reset;
    }

    public void setReset(Boolean reset) {
        this.reset = reset;
        explicitlySet.add("reset");
    }

    public Long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Long retryDelay) {
        this.retryDelay = retryDelay;
        explicitlySet.add("retryDelay");
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
        explicitlySet.add("sessionId");
    }

    public String getTypebotId() {
        return typebotId;
    }

    public void setTypebotId(String typebotId) {
        this.typebotId = typebotId;
        explicitlySet.add("typebotId");
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
        explicitlySet.add("autowiredEnabled");
    }

    public Integer getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(Integer connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
        explicitlySet.add("connectionsPerRoute");
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
        explicitlySet.add("httpClientConfigurer");
    }

    public Long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
        explicitlySet.add("maxResponseSize");
    }

    public Integer getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(Integer maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
        explicitlySet.add("maxTotalConnections");
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
        explicitlySet.add("userAgent");
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
        explicitlySet.add("healthCheckConsumerEnabled");
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
        explicitlySet.add("healthCheckProducerEnabled");
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
        explicitlySet.add("proxyAuthPassword");
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
        explicitlySet.add("proxyAuthUsername");
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
        explicitlySet.add("proxyHost");
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
        explicitlySet.add("proxyPort");
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
        explicitlySet.add("clientSecret");
    }

    public String getClientToken() {
        return clientToken;
    }

    public void setClientToken(String clientToken) {
        this.clientToken = clientToken;
        explicitlySet.add("clientToken");
    }

    public String getInstanceToken() {
        return instanceToken;
    }

    public void setInstanceToken(String instanceToken) {
        this.instanceToken = instanceToken;
        explicitlySet.add("instanceToken");
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
        explicitlySet.add("sslContextParameters");
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
        explicitlySet.add("useGlobalSslContextParameters");
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
        explicitlySet.add("webhookSecret");
    }

    public HostnameVerifier getX509HostnameVerifier() {
        return x509HostnameVerifier;
    }

    public void setX509HostnameVerifier(HostnameVerifier x509HostnameVerifier) {
        this.x509HostnameVerifier = x509HostnameVerifier;
        explicitlySet.add("x509HostnameVerifier");
    }

    public Integer getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(Integer connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
        explicitlySet.add("connectionRequestTimeout");
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
        explicitlySet.add("connectTimeout");
    }

    public Integer getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Integer responseTimeout) {
        this.responseTimeout = responseTimeout;
        explicitlySet.add("responseTimeout");
    }

    /** Names (as the component spells them) of the options a property set, in binding order. */
    public Set<String> explicitlySetOptions() {
        return Collections.unmodifiableSet(explicitlySet);
    }

    private static void checkEnum(String property, String value, String... allowed) {
        if (value != null && !Arrays.asList(allowed).contains(value)) {
            throw new IllegalArgumentException("camel.component.vzaps." + property + "=" + value
                    + " is not one of " + String.join(", ", allowed));
        }
    }
}
