package org.camelvzaps.component;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.DefaultAsyncProducer;
import org.camelvzaps.client.OperationSpec;
import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.client.VZapsRateLimitException;
import org.camelvzaps.client.VZapsResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the operation of the endpoint (or of the {@code CamelVZapsOperation} header) as its catalog declaration
 * says, and puts the typed answer in the message body and the declared answer fields in headers. Blocks the calling
 * thread only for the HTTP call itself.
 * <p>
 * Message sends of an endpoint with {@code sendInterval}, {@code sendLimiter} or {@code typing} wait for their
 * instance's turn ({@link SendPacer}) asynchronously: a waiting send holds no thread, and the call is made on a worker
 * when its turn comes. Everything else (and every send without these options) is called on the caller's thread, as
 * before.
 */
public class VZapsProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(VZapsProducer.class);
    private static final PropertyConfigurerGetter OPTIONS = new VZapsConfigurationConfigurer();

    private VZapsProducerHealthCheck healthCheck;

    public VZapsProducer(VZapsEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthCheck = VZapsProducerHealthCheck.register(getEndpoint());
    }

    @Override
    protected void doStop() throws Exception {
        VZapsProducerHealthCheck.unregister(getEndpoint(), healthCheck);
        healthCheck = null;
        super.doStop();
    }

    @Override
    public VZapsEndpoint getEndpoint() {
        return (VZapsEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        VZapsCall call;
        VZapsConfiguration config = getEndpoint().getConfiguration();
        try {
            Message in = exchange.getMessage();
            VZapsOperation op = operation(exchange, config);
            OperationSpec spec = op.spec();
            Map<Param, String> params = params(spec, in, config);
            String instanceToken = firstNonBlank(headerText(in, VZapsConstants.INSTANCE_TOKEN), config.getInstanceToken());
            // a credential must not ride along the rest of the route (tracers, logs, other endpoints)
            in.removeHeader(VZapsConstants.INSTANCE_TOKEN);
            Object request = RequestBodies.resolve(op, exchange, params);
            call = new VZapsCall(op, params, instanceToken, request);
            if (!spec.isMessageSend() || !config.pacesSends() || call.param(Param.instanceId) == null) {
                answer(exchange, call, getEndpoint().getClient().call(call));
                callback.done(true);
                return true;
            }
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        return new PacedSend(exchange, callback, call, config).start();
    }

    /** Puts the answer on the exchange. */
    private static void answer(Exchange exchange, VZapsCall call, VZapsResult result) {
        Message out = exchange.getMessage();
        out.setBody(result.body());
        exchange.setProperty(RequestBodies.PREVIOUS_ANSWER, result.body());
        out.setHeader(VZapsConstants.HTTP_STATUS, result.statusCode());
        out.setHeader(VZapsConstants.ANSWERED_BY, result.answeredBy().name());
        if (result.requestId() != null) {
            out.setHeader(VZapsConstants.REQUEST_ID, result.requestId());
        }
        for (OperationSpec.ResultHeader header : result.answeredBy().spec().resultHeaders()) {
            Object value = header.value().apply(result.body());
            if (value != null) {
                out.setHeader(header.header(), value);
            }
        }
        if (out.getHeader(VZapsConstants.CHECKOUT_URL) != null && call.operation() == result.answeredBy()) {
            LOG.info("VZaps instance {} needs a person to complete the checkout before billing starts: {}",
                    call.param(Param.instanceId), out.getHeader(VZapsConstants.CHECKOUT_URL));
        }
    }

    /**
     * One paced message send: waits for the instance's turn, shows typing when asked, calls, gives the turn back
     * (later after a 429: its Retry-After) and completes the exchange, on the caller's thread when the turn was free
     * at once, else on the pacer's worker.
     */
    private final class PacedSend {
        private final Exchange exchange;
        private final AsyncCallback callback;
        private final VZapsCall call;
        private final String instanceId;
        private final SendPacer.Pace pace;
        private final Typing typing;
        private final Thread caller = Thread.currentThread();
        private boolean started;
        private boolean doneOnCaller;

        PacedSend(Exchange exchange, AsyncCallback callback, VZapsCall call, VZapsConfiguration config) {
            this.exchange = exchange;
            this.callback = callback;
            this.call = call;
            this.instanceId = call.param(Param.instanceId);
            this.pace = new SendPacer.Pace(Math.max(0, config.getSendInterval()), Math.max(0, config.getSendJitter()),
                    Math.max(0, config.getMaxPaceWait()), config.getSendLimiter());
            this.typing = config.isTyping() ? Typing.of(call, config) : null;
        }

        /** @return true when the exchange was completed on this thread */
        boolean start() {
            pacer().acquire(instanceId, pace, this::onTurn, refused -> {
                exchange.setException(refused);
                complete();
            });
            started = true;
            return doneOnCaller;
        }

        private void onTurn() {
            if (typing == null || typing.delayMillis() <= 0) {
                send();
                return;
            }
            try {
                getEndpoint().getClient().call(typing.presence(call));
            } catch (RuntimeException e) {
                LOG.debug("VZaps typing presence for instance {} failed ({}); sending anyway", instanceId, e.toString());
            }
            pacer().later(typing.delayMillis(), this::send);
        }

        private void send() {
            Duration retryAfter = null;
            try {
                answer(exchange, call, getEndpoint().getClient().call(call));
            } catch (VZapsRateLimitException e) {
                retryAfter = e.getRetryAfter();
                exchange.setException(e);
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                pacer().release(instanceId, pace, retryAfter);
            }
            complete();
        }

        private void complete() {
            // same thread and start() not yet returned: the turn came at once
            boolean sync = !started && Thread.currentThread() == caller;
            doneOnCaller = sync;
            callback.done(sync);
        }

        private SendPacer pacer() {
            return getEndpoint().getComponent().sendPacer();
        }
    }

    /** Each parameter the operation reads: header {@code CamelVZaps<Name>}, else the endpoint option of that name. */
    private static Map<Param, String> params(OperationSpec spec, Message in, VZapsConfiguration config) {
        Map<Param, String> values = new EnumMap<>(Param.class);
        for (Param param : spec.params()) {
            String value = headerText(in, param.header());
            if (value == null || value.isBlank()) {
                Object option = OPTIONS.getOptionValue(config, param.option(), false);
                value = option == null ? null : option.toString();
            }
            if (value != null && !value.isBlank()) {
                values.put(param, value.trim());
            }
        }
        return values;
    }

    /**
     * A header as text: read as it is when it is text or absent (the usual case), else through Camel's type converter;
     * asking the converter for every header cost a lookup per read even when nothing needed converting.
     */
    private static String headerText(Message in, String name) {
        Object value = in.getHeader(name);
        return value == null || value instanceof String ? (String) value : in.getHeader(name, String.class);
    }

    private static VZapsOperation operation(Exchange exchange, VZapsConfiguration config) {
        Object header = exchange.getMessage().getHeader(VZapsConstants.OPERATION);
        if (header == null) {
            return config.getOperation();
        }
        VZapsOperation op;
        try {
            op = header instanceof VZapsOperation typed ? typed : VZapsOperation.fromName(header.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new VZapsConfigurationException("Header " + VZapsConstants.OPERATION + ": " + e.getMessage());
        }
        if (!op.isOperation()) {
            throw new VZapsConfigurationException("Header " + VZapsConstants.OPERATION + " names " + op
                    + ", which receives events; name an operation to call");
        }
        return op;
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
