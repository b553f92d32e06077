package org.camelvzaps.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Paced sends as the API sees them: 16 threads send text messages through one {@code vzaps:sendText} endpoint with
 * {@code sendInterval}, for one instance or spread over many; a local server notes when each send arrives, and the
 * gaps between two arrivals of the same instance are compared with the interval. The same load without pacing gives
 * the unpaced send rate.
 */
public final class PacingAccuracy implements AutoCloseable {

    /** Arrival times (nanoTime) of the sends, per instance id. */
    private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService serverThreads = Executors.newFixedThreadPool(32);
    private final AtomicInteger ids = new AtomicInteger();

    public PacingAccuracy() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(serverThreads);
        server.createContext("/instances/", exchange -> {
            long now = System.nanoTime();
            String path = exchange.getRequestURI().getPath(); // /instances/{id}/chat/send/text
            String instance = path.split("/")[2];
            arrivals.computeIfAbsent(instance, k -> Collections.synchronizedList(new ArrayList<>())).add(now);
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"code\":200,\"success\":true,\"data\":{\"message_id\":\"3EB0" + ids.incrementAndGet() + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Gaps between consecutive arrivals of each instance (ms), and the run's send rate. */
    public record Round(List<Double> gapsMillis, double sendsPerSecond) {
    }

    /**
     * {@code sends} text messages from {@code threads} threads, round-robin over {@code instances} instances, with
     * {@code sendInterval} ms (0: no pacing).
     */
    public Round run(int threads, int instances, int sends, long sendInterval) throws Exception {
        arrivals.clear();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            String uri = "vzaps:sendText?phone=5511988887777&baseUrl=" + base + "&clientToken=" + ApiStub.CLIENT_TOKEN
                         + "&instanceToken=" + ApiStub.INSTANCE_TOKEN + "&maxPaceWait=600000"
                         + (sendInterval > 0 ? "&sendInterval=" + sendInterval : "");
            ExecutorService senders = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(senders.submit(() -> {
                    for (int i = next.getAndIncrement(); i < sends; i = next.getAndIncrement()) {
                        String instance = "VZBENCH" + (i % instances);
                        template.requestBodyAndHeader(uri, "message " + i, "CamelVZapsInstanceId", instance);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get(10, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            senders.shutdown();
            List<Double> gaps = new ArrayList<>();
            for (List<Long> times : arrivals.values()) {
                List<Long> sorted = new ArrayList<>(times);
                Collections.sort(sorted);
                for (int i = 1; i < sorted.size(); i++) {
                    gaps.add((sorted.get(i) - sorted.get(i - 1)) / 1e6);
                }
            }
            return new Round(gaps, sends / seconds);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        serverThreads.shutdownNow();
    }
}
