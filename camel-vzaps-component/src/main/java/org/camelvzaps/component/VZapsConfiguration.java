package org.camelvzaps.component;

import javax.net.ssl.HostnameVerifier;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelvzaps.client.VZapsOperation;

/**
 * Every option of the VZaps component, shared by component (defaults) and endpoints (copies).
 */
@UriParams
@Configurer
public class VZapsConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://api.vzaps.com";
    public static final String DEFAULT_WEBHOOK_PATH = "/vzaps/webhook";
    public static final String DEFAULT_REALTIME_URL = "wss://realtime.vzaps.com";

    @UriPath(description = "The operation to call (producer), or webhook, realtime or pairing to receive events (consumer). Every operation is listed in the docs' operations table.")
    @Metadata(required = true)
    private VZapsOperation operation;

    @ClientSetting
    @UriParam(defaultValue = DEFAULT_BASE_URL, description = "Root URL of the VZaps REST API.")
    private String baseUrl = DEFAULT_BASE_URL;
    @ClientSetting
    @UriParam(label = "security", secret = true,
              description = "Account client token (app, Security). Sent as X-Client-Token; with clientSecret it obtains the JWT.")
    private String clientToken;
    @ClientSetting
    @UriParam(label = "security", secret = true,
              description = "Account client secret. With it, calls use a cached JWT from POST /token; without it, instance "
                            + "operations use instanceToken and clientToken, and JWT-only operations are refused.")
    private String clientSecret;
    @UriParam(description = "The instance (VZ...) instance operations target; the CamelVZapsInstanceId header overrides it. "
                            + "Consumers: the instance whose events to receive (required by realtime, pairing, "
                            + "registerWebhook and replayFailedDeliveries).")
    private String instanceId;
    @UriParam(label = "security", secret = true,
              description = "The instance token, sent as X-Instance-Token; the CamelVZapsInstanceToken header overrides it.")
    private String instanceToken;

    @UriParam(label = "common", description = "Recipient or chat (digits with country code, group id or JID) for sends, "
                                            + "the other bodies with a phone, getPairCode and the chats/{phone} "
                                            + "operations; the CamelVZapsPhone header overrides it. vzaps:pairing: pair "
                                            + "by linking code for this number instead of QR codes.")
    private String phone;
    @UriParam(label = "producer", description = "Message id for editMessage, deleteMessage, removeQueuedMessage and "
                                              + "removeQueuedOperation; the CamelVZapsMessageId header overrides it.")
    private String messageId;
    @UriParam(label = "producer", description = "Webhook delivery log id for getWebhookLog and retryWebhookLog; the "
                                              + "CamelVZapsLogId header overrides it.")
    private String logId;
    @UriParam(label = "producer", description = "TypeBot id for updateTypebot, deleteTypebot and startTypebotSession; the "
                                              + "CamelVZapsTypebotId header overrides it.")
    private String typebotId;
    @UriParam(label = "producer", description = "TypeBot session id for pauseTypebotSession and closeTypebotSession; the "
                                              + "CamelVZapsSessionId header overrides it.")
    private String sessionId;
    @UriParam(label = "producer", enums = "contacts,messages,all",
              description = "What importChatwoot imports; the CamelVZapsImportScope header overrides it.")
    private String importScope;
    @UriParam(label = "producer", description = "Group id (a JID ending in g.us) for the group operations: query group_id of "
                                              + "getGroup and getGroupInviteLink, group_id of the group bodies that lack "
                                              + "it; the CamelVZapsGroupId header overrides it.")
    private String groupId;
    @UriParam(label = "producer", description = "Page number (query page) for listChats and listGroups; the CamelVZapsPage "
                                              + "header overrides it.")
    private Integer page;
    @UriParam(label = "producer", description = "Page size (query page_size) for listChats and listGroups; the "
                                              + "CamelVZapsPageSize header overrides it.")
    private Integer pageSize;
    @UriParam(label = "producer", description = "getGroupInviteLink: true renews the invite link (query reset); the "
                                              + "CamelVZapsReset header overrides it.")
    private Boolean reset;
    @UriParam(label = "producer", enums = "GET,POST,PUT,PATCH,DELETE",
              description = "HTTP method of the request operation; the CamelVZapsHttpMethod header overrides it.")
    private String httpMethod;
    @UriParam(label = "producer", description = "Path from the API root (starting with /) of the request operation; the "
                                              + "CamelVZapsPath header overrides it.")
    private String path;

    @UriParam(label = "consumer", defaultValue = DEFAULT_REALTIME_URL,
              description = "Realtime: root URL of the VZaps realtime service; the consumer connects to its path /events/ws.")
    private String realtimeUrl = DEFAULT_REALTIME_URL;
    @UriParam(label = "consumer",
              description = "Webhook and realtime: drops events whose id was processed before (a Camel IdempotentRepository "
                            + "bean; use a shared one, e.g. JDBC or Redis, for several replicas). Repeats are "
                            + "acknowledged but not routed.")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer",
              description = "Webhook and realtime: where the realtime resume cursor (last processed event id, key "
                            + "vzaps-realtime:{instanceId}:{events}) and the webhook replay cursor (key "
                            + "webhook-replay:{instanceId}) are kept: a Camel StateRepository bean (String keys and values), e.g. "
                            + "FileStateRepository; replicas share one, e.g. org.camelvzaps.state.JdbcStateRepository "
                            + "(a SQL table). Default: in memory.")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", defaultValue = "1000",
              description = "Realtime: milliseconds before the first reconnect; doubles (with jitter) up to maxReconnectDelay.")
    private long reconnectDelay = 1000;
    @UriParam(label = "consumer", defaultValue = "30000",
              description = "Realtime: longest wait between reconnects, in milliseconds.")
    private long maxReconnectDelay = 30000;
    @UriParam(label = "consumer", defaultValue = "60000",
              description = "Realtime: milliseconds without any frame or pong after which the connection counts as dead and "
                            + "is replaced; pings go out every third of it.")
    private long idleTimeout = 60000;
    @UriParam(label = "consumer", defaultValue = "0",
              description = "Webhook and realtime: milliseconds without any event after which the consumer's health "
                            + "check asks getStatus (at most once per silenceTimeout) and reports DOWN, silent since the "
                            + "last event, an instance whose session is connected: a zombie session shows before "
                            + "customers notice. 0 (the default) turns silence detection off.")
    private long silenceTimeout;
    @UriParam(label = "consumer",
              description = "Realtime: receive the events of several instances on one route, one socket each: a comma list "
                            + "of instance ids, or an asterisk for every instance of the account (listed with listInstances, which "
                            + "needs clientSecret; listed again every discoveryInterval). Each exchange carries "
                            + "CamelVZapsInstanceId. Replaces instanceId for the realtime consumer.")
    private String instanceIds;
    @UriParam(label = "consumer", defaultValue = "60000",
              description = "Realtime with instanceIds set to an asterisk: milliseconds between two listings of the account's instances; "
                            + "a new instance gets a socket, a deleted one's socket is closed.")
    private long discoveryInterval = 60000;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Webhook: on start, ask VZaps to deliver again the deliveries its logs show as failed since the "
                            + "last replay (cursor in the stateRepository), so events sent while the app was down arrive. "
                            + "Needs instanceId.")
    private boolean replayFailedDeliveries;
    @UriParam(label = "consumer", defaultValue = "500",
              description = "Webhook: most failed deliveries replayed on one start (the oldest); also bounds what the "
                            + "search keeps in memory.")
    private int replayLimit = 500;
    @UriParam(label = "consumer", defaultValue = "600000",
              description = "Webhook: milliseconds the replay of failed deliveries may take, search and retries, from the "
                            + "route's start (replay runs in the background); what is left is asked for on the next start.")
    private long replayTimeout = 600000;
    @UriParam(label = "consumer", defaultValue = "10",
              description = "Webhook: replay of failed deliveries stops after this many retries in a row were refused, "
                            + "timed out or failed again; they and the rest are asked for on the next start.")
    private int replayMaxFailures = 10;
    @UriParam(label = "consumer", defaultValue = "300000",
              description = "Pairing: milliseconds to wait for the instance to connect before pairing ends with an exchange "
                            + "failed by a VZapsException.")
    private long timeout = 300000;

    @ClientSetting
    @UriParam(label = "timeout", defaultValue = "10000",
              description = "Milliseconds to wait for a TCP connection to the API, and for the realtime WebSocket handshake.")
    private int connectTimeout = 10000;
    @ClientSetting
    @UriParam(label = "timeout", defaultValue = "10000",
              description = "Milliseconds to wait for a free connection from the REST client's pool (a realtime socket has "
                            + "its own connection, so it does not wait for one).")
    private int connectionRequestTimeout = 10000;
    @ClientSetting
    @UriParam(label = "timeout", defaultValue = "30000",
              description = "Milliseconds a call may take from sending the request to the last byte of the answer: a "
                            + "deadline for the whole answer, not per read, so a server trickling bytes cannot hold a "
                            + "call longer. 0: no limit.")
    private int responseTimeout = 30000;
    @ClientSetting
    @UriParam(label = "producer", defaultValue = "0",
              description = "Times a failed call is tried again: a 429 (waiting for its Retry-After, capped) for any "
                            + "operation; a 502, 503, 504 or broken connection only for idempotent operations (reads, "
                            + "deletes, configuration), never for a send. 0: no automatic retry.")
    private int maxRetries;
    @ClientSetting
    @UriParam(label = "producer", defaultValue = "1000",
              description = "Milliseconds before the first retry; doubles (with jitter) up to maxRetryDelay.")
    private long retryDelay = 1000;
    @ClientSetting
    @UriParam(label = "producer", defaultValue = "30000",
              description = "Longest wait between retries, in milliseconds (also caps a Retry-After).")
    private long maxRetryDelay = 30000;
    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "157286400",
              description = "Largest API answer read, in bytes (default 150 MB, enough for a 100 MB document in base64); "
                            + "a larger one fails the call without being read.")
    private long maxResponseSize = 157286400;

    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "200", description = "Maximum pooled connections in total.")
    private int maxTotalConnections = 200;
    @ClientSetting
    @UriParam(label = "advanced", defaultValue = "20", description = "Maximum pooled connections per host.")
    private int connectionsPerRoute = 20;
    @ClientSetting
    @UriParam(label = "advanced",
              description = "A camel-http HttpClientConfigurer that customises the Apache HttpClient 5 builder of the REST "
                            + "calls (the realtime consumer's token and discovery calls included); applied last, after "
                            + "every option here. The realtime WebSocket is a JDK client it does not reach.")
    private HttpClientConfigurer httpClientConfigurer;
    @ClientSetting
    @UriParam(label = "advanced",
              description = "User-Agent header; defaults to camel-vzaps/{version}, the component's version.")
    private String userAgent;

    @ClientSetting
    @UriParam(label = "security",
              description = "TLS configuration for calls to the API and for the realtime WebSocket (Camel JSSE).")
    private SSLContextParameters sslContextParameters;
    @ClientSetting
    @UriParam(label = "security,advanced",
              description = "A javax.net.ssl.HostnameVerifier checking that the API's TLS certificate matches its host "
                            + "name; used with sslContextParameters, and it alone decides. Defaults to the standard check. "
                            + "REST calls only: the realtime WebSocket always uses the JDK's standard check (a realtime "
                            + "route with it set logs a WARN at start).")
    private HostnameVerifier x509HostnameVerifier;

    @ClientSetting
    @UriParam(label = "proxy", description = "HTTP proxy host, for the REST calls and the realtime WebSocket.")
    private String proxyHost;
    @ClientSetting
    @UriParam(label = "proxy", description = "HTTP proxy port (8080 when only the host is set).")
    private Integer proxyPort;
    @ClientSetting
    @UriParam(label = "proxy", secret = true, description = "Proxy authentication user name.")
    private String proxyAuthUsername;
    @ClientSetting
    @UriParam(label = "proxy", secret = true, description = "Proxy authentication password.")
    private String proxyAuthPassword;

    @UriParam(label = "consumer", defaultValue = DEFAULT_WEBHOOK_PATH,
              description = "Webhook: path the consumer listens on (served by platform-http).")
    private String webhookPath = DEFAULT_WEBHOOK_PATH;
    @UriParam(label = "consumer,security", secret = true,
              description = "Webhook: shared secret callers must send as query parameter secret (VZaps does not sign "
                            + "callbacks). Compared in constant time and removed before the route sees the request.")
    private String webhookSecret;
    @UriParam(label = "consumer",
              description = "Webhook: public URL of this application (scheme, host, port, context path) VZaps can "
                            + "reach. registerWebhook registers this URL followed by webhookPath, with the webhookSecret as "
                            + "query parameter secret.")
    private String webhookExternalUrl;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Webhook: on route start, register webhookExternalUrl and webhookPath with VZaps for the "
                            + "instance; on route stop, put the previous webhook configuration back.")
    private boolean registerWebhook;
    @UriParam(label = "consumer",
              description = "Webhook and realtime: comma list of event types to route (Message, ReadReceipt, Connected, "
                            + "Disconnected, ...); others are acknowledged (webhook: 200) and dropped. Realtime also "
                            + "sends it to the server; registerWebhook registers it (default All).")
    private String events;
    @UriParam(label = "consumer,advanced", defaultValue = "1048576",
              description = "Webhook and realtime: largest webhook body (answered 413 above) or realtime frame (the "
                            + "connection is replaced) accepted, in bytes.")
    private long maxBodySize = 1048576;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Webhook and realtime: ReadReceipt events naming several messages (message_i_ds) are "
                            + "routed as one exchange per message id, with CamelVZapsMessageId set; the event is acknowledged only "
                            + "when every one of them succeeded.")
    private boolean splitReceipts;

    @UriParam(label = "producer", defaultValue = "0",
              description = "Milliseconds between two message sends (sendText, sendImage and the other operations that send a message) of one instance, whatever "
                            + "endpoint or route sends them: a send starts no earlier than this after the previous send "
                            + "of the instance was answered. 0: no pacing.")
    private long sendInterval;
    @UriParam(label = "producer", defaultValue = "0",
              description = "Adds a random 0..sendJitter milliseconds to each sendInterval, so the rhythm is not "
                            + "machine-even.")
    private long sendJitter;
    @UriParam(label = "producer", defaultValue = "60000",
              description = "Longest a paced send may wait for its turn, in milliseconds; a send that would wait longer "
                            + "fails with VZapsPaceException instead of piling up.")
    private long maxPaceWait = 60000;
    @UriParam(label = "producer,advanced",
              description = "A turn to send shared by every replica (a VZapsSendLimiter bean, e.g. Bucket4jSendLimiter "
                            + "on PostgreSQL), so sendInterval holds for the whole fleet; without it pacing holds within "
                            + "this JVM.")
    private VZapsSendLimiter sendLimiter;
    @UriParam(label = "producer", defaultValue = "false",
              description = "Before a message send, show the recipient that the instance is typing (sendPresence "
                            + "composing; recording before an audio) for as long as a person would take to type the "
                            + "text or caption (typingSpeed, capped by maxTypingDelay), then send.")
    private boolean typing;
    @UriParam(label = "producer", defaultValue = "15",
              description = "Characters per second a person types, for typing.")
    private int typingSpeed = 15;
    @UriParam(label = "producer", defaultValue = "8000",
              description = "Longest typing (or recording) presence before a send, in milliseconds.")
    private long maxTypingDelay = 8000;

    public VZapsConfiguration copy() {
        try {
            return (VZapsConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public VZapsOperation getOperation() {
        return operation;
    }

    public void setOperation(VZapsOperation operation) {
        this.operation = operation;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getClientToken() {
        return clientToken;
    }

    public void setClientToken(String clientToken) {
        this.clientToken = clientToken;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public String getInstanceToken() {
        return instanceToken;
    }

    public void setInstanceToken(String instanceToken) {
        this.instanceToken = instanceToken;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getConnectionRequestTimeout() {
        return connectionRequestTimeout;
    }

    public void setConnectionRequestTimeout(int connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
    }

    public int getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(int responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public int getMaxTotalConnections() {
        return maxTotalConnections;
    }

    public void setMaxTotalConnections(int maxTotalConnections) {
        this.maxTotalConnections = maxTotalConnections;
    }

    public int getConnectionsPerRoute() {
        return connectionsPerRoute;
    }

    public void setConnectionsPerRoute(int connectionsPerRoute) {
        this.connectionsPerRoute = connectionsPerRoute;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HostnameVerifier getX509HostnameVerifier() {
        return x509HostnameVerifier;
    }

    public void setX509HostnameVerifier(HostnameVerifier x509HostnameVerifier) {
        this.x509HostnameVerifier = x509HostnameVerifier;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public boolean isRegisterWebhook() {
        return registerWebhook;
    }

    public void setRegisterWebhook(boolean registerWebhook) {
        this.registerWebhook = registerWebhook;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public long getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(long maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getLogId() {
        return logId;
    }

    public void setLogId(String logId) {
        this.logId = logId;
    }

    public String getTypebotId() {
        return typebotId;
    }

    public void setTypebotId(String typebotId) {
        this.typebotId = typebotId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getImportScope() {
        return importScope;
    }

    public void setImportScope(String importScope) {
        this.importScope = importScope;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public Boolean getReset() {
        return reset;
    }

    public void setReset(Boolean reset) {
        this.reset = reset;
    }

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getRealtimeUrl() {
        return realtimeUrl;
    }

    public void setRealtimeUrl(String realtimeUrl) {
        this.realtimeUrl = realtimeUrl;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    public void setMaxReconnectDelay(long maxReconnectDelay) {
        this.maxReconnectDelay = maxReconnectDelay;
    }

    public String getInstanceIds() {
        return instanceIds;
    }

    public void setInstanceIds(String instanceIds) {
        this.instanceIds = instanceIds;
    }

    public long getDiscoveryInterval() {
        return discoveryInterval;
    }

    public void setDiscoveryInterval(long discoveryInterval) {
        this.discoveryInterval = discoveryInterval;
    }

    public long getSilenceTimeout() {
        return silenceTimeout;
    }

    public void setSilenceTimeout(long silenceTimeout) {
        this.silenceTimeout = silenceTimeout;
    }

    public long getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(long idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public boolean isReplayFailedDeliveries() {
        return replayFailedDeliveries;
    }

    public void setReplayFailedDeliveries(boolean replayFailedDeliveries) {
        this.replayFailedDeliveries = replayFailedDeliveries;
    }

    public int getReplayLimit() {
        return replayLimit;
    }

    public void setReplayLimit(int replayLimit) {
        this.replayLimit = replayLimit;
    }

    public long getReplayTimeout() {
        return replayTimeout;
    }

    public void setReplayTimeout(long replayTimeout) {
        this.replayTimeout = replayTimeout;
    }

    public int getReplayMaxFailures() {
        return replayMaxFailures;
    }

    public void setReplayMaxFailures(int replayMaxFailures) {
        this.replayMaxFailures = replayMaxFailures;
    }

    public long getTimeout() {
        return timeout;
    }

    public void setTimeout(long timeout) {
        this.timeout = timeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public boolean isSplitReceipts() {
        return splitReceipts;
    }

    public void setSplitReceipts(boolean splitReceipts) {
        this.splitReceipts = splitReceipts;
    }

    public long getSendInterval() {
        return sendInterval;
    }

    public void setSendInterval(long sendInterval) {
        this.sendInterval = sendInterval;
    }

    public long getSendJitter() {
        return sendJitter;
    }

    public void setSendJitter(long sendJitter) {
        this.sendJitter = sendJitter;
    }

    public long getMaxPaceWait() {
        return maxPaceWait;
    }

    public void setMaxPaceWait(long maxPaceWait) {
        this.maxPaceWait = maxPaceWait;
    }

    public VZapsSendLimiter getSendLimiter() {
        return sendLimiter;
    }

    public void setSendLimiter(VZapsSendLimiter sendLimiter) {
        this.sendLimiter = sendLimiter;
    }

    public boolean isTyping() {
        return typing;
    }

    public void setTyping(boolean typing) {
        this.typing = typing;
    }

    public int getTypingSpeed() {
        return typingSpeed;
    }

    public void setTypingSpeed(int typingSpeed) {
        this.typingSpeed = typingSpeed;
    }

    public long getMaxTypingDelay() {
        return maxTypingDelay;
    }

    public void setMaxTypingDelay(long maxTypingDelay) {
        this.maxTypingDelay = maxTypingDelay;
    }

    /** True when message sends go through the pacer: sendInterval, sendLimiter or typing is set. */
    boolean pacesSends() {
        return sendInterval > 0 || sendLimiter != null || typing;
    }
}
