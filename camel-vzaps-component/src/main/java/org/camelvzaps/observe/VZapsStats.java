package org.camelvzaps.observe;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counts the {@code vzaps} dev console shows, kept whether or not a metrics registry is present: calls by
 * operation and outcome, token fetches, events and refused callbacks. A few counters per key, no instance ids.
 */
public final class VZapsStats implements VZapsObserver {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> retries = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> tokenFetches = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> events = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refused = new ConcurrentHashMap<>();

    @Override
    public void call(String operation, String instanceId, String outcome, int status, long nanos) {
        count(calls, operation + " " + outcome);
    }

    @Override
    public void retry(String operation, String instanceId, String reason) {
        count(retries, operation + " " + reason);
    }

    @Override
    public void tokenFetch(String outcome) {
        count(tokenFetches, outcome);
    }

    @Override
    public void event(String consumer, String type, String instanceId, String outcome, Duration lag) {
        count(events, consumer + " " + outcome);
    }

    @Override
    public void webhookRefused(String reason) {
        count(refused, reason);
    }

    /** Calls by {@code "<operation> <outcome>"}, sorted. */
    public Map<String, Long> calls() {
        return snapshot(calls);
    }

    /** Retries by {@code "<operation> <reason>"}, sorted. */
    public Map<String, Long> retries() {
        return snapshot(retries);
    }

    /** Token fetches by outcome. */
    public Map<String, Long> tokenFetches() {
        return snapshot(tokenFetches);
    }

    /** Events by {@code "<consumer> <outcome>"}. */
    public Map<String, Long> events() {
        return snapshot(events);
    }

    /** Refused webhook callbacks by reason. */
    public Map<String, Long> refused() {
        return snapshot(refused);
    }

    private static void count(Map<String, LongAdder> counts, String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((key, count) -> copy.put(key, count.sum()));
        return copy;
    }
}
