package org.camelvzaps.consumer.realtime;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.component.VZapsConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket plumbing realtime sockets share: one JDK {@link HttpClient} per distinct connection setting
 * (connect timeout, proxy, TLS) — so one selector thread for any number of sockets — working on a small fixed pool
 * ({@value #IO_THREADS} threads) for handshakes and frames, one small scheduler for connects, reconnects, pings and
 * idle checks, and a pool that runs the routes: a thread per instance whose route is busy, none for an idle socket,
 * so a slow route never holds up another instance and threads grow with busy routes, not with sockets. Nothing in it
 * belongs to one socket. Connection attempts are paced:
 * at most {@value #CONNECTS_PER_SECOND} a second for all sockets together, each at a random point of its slot, so a
 * fleet's start, or its return after a server restart closed every socket at once, ramps up instead of stampeding.
 */
final class RealtimeTransport {

    private static final Logger LOG = LoggerFactory.getLogger(RealtimeTransport.class);

    private static final int SCHEDULER_THREADS = 2;
    private static final int IO_THREADS = 4;
    static final int CONNECTS_PER_SECOND = 200;
    private static final long SLOT_NANOS = TimeUnit.SECONDS.toNanos(1) / CONNECTS_PER_SECOND;

    private final CamelContext context;
    private final Map<ClientKey, HttpClient> clients = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService scheduler;
    private final ExecutorService io;
    private final ExecutorService routing;
    private long nextSlot = System.nanoTime();

    RealtimeTransport(CamelContext context, Object owner, String name) {
        this.context = context;
        // a task per socket can be waiting (its connect slot, ping, idle check): Camel's default profile queues at
        // most 1,000 scheduled tasks and drops the rest, which left every socket past the thousandth unconnected
        this.scheduler = context.getExecutorServiceManager().newScheduledThreadPool(owner, name,
                new ThreadPoolProfileBuilder(name).poolSize(SCHEDULER_THREADS).maxQueueSize(-1).build());
        this.io = context.getExecutorServiceManager().newFixedThreadPool(owner, name + "-io", IO_THREADS);
        this.routing = context.getExecutorServiceManager().newCachedThreadPool(owner, name + "-route");
    }

    /** Runs an event through the route off the I/O threads. */
    void route(Runnable task) {
        routing.execute(task);
    }

    /** Opens a socket with the handshake headers of the VZaps API; tokens travel in headers only. */
    CompletableFuture<WebSocket> open(URI uri, VZapsConfiguration config, VZapsClient api, String jwt,
                                      WebSocket.Listener listener) {
        WebSocket.Builder ws = client(config).newWebSocketBuilder()
                .connectTimeout(Duration.ofMillis(config.getConnectTimeout()));
        api.identify(jwt, api.settings().credentials().clientToken(), config.getInstanceToken(), ws::header);
        return ws.buildAsync(uri, listener);
    }

    /** Runs {@code task} after {@code delayMillis}; null once closed. */
    ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        ScheduledExecutorService executor = scheduler;
        if (executor == null || executor.isShutdown()) {
            return null;
        }
        try {
            return executor.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            if (!executor.isShutdown()) {
                LOG.error("VZaps realtime: a scheduled task was refused by the scheduler while it runs: {}", e.toString());
            }
            return null; // closing
        }
    }

    /**
     * Runs a connection attempt no sooner than {@code delayMillis} from now, in the next free slot of the pace; the
     * attempt lands at a random point of its slot.
     */
    ScheduledFuture<?> scheduleConnect(Runnable attempt, long delayMillis) {
        long now = System.nanoTime();
        long start;
        synchronized (this) {
            start = Math.max(now + TimeUnit.MILLISECONDS.toNanos(Math.max(0, delayMillis)), nextSlot);
            nextSlot = start + SLOT_NANOS;
        }
        long jitter = java.util.concurrent.ThreadLocalRandom.current().nextLong(SLOT_NANOS);
        return schedule(attempt, TimeUnit.NANOSECONDS.toMillis(start - now + jitter));
    }

    /** Runs {@code task} every {@code periodMillis}; null once closed. */
    ScheduledFuture<?> every(Runnable task, long periodMillis) {
        ScheduledExecutorService executor = scheduler;
        if (executor == null || executor.isShutdown()) {
            return null;
        }
        return executor.scheduleWithFixedDelay(task, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** How many distinct HTTP clients (one selector thread each) serve the sockets. */
    int clientCount() {
        return clients.size();
    }

    void close() {
        ScheduledExecutorService executor = scheduler;
        scheduler = null;
        if (executor != null) {
            context.getExecutorServiceManager().shutdownNow(executor);
        }
        context.getExecutorServiceManager().shutdown(routing);
        context.getExecutorServiceManager().shutdown(io);
        clients.values().forEach(RealtimeTransport::closeQuietly);
        clients.clear();
    }

    private HttpClient client(VZapsConfiguration config) {
        return clients.computeIfAbsent(ClientKey.of(config), key -> build(key));
    }

    private HttpClient build(ClientKey key) {
        HttpClient.Builder builder = HttpClient.newBuilder().executor(io)
                .connectTimeout(Duration.ofMillis(key.connectTimeout()));
        if (key.proxyHost() != null) {
            builder.proxy(ProxySelector.of(new InetSocketAddress(key.proxyHost(),
                    key.proxyPort() == null ? 8080 : key.proxyPort())));
            if (key.proxyUser() != null) {
                builder.authenticator(new ProxyCredentials(key.proxyUser(), key.proxyPassword()));
            }
        }
        if (key.ssl() != null) {
            try {
                builder.sslContext(key.ssl().createSSLContext(context));
            } catch (Exception e) {
                throw new IllegalStateException("could not create the TLS context from sslContextParameters: "
                        + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    private static void closeQuietly(HttpClient client) {
        if (client instanceof AutoCloseable closeable) { // Java 21+: ends the selector thread now
            try {
                closeable.close();
            } catch (Exception ignored) {
                // shutting down
            }
        }
    }

    /** The settings that make two sockets need different HTTP clients; never logged (it holds the proxy password). */
    private record ClientKey(long connectTimeout, String proxyHost, Integer proxyPort, String proxyUser,
                             String proxyPassword, SSLContextParameters ssl) {
        static ClientKey of(VZapsConfiguration config) {
            return new ClientKey(config.getConnectTimeout(), config.getProxyHost(), config.getProxyPort(),
                    config.getProxyAuthUsername(), config.getProxyAuthPassword(), config.getSslContextParameters());
        }

        @Override
        public String toString() {
            return "ClientKey[" + proxyHost + "]";
        }
    }

    /** Answers only the proxy's challenge, never the realtime server's. */
    private static final class ProxyCredentials extends Authenticator {
        private final String user;
        private final String password;

        ProxyCredentials(String user, String password) {
            this.user = user;
            this.password = password == null ? "" : password;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            return getRequestorType() == RequestorType.PROXY ? new PasswordAuthentication(user, password.toCharArray()) : null;
        }
    }
}
