package org.camelvzaps.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Fault switches. They apply to API calls (every path except the /__sandbox admin API and WireMock's /__admin),
 * including POST /token. Rules are checked in the order they were added; the first that fires wins.
 */
public final class Faults {

    private final List<Rule> rules = new ArrayList<>();

    /** The next {@code count} API calls fail with {@code fault}. */
    public synchronized Faults nextCalls(int count, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        rules.add(new Rule(fault, count, 0));
        return this;
    }

    /** From now on (until {@link #clear()}) a share in [0, 1] of API calls, chosen at random, fail with {@code fault}. */
    public synchronized Faults share(double share, Fault fault) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within 0..1");
        }
        rules.add(new Rule(fault, -1, share));
        return this;
    }

    /** Removes every fault rule. */
    public synchronized void clear() {
        rules.clear();
    }

    /** Number of active rules. */
    public synchronized int active() {
        return rules.size();
    }

    /** The fault for the call now arriving, or null. */
    synchronized Fault next() {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (r.remaining > 0) {
                if (--r.remaining == 0) {
                    it.remove();
                }
                return r.fault;
            }
            if (r.remaining < 0 && r.share > 0 && (r.share >= 1 || Ids.nextDouble() < r.share)) {
                return r.fault;
            }
        }
        return null;
    }

    private static final class Rule {
        final Fault fault;
        int remaining;
        final double share;

        Rule(Fault fault, int remaining, double share) {
            this.fault = fault;
            this.remaining = remaining;
            this.share = share;
        }
    }
}
