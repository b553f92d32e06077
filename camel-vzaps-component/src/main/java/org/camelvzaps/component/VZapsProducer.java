package org.camelvzaps.component;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.client.VZapsResult;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.instance.SubscriptionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the operation of the endpoint (or of the {@code CamelVZapsOperation} header) and puts the typed answer in
 * the message body. Blocks the calling thread only for the HTTP call itself.
 */
public class VZapsProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(VZapsProducer.class);

    public VZapsProducer(VZapsEndpoint endpoint) {
        super(endpoint);
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
        String instanceId = firstNonBlank(in.getHeader(VZapsConstants.INSTANCE_ID, String.class), config.getInstanceId());
        String instanceToken = firstNonBlank(in.getHeader(VZapsConstants.INSTANCE_TOKEN, String.class),
                config.getInstanceToken());
        Object request = RequestBodies.resolve(op, exchange);

        VZapsResult result = getEndpoint().getClient().call(new VZapsCall(op, instanceId, instanceToken, request));

        Message out = exchange.getMessage();
        out.setBody(result.body());
        out.setHeader(VZapsConstants.HTTP_STATUS, result.statusCode());
        out.setHeader(VZapsConstants.ANSWERED_BY, result.answeredBy().name());
        if (result.requestId() != null) {
            out.setHeader(VZapsConstants.REQUEST_ID, result.requestId());
        }
        if (result.body() instanceof Instance created && created.id() != null) {
            // so the next vzaps: step of the route targets the new instance
            out.setHeader(VZapsConstants.INSTANCE_ID, created.id());
        }
        if (result.body() instanceof SubscriptionResult subscription && subscription.isCheckout()) {
            out.setHeader(VZapsConstants.CHECKOUT_URL, subscription.url());
            LOG.info("VZaps instance {} needs a person to complete the checkout before billing starts: {}",
                    instanceId, subscription.url());
        }
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
        if (op.isConsumer()) {
            throw new VZapsConfigurationException("Header " + VZapsConstants.OPERATION + " names " + op
                    + ", which receives events; name an operation to call");
        }
        return op;
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
