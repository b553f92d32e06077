package org.camelvzaps.client;

import java.time.Duration;

/**
 * A paced send refused before it was made: the instance's turn would come later than {@code maxPaceWait} allows
 * (sends pile up faster than {@code sendInterval} lets them out, or the API asked the instance to wait). Nothing was
 * sent; the route may retry later or take another way.
 */
public class VZapsPaceException extends VZapsException {

    private final String instanceId;
    private final Duration wait;

    public VZapsPaceException(String instanceId, Duration wait, Duration maxPaceWait) {
        super("VZaps send for instance " + instanceId + " not made: it would wait " + wait.toMillis()
              + " ms for its turn, more than maxPaceWait (" + maxPaceWait.toMillis() + " ms); send less often, raise "
              + "maxPaceWait, or lower sendInterval");
        this.instanceId = instanceId;
        this.wait = wait;
    }

    /** A paced send given up for another reason ({@code message} names it), after waiting {@code wait}. */
    public VZapsPaceException(String message, String instanceId, Duration wait) {
        super(message);
        this.instanceId = instanceId;
        this.wait = wait;
    }

    /** The instance whose sends are paced. */
    public String getInstanceId() {
        return instanceId;
    }

    /** How long the send would have waited (at least), or had waited when it was given up. */
    public Duration getWait() {
        return wait;
    }
}
