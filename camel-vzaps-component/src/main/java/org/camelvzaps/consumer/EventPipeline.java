package org.camelvzaps.consumer;

import java.util.Collections;
import java.util.List;

import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.RollbackExchangeException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.state.VZapsEventInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an event is handled, whatever brought it (webhook callback, realtime frame, replayed delivery):
 * filter by type, drop an id already processed, route it as a fresh exchange carrying only the event and its
 * {@code CamelVZaps*} headers, and report the outcome once the route has finished. Only an exchange that completed
 * without exception and was not marked rollback-only, and whose id the idempotentRepository confirmed, counts as
 * processed, so the transport acknowledges (2xx, ack) nothing else. Whatever the route or the repository throws, the
 * listener is told the outcome and the exchange is released: a store that fails for a while fails the events of that
 * while, nothing more. A {@code ReadReceipt} carries its state in {@code CamelVZapsReceiptState}; with
 * {@code splitReceipts} it is routed as one exchange per message id, and counts as processed only when all succeeded.
 * The pairing consumer's updates go through the same exchange building, failure rules and counting
 * ({@link #routeUpdate}).
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
    private final boolean splitReceipts;
    private final EventObservation observation;

    public EventPipeline(DefaultConsumer consumer, String events, IdempotentRepository idempotentRepository) {
        this(consumer, events, idempotentRepository, false);
    }

    /**
     * @param splitReceipts a ReadReceipt naming several messages is routed as one exchange per message id (header
     *                      {@code CamelVZapsMessageId}), one after the other; the event counts as processed only when
     *                      all of them succeeded
     */
    public EventPipeline(DefaultConsumer consumer, String events, IdempotentRepository idempotentRepository,
                         boolean splitReceipts) {
        this.consumer = consumer;
        this.splitReceipts = splitReceipts;
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
                if (t instanceof VZapsEventInProgressException) {
                    // a fleet's everyday case, not a store fault: another replica is routing it right now
                    LOG.info("VZaps {} event {} not routed here: {}", event.type(), id, t.getMessage());
                } else {
                    LOG.warn("VZaps {} event {} not routed: the idempotentRepository failed ({}); it counts as failed, "
                             + "so the platform delivers it again", event.type(), id, t.toString());
                }
                listener.done(Outcome.FAILED, asException(t), true);
                return true;
            }
            if (!added) {
                LOG.debug("VZaps event {} was processed before: not routed again", id);
                listener.done(Outcome.DUPLICATE, null, true);
                return true;
            }
        }
        List<String> parts = splitReceipts && event.isReadReceipt() ? receiptIds(event) : List.of();
        return route(event, parts.isEmpty() ? Collections.singletonList(null) : parts, 0, listener, false);
    }

    /**
     * Routes part {@code index} onwards (a split receipt's message ids, or the whole event as the one part
     * {@code null}), one after the other; the event's outcome is told once the last part succeeded or any part failed.
     *
     * @param async true when an earlier part already completed asynchronously (the listener must then hear
     *              doneSync false)
     * @return true when the listener was already called on this thread
     */
    private boolean route(VZapsEvent event, List<String> parts, int index, Listener listener, boolean async) {
        for (int i = index; ; i++) {
            Exchange exchange = newExchange(event, parts.get(i));
            int part = i;
            boolean sync;
            try {
                sync = consumer.getAsyncProcessor().process(exchange, doneSync -> {
                    if (!doneSync) {
                        partDone(event, parts, part, exchange, listener);
                    }
                });
            } catch (Throwable t) {
                // even an Error in the route must answer the caller and release the exchange
                exchange.setException(t instanceof Exception e ? e : new CamelExchangeException("The route threw " + t,
                        exchange, t));
                // the route's own bookkeeping was skipped by the throw: take the exchange out of flight so stop is not held
                exchange.getContext().getInflightRepository().remove(exchange, consumer.getRouteId());
                exchange.getContext().getInflightRepository().remove(exchange);
                sync = true;
            }
            if (!sync) {
                return false;
            }
            if (failureOf(exchange) != null || i == parts.size() - 1) {
                finished(event, exchange, listener, !async);
                return !async;
            }
            consumer.releaseExchange(exchange, false);
        }
    }

    /** A part completed on another thread: tell the outcome, or route the next part. */
    private void partDone(VZapsEvent event, List<String> parts, int part, Exchange exchange, Listener listener) {
        if (failureOf(exchange) != null || part == parts.size() - 1) {
            finished(event, exchange, listener, false);
            return;
        }
        consumer.releaseExchange(exchange, false);
        route(event, parts, part + 1, listener, true);
    }

    /**
     * Routes an update the consumer made itself instead of receiving it (the pairing consumer's QR code, linking code,
     * connection or timeout), on the caller's thread: the same headers, failure rules and counting as an event, but
     * no id, so nothing to de-duplicate or acknowledge. A {@code failure} (a pairing timeout) is not routed: the
     * exchange carries it to the consumer's exception handler, as does a failure the route's error handler left on
     * the exchange.
     */
    public Outcome routeUpdate(String type, String instanceId, Object body, Exception failure) {
        Exchange exchange = newExchange(type, null, instanceId, body);
        try {
            if (failure != null) {
                exchange.setException(failure);
            } else {
                try {
                    consumer.getProcessor().process(exchange);
                } catch (Exception e) {
                    exchange.setException(e);
                }
            }
            Exception failed = failureOf(exchange);
            Outcome outcome = failed == null ? Outcome.PROCESSED : Outcome.FAILED;
            observation.report(type, instanceId, outcome, null);
            if (failed != null) {
                consumer.getExceptionHandler().handleException("VZaps " + type + " of instance " + instanceId, exchange,
                        failed);
            }
            return outcome;
        } finally {
            consumer.releaseExchange(exchange, false);
        }
    }

    /** A fresh exchange carrying the event (or one message id of a split receipt) and its headers. */
    private Exchange newExchange(VZapsEvent event, String messageId) {
        Exchange exchange = newExchange(event.type(), event.id(), event.instanceId(), event);
        Message message = exchange.getMessage();
        if (event.isReadReceipt()) {
            String state = receiptState(event);
            if (state != null) {
                message.setHeader(VZapsConstants.RECEIPT_STATE, state);
            }
        }
        if (messageId != null) {
            message.setHeader(VZapsConstants.MESSAGE_ID, messageId);
        }
        return exchange;
    }

    /** A fresh exchange with {@code body} and the headers every consumed exchange carries. */
    private Exchange newExchange(String type, String id, String instanceId, Object body) {
        Exchange exchange = consumer.createExchange(false);
        Message message = exchange.getMessage();
        message.setBody(body);
        message.setHeader(VZapsConstants.EVENT_TYPE, type);
        if (id != null) {
            message.setHeader(VZapsConstants.EVENT_ID, id);
        }
        if (instanceId != null) {
            message.setHeader(VZapsConstants.INSTANCE_ID, instanceId);
        }
        return exchange;
    }

    private static List<String> receiptIds(VZapsEvent event) {
        try {
            return event.asReadReceipt().messageIds();
        } catch (RuntimeException e) {
            LOG.debug("VZaps ReadReceipt event {} has no readable message ids ({}): routed whole", event.id(), e.toString());
            return List.of();
        }
    }

    private static String receiptState(VZapsEvent event) {
        try {
            return event.asReadReceipt().state();
        } catch (RuntimeException e) {
            return null;
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
