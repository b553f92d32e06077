package org.camelvzaps.test;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * An idempotent repository standing in for a database that fails for a while: the chosen operations throw until
 * {@link #heal()}; otherwise it behaves as Camel's in-memory one. Counts the calls that threw, so a test can check the
 * fault was really hit.
 */
public final class FlakyIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    /** The repository calls a consumer makes. */
    public enum Operation {
        ADD, CONFIRM, REMOVE
    }

    private final MemoryIdempotentRepository store = new MemoryIdempotentRepository();
    private volatile Set<Operation> failing = EnumSet.noneOf(Operation.class);
    private final AtomicInteger thrown = new AtomicInteger();

    /** From now on, these operations throw. */
    public void failOn(Operation first, Operation... more) {
        failing = EnumSet.of(first, more);
    }

    /** The store works again. */
    public void heal() {
        failing = EnumSet.noneOf(Operation.class);
    }

    /** How many calls threw. */
    public int thrown() {
        return thrown.get();
    }

    private void check(Operation operation, String key) {
        if (failing.contains(operation)) {
            thrown.incrementAndGet();
            throw new IllegalStateException("connection to the idempotent store lost during " + operation + " of " + key);
        }
    }

    @Override
    public boolean add(String key) {
        check(Operation.ADD, key);
        return store.add(key);
    }

    @Override
    public boolean contains(String key) {
        return store.contains(key);
    }

    @Override
    public boolean remove(String key) {
        check(Operation.REMOVE, key);
        return store.remove(key);
    }

    @Override
    public boolean confirm(String key) {
        check(Operation.CONFIRM, key);
        return store.confirm(key);
    }

    @Override
    public void clear() {
        store.clear();
    }

    @Override
    protected void doStart() {
        store.start();
    }

    @Override
    protected void doStop() {
        // the test inspects the ids after the route stopped
    }
}
