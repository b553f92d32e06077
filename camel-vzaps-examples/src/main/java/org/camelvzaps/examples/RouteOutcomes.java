package org.camelvzaps.examples;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.camelvzaps.component.VZapsConstants;

/**
 * How the exchanges of routes nobody calls ended: the file routes ({@code from("file:...").to("vzaps:sendImage")})
 * and the webhook route start their own exchanges, so the example learns their answers (the sent message id) and
 * failures from Camel's exchange events instead of from a step added to those routes. Camel Main adds an
 * {@code EventNotifier} bound in its registry by itself.
 */
public final class RouteOutcomes extends EventNotifierSupport {

    /**
     * One exchange that finished.
     *
     * @param routeId   the route that created it
     * @param fileName  {@code CamelFileNameOnly} of a file route's exchange, else null
     * @param messageId {@code CamelVZapsMessageId} after a send, else null
     * @param failure   the exception it failed with, null when it completed
     */
    public record Outcome(String routeId, String fileName, String messageId, Exception failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    public RouteOutcomes() {
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof ExchangeCompletedEvent || event instanceof ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((ExchangeEvent) event).getExchange();
        if (exchange.getFromRouteId() == null) {
            return;
        }
        record(new Outcome(exchange.getFromRouteId(),
                exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class),
                exchange.getMessage().getHeader(VZapsConstants.MESSAGE_ID, String.class),
                exchange.getException()));
    }

    private synchronized void record(Outcome outcome) {
        outcomes.add(outcome);
        notifyAll();
    }

    /** The first outcome matching, waiting at most {@code timeout}; empty when none came in time. */
    public synchronized Optional<Outcome> await(Predicate<Outcome> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Outcome> found = outcomes.stream().filter(wanted).findFirst();
            long left = deadline - System.nanoTime();
            if (found.isPresent() || left <= 0) {
                return found;
            }
            wait(Math.max(1, Duration.ofNanos(left).toMillis()));
        }
    }

    /** The failures of a route so far, oldest first. */
    public synchronized List<Outcome> failures(String routeId) {
        return outcomes.stream().filter(o -> o.failed() && routeId.equals(o.routeId())).toList();
    }
}
