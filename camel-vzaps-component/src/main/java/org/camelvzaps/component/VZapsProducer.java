package org.camelvzaps.component;

import java.util.EnumMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.DefaultProducer;
import org.camelvzaps.client.OperationSpec;
import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.client.VZapsResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the operation of the endpoint (or of the {@code CamelVZapsOperation} header) as its catalog declaration
 * says, and puts the typed answer in the message body and the declared answer fields in headers. Blocks the calling
 * thread only for the HTTP call itself.
 */
public class VZapsProducer extends DefaultProducer {

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
    public void process(Exchange exchange) throws Exception {
        VZapsConfiguration config = getEndpoint().getConfiguration();
        Message in = exchange.getMessage();
        VZapsOperation op = operation(exchange, config);
        OperationSpec spec = op.spec();
        Map<Param, String> params = params(spec, in, config);
        String instanceToken = firstNonBlank(in.getHeader(VZapsConstants.INSTANCE_TOKEN, String.class),
                config.getInstanceToken());
        // a credential must not ride along the rest of the route (tracers, logs, other endpoints)
        in.removeHeader(VZapsConstants.INSTANCE_TOKEN);
        Object request = RequestBodies.resolve(op, exchange, params);

        VZapsResult result = getEndpoint().getClient().call(new VZapsCall(op, params, instanceToken, request));

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
        if (out.getHeader(VZapsConstants.CHECKOUT_URL) != null && op == result.answeredBy()) {
            LOG.info("VZaps instance {} needs a person to complete the checkout before billing starts: {}",
                    params.get(Param.instanceId), out.getHeader(VZapsConstants.CHECKOUT_URL));
        }
    }

    /** Each parameter the operation reads: header {@code CamelVZaps<Name>}, else the endpoint option of that name. */
    private static Map<Param, String> params(OperationSpec spec, Message in, VZapsConfiguration config) {
        Map<Param, String> values = new EnumMap<>(Param.class);
        for (Param param : spec.params()) {
            String value = in.getHeader(param.header(), String.class);
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
