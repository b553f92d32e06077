package org.camelvzaps.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;

/**
 * A document of {@code size} bytes sent from a file with {@code vzaps:sendDocument}. The server is the JDK's own
 * HttpServer reading the body into a 64 KB buffer and counting it, so the heap measured is the client's alone. Peak heap
 * is the sum of the heap pools' peaks after a GC and a peak reset — an upper bound, since garbage not yet collected counts.
 */
public final class MediaSend implements AutoCloseable {

    /** One send: wall time, peak heap above the level before it, bytes the calling thread allocated, bytes received. */
    public record Send(double seconds, long peakHeapAbove, long allocated, long received) {
    }

    private final HttpServer server;
    private final AtomicLong received = new AtomicLong();
    private final CamelContext camel;
    private final ProducerTemplate template;
    private final Path file;
    private final long size;

    public MediaSend(Path dir, int size) throws Exception {
        this.size = size;
        file = dir.resolve("bench-document.pdf");
        byte[] content = new byte[size];
        new Random(42).nextBytes(content);
        Files.write(file, content);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            long n = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = exchange.getRequestBody()) {
                for (int r; (r = in.read(buffer)) > 0; ) {
                    n += r;
                }
            }
            received.set(n);
            byte[] answer = "{\"code\":200,\"success\":true,\"data\":{\"message_id\":\"3EB0BENCH\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        camel = new DefaultCamelContext();
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setBaseUrl("http://127.0.0.1:" + server.getAddress().getPort());
        vzaps.getConfiguration().setClientToken(ApiStub.CLIENT_TOKEN);
        camel.addComponent("vzaps", vzaps);
        camel.start();
        template = camel.createProducerTemplate();
    }

    public Send send() {
        String uri = "vzaps:sendDocument?instanceId=" + ApiStub.INSTANCE_ID + "&instanceToken=RAW(" + ApiStub.INSTANCE_TOKEN + ")";
        System.gc();
        long before = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        template.requestBodyAndHeaders(uri, file, Map.of(VZapsConstants.PHONE, "5511999999999"));
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        if (received.get() < size * 4 / 3) {
            throw new IllegalStateException("the server received " + received.get() + " bytes for a " + size + " byte file");
        }
        return new Send(seconds, Math.max(0, peak - before), allocated, received.get());
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    @Override
    public void close() throws Exception {
        camel.close();
        server.stop(0);
        Files.deleteIfExists(file);
    }
}
