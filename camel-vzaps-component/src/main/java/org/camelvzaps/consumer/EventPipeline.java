package org.camelvzaps.consumer;

import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RollbackExchangeException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.event.VZapsEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an event is handled, whatever brought it (webhook callback, realtime frame, replayed delivery):
 * filter by type, drop an id already processed, route it as a fresh exchange carrying only the event and its
 * {@code CamelVZaps*} headers, and report the outcome once the route has finished. Only an exchange that completed
 * without exception and was not marked rollback-only, and whose id the idempotentRepository confirmed, counts as
 * processed, so the transport acknowledges (2xx, ack) nothing else. Whatever the route or the repository throws, the
 * listener is told the outcome and the exchange is released: a store that fails for a while fails the events of that
 * while, nothing more.
 */
public final class EventPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(EventPipeline.class);

    /** What became of an event. */
    public enum Outcome {
        /** The route completed successfully. */
        PROCESSED,
        /**
         * The route failed (exception or rollback), or the idempotentRepository failed before or after it; the event
         * must be delivered again.
         */
        FAILED,
        /** Not in the {@code events} filter; not routed. */
        FILTERED,
        /** Its id was processed before; not routed again. */
        DUPLICATE;

        /** True when the transport may tell the platform the event is done with. */
        public boolean acknowledge() {
            return this != FAILED;
        }
    }

    /** Told the outcome once; {@code doneSync} as in Camel's {@code AsyncCallback}. */
    @FunctionalInterface
    public interface Listener {
        void done(Outcome outcome, Exception failure, boolean doneSync);
    }

    private final DefaultConsumer consumer;
    private final EventFilter filter;
    /** The idempotentRepository; null without one. */
    private final SeenEvents seen;
    private final EventObservation observation;

    public EventPipeline(DefaultConsumer consumer, String events, IdempotentRepository idempotentRepository) {
        this.consumer = consumer;
        this.observation = EventObservation.of(consumer);
        this.filter = EventFilter.of(events);
        this.seen = idempotentRepository == null ? null : new SeenEvents(idempotentRepository);
    }

    public boolean accepts(String type) {
        return filter.accepts(type);
    }

    /**
     * Routes the event asynchronously; {@code listener} learns the outcome when the route has finished.
     *
     * @return true when the listener was already called on this thread
     */
    public boolean process(VZapsEvent event, Listener outcomeListener) {
        Listener listener = observation.wrap(event, outcomeListener);
        if (!filter.accepts(event.type())) {
            LOG.debug("VZaps {} event not in the events filter: not routed", event.type());
            listener.done(Outcome.FILTERED, null, true);
            return true;
        }
        String id = event.id();
        boolean tracked = seen != null && id != null;
        if (tracked) {
            boolean added;
            try {
                added = seen.add(id);
            } catch (Throwable t) {
                LOG.warn("VZaps {} event {} not routed: the idempotentRepository failed ({}); it counts as failed, so "
                         + "the platform delivers it again", event.type(), id, t.toString());
                listener.done(Outcome.FAILED, asException(t), true);
                return true;
            }
            if (!added) {
                LOG.debug("VZaps event {} was processed before: not routed again", id);
                listener.done(Outcome.DUPLICATE, null, true);
                return true;
            }
        }
        Exchange exchange = consumer.createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(event);
        message.setHeader(VZapsConstants.EVENT_TYPE, event.type());
        if (id != null) {
            message.setHeader(VZapsConstants.EVENT_ID, id);
        }
        if (event.instanceId() != null) {
            message.setHeader(VZapsConstants.INSTANCE_ID, event.instanceId());
        }
        try {
            return consumer.getAsyncProcessor().process(exchange, doneSync -> finished(event, exchange, listener, doneSync));
        } catch (Throwable t) {
            // even an Error in the route must answer the caller and release the exchange
            exchange.setException(t instanceof Exception e ? e : new CamelExchangeException("The route threw " + t,
                    exchange, t));
            // the route's own bookkeeping was skipped by the throw: take the exchange out of flight so stop is not held
            exchange.getContext().getInflightRepository().remove(exchange, consumer.getRouteId());
            exchange.getContext().getInflightRepository().remove(exchange);
            finished(event, exchange, listener, true);
            return true;
        }
    }

    private void finished(VZapsEvent event, Exchange exchange, Listener listener, boolean doneSync) {
        String id = event.id();
        boolean tracked = seen != null && id != null;
        Outcome outcome;
        Exception failure = failureOf(exchange);
        if (failure != null) {
            // the route's error handler has already dealt with (and logged) the failure; handing it to the
            // consumer's exception handler would run a bridged error handler a second time
            LOG.debug("VZaps {} event {} failed in the route: {}", event.type(), id, failure.toString());
            outcome = Outcome.FAILED;
            if (tracked) {
                seen.forget(id);
            }
        } else {
            outcome = Outcome.PROCESSED;
            if (tracked) {
                try {
                    seen.confirm(id);
                } catch (Throwable t) {
                    // the route did process it; the redelivery this asks for is dropped as a duplicate if the
                    // repository kept the id, and routed again if it did not
                    LOG.warn("VZaps {} event {} was processed, but the idempotentRepository failed to confirm it ({}): it "
                             + "counts as failed, so the platform delivers it again", event.type(), id, t.toString());
                    outcome = Outcome.FAILED;
                    failure = asException(t);
                }
            }
        }
        try {
            listener.done(outcome, outcome == Outcome.FAILED ? failure : null, doneSync);
        } finally {
            consumer.releaseExchange(exchange, false);
        }
    }

    private static Exception asException(Throwable t) {
        return t instanceof Exception e ? e : new IllegalStateException("The idempotentRepository threw " + t, t);
    }

    private static Exception failureOf(Exchange exchange) {
        if (exchange.getException() != null) {
            return exchange.getException();
        }
        if (exchange.isRollbackOnly() || exchange.isRollbackOnlyLast()) {
            return new RollbackExchangeException("The route marked the exchange rollback-only", exchange);
        }
        return null;
    }
}
