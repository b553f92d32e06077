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
 * without exception and was not marked rollback-only counts as processed, so the transport acknowledges (2xx, ack)
 * nothing else.
 */
public final class EventPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(EventPipeline.class);

    /** What became of an event. */
    public enum Outcome {
        /** The route completed successfully. */
        PROCESSED,
        /** The route failed (exception or rollback); the event must be delivered again. */
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
    private final IdempotentRepository idempotentRepository;

    public EventPipeline(DefaultConsumer consumer, String events, IdempotentRepository idempotentRepository) {
        this.consumer = consumer;
        this.filter = EventFilter.of(events);
        this.idempotentRepository = idempotentRepository;
    }

    public boolean accepts(String type) {
        return filter.accepts(type);
    }

    /**
     * Routes the event asynchronously; {@code listener} learns the outcome when the route has finished.
     *
     * @return true when the listener was already called on this thread
     */
    public boolean process(VZapsEvent event, Listener listener) {
        if (!filter.accepts(event.type())) {
            LOG.debug("VZaps {} event not in the events filter: not routed", event.type());
            listener.done(Outcome.FILTERED, null, true);
            return true;
        }
        String id = event.id();
        boolean tracked = idempotentRepository != null && id != null;
        if (tracked && !idempotentRepository.add(id)) {
            LOG.debug("VZaps event {} was processed before: not routed again", id);
            listener.done(Outcome.DUPLICATE, null, true);
            return true;
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
        boolean tracked = idempotentRepository != null && id != null;
        try {
            Exception failure = failureOf(exchange);
            if (failure != null) {
                if (tracked) {
                    idempotentRepository.remove(id);
                }
                // the route's error handler has already dealt with (and logged) the failure; handing it to the
                // consumer's exception handler would run a bridged error handler a second time
                LOG.debug("VZaps {} event {} failed in the route: {}", event.type(), id, failure.toString());
                listener.done(Outcome.FAILED, failure, doneSync);
            } else {
                if (tracked) {
                    idempotentRepository.confirm(id);
                }
                listener.done(Outcome.PROCESSED, null, doneSync);
            }
        } finally {
            consumer.releaseExchange(exchange, false);
        }
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
