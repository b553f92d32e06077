package org.camelvzaps.client;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts one request on the wire and reads the whole answer within bounds: the answer must be complete within the
 * response deadline (a server trickling bytes cannot hold a call longer), and its body may not exceed
 * {@code maxResponseSize} (the rest is not read). Redirects are never followed (the HTTP client is built without
 * them), so credentials only ever go to the configured host.
 */
final class ApiTransport implements Closeable {

    /**
     * An answer as received; the body is kept as bytes so a success is parsed straight from them. {@code location}
     * is set on redirects.
     */
    record Answer(int status, String reason, byte[] bytes, String requestId, String retryAfter, String location) {

        /** The body as text, for error messages and logs; null when there was none. */
        String body() {
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }

        /** No body, or only whitespace (as {@link String#isBlank}); decodes only when the first bytes do not tell. */
        boolean isEmpty() {
            if (bytes == null || bytes.length == 0) {
                return true;
            }
            byte first = bytes[0];
            if (first == '{' || first == '[' || first == '"') {
                return false;
            }
            return body().isBlank();
        }
    }

    /** The answer was refused before it was read whole. */
    static final class AnswerTooLarge extends IOException {
        AnswerTooLarge(String message) {
            super(message);
        }
    }

    /** No complete answer within the deadline. */
    static final class DeadlinePassed extends IOException {
        DeadlinePassed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Most answers are a few hundred bytes to a few KB: two 16 KB buffers per call were most of what a call allocated. */
    private static final Logger LOG = LoggerFactory.getLogger(ApiTransport.class);
    private static final int CHUNK = 4 * 1024;

    private final CloseableHttpClient http;
    private final Duration deadline;
    private final long maxResponseSize;
    private final ScheduledThreadPoolExecutor timer;
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();

    ApiTransport(CloseableHttpClient http, Duration deadline, long maxResponseSize) {
        this.http = http;
        this.deadline = deadline;
        this.maxResponseSize = maxResponseSize;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "VZapsResponseDeadline");
            thread.setDaemon(true);
            return thread;
        });
        if (deadline != null) {
            // one sweep every tenth of the deadline (10 ms to 1 s) instead of a timer task per call: scheduling and
            // cancelling a task per call woke the timer thread on every sequential call
            long tick = Math.max(10, Math.min(1000, deadline.toMillis() / 10));
            timer.scheduleWithFixedDelay(this::cancelOverdue, tick, tick, TimeUnit.MILLISECONDS);
        }
    }

    /** A request on the wire and the System.nanoTime() by which its answer must be complete. */
    private static final class InFlight {
        final HttpUriRequestBase request;
        final long due;
        volatile boolean expired;

        InFlight(HttpUriRequestBase request, long due) {
            this.request = request;
            this.due = due;
        }
    }

    private void cancelOverdue() {
        long now = System.nanoTime();
        for (InFlight call : inFlight) {
            if (now - call.due >= 0) {
                call.expired = true;
                try {
                    call.request.cancel();
                } catch (RuntimeException e) {
                    // one bad cancel must not end the sweep: a throwing periodic task is never run again
                    LOG.warn("Could not cancel an overdue VZaps call: {}", e.toString());
                }
            }
        }
    }

    Answer execute(HttpUriRequestBase request) throws IOException {
        if (timer.isShutdown()) {
            throw new IllegalStateException("This VZaps client is shut down (its component was stopped)");
        }
        InFlight call = deadline == null ? null : new InFlight(request, System.nanoTime() + deadline.toNanos());
        if (call != null) {
            inFlight.add(call);
        }
        try {
            return http.execute(request, response -> new Answer(
                    response.getCode(),
                    response.getReasonPhrase(),
                    read(response.getEntity()),
                    value(response.getFirstHeader(VZapsClient.HEADER_REQUEST_ID)),
                    value(response.getFirstHeader(HttpHeaders.RETRY_AFTER)),
                    value(response.getFirstHeader(HttpHeaders.LOCATION))));
        } catch (IOException | RuntimeException e) {
            if (call != null && call.expired) {
                throw new DeadlinePassed("no complete answer within " + deadline.toMillis() + " ms (responseTimeout)", e);
            }
            throw e;
        } finally {
            if (call != null) {
                inFlight.remove(call);
            }
        }
    }

    private byte[] read(HttpEntity entity) throws IOException {
        if (entity == null) {
            return null;
        }
        long declared = entity.getContentLength();
        if (declared > maxResponseSize) {
            throw new AnswerTooLarge("the answer has " + declared + " bytes, more than maxResponseSize ("
                    + maxResponseSize + " bytes)");
        }
        try (InputStream in = entity.getContent()) {
            if (in == null) {
                return null;
            }
            return declared >= 0 ? readDeclared(in, (int) declared) : readUndeclared(in);
        }
    }

    /**
     * A body of known length (most answers) is read straight into an array of that size: no copy buffer, no growing
     * array, no final copy. Should the stream hold more than declared, the rest is read as if undeclared.
     */
    private byte[] readDeclared(InputStream in, int declared) throws IOException {
        byte[] body = in.readNBytes(declared);
        int next = in.read();
        if (next < 0) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + CHUNK);
        out.write(body);
        out.write(next);
        return readRest(in, out, body.length + 1L);
    }

    private byte[] readUndeclared(InputStream in) throws IOException {
        return readRest(in, new ByteArrayOutputStream(1024), 0);
    }

    private byte[] readRest(InputStream in, ByteArrayOutputStream out, long alreadyRead) throws IOException {
        byte[] buffer = new byte[CHUNK];
        long total = alreadyRead;
        if (total > maxResponseSize) {
            throw tooLarge();
        }
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxResponseSize) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private AnswerTooLarge tooLarge() {
        return new AnswerTooLarge("the answer is larger than maxResponseSize (" + maxResponseSize + " bytes)");
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        http.close();
    }
}
