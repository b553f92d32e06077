package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local webhook receiver (JDK HttpServer on 127.0.0.1:0) recording every POST. */
final class Receiver implements AutoCloseable {

    record Hit(String instanceIdHeader, String contentType, JsonNode body) {
        String type() {
            return body.path("type").asText();
        }
    }

    private final HttpServer server;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Queue<Integer> plannedStatuses = new ConcurrentLinkedQueue<>();
    private volatile long delayMillis;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            hits.add(new Hit(exchange.getRequestHeaders().getFirst("X-Instance-ID"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    Api.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8))));
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Integer planned = plannedStatuses.poll();
            int status = planned == null ? 200 : planned;
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    /** The next answers, in order; afterwards 200. */
    Receiver answer(int... statuses) {
        for (int s : statuses) {
            plannedStatuses.add(s);
        }
        return this;
    }

    /** Answers only after this delay (to provoke delivery timeouts). */
    Receiver delay(java.time.Duration delay) {
        this.delayMillis = delay.toMillis();
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Hit> hits() {
        return new ArrayList<>(hits);
    }

    List<String> types() {
        return hits.stream().map(Hit::type).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
