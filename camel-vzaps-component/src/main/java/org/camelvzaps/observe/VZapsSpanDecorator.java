package org.camelvzaps.observe;

import java.net.URI;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.component.VZapsEndpoint;

/**
 * Span attributes for {@code vzaps:} endpoints through Camel's telemetry SPI, so camel-opentelemetry2 and the other
 * Camel tracers describe each call and event: {@code vzaps.operation}, {@code vzaps.instance_id},
 * {@code vzaps.message_id} (when the answer has one), {@code http.response.status_code} and {@code server.address}
 * (the API or realtime host); event spans {@code vzaps.event_type} and {@code vzaps.event_id}. Registered like
 * Camel's own decorators (a {@code META-INF/services/org.apache.camel.telemetry.SpanDecorator} entry), so it is only
 * loaded where camel-telemetry is. Only ids and names become attributes, never a credential.
 */
public class VZapsSpanDecorator extends AbstractSpanDecorator {

    static final String OPERATION = "vzaps.operation";
    static final String INSTANCE_ID = "vzaps.instance_id";
    static final String MESSAGE_ID = "vzaps.message_id";
    static final String EVENT_TYPE = "vzaps.event_type";
    static final String EVENT_ID = "vzaps.event_id";
    static final String STATUS_CODE = "http.response.status_code";
    static final String SERVER_ADDRESS = "server.address";

    @Override
    public String getComponent() {
        return "vzaps";
    }

    @Override
    public String getComponentClassName() {
        return VZapsComponent.class.getName();
    }

    @Override
    public String getOperationName(Exchange exchange, Endpoint endpoint) {
        VZapsOperation operation = operation(exchange, endpoint);
        return operation == null ? super.getOperationName(exchange, endpoint) : operation.name();
    }

    @Override
    public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
        super.beforeTracingEvent(span, exchange, endpoint);
        VZapsOperation operation = operation(exchange, endpoint);
        if (operation != null) {
            span.setTag(OPERATION, operation.name());
        }
        Message message = exchange.getMessage();
        String instanceId = message.getHeader(VZapsConstants.INSTANCE_ID, String.class);
        if (instanceId == null && endpoint instanceof VZapsEndpoint vzaps) {
            instanceId = vzaps.getConfiguration().getInstanceId();
        }
        setIfPresent(span, INSTANCE_ID, instanceId);
        if (operation != null && !operation.isOperation()) {
            // an event's span: the event is on the exchange when the route starts
            setIfPresent(span, EVENT_TYPE, message.getHeader(VZapsConstants.EVENT_TYPE, String.class));
            setIfPresent(span, EVENT_ID, message.getHeader(VZapsConstants.EVENT_ID, String.class));
        }
        if (endpoint instanceof VZapsEndpoint vzaps) {
            setIfPresent(span, SERVER_ADDRESS, host(vzaps.getServiceUrl()));
        }
    }

    @Override
    public void afterTracingEvent(Span span, Exchange exchange) {
        super.afterTracingEvent(span, exchange);
        Message message = exchange.getMessage();
        Integer status = message.getHeader(VZapsConstants.HTTP_STATUS, Integer.class);
        if (status != null) {
            span.setTag(STATUS_CODE, status.toString());
        }
        setIfPresent(span, MESSAGE_ID, message.getHeader(VZapsConstants.MESSAGE_ID, String.class));
    }

    private static VZapsOperation operation(Exchange exchange, Endpoint endpoint) {
        if (!(endpoint instanceof VZapsEndpoint vzaps)) {
            return null;
        }
        Object header = exchange.getMessage().getHeader(VZapsConstants.OPERATION);
        if (header != null && vzaps.getConfiguration().getOperation().isOperation()) {
            try {
                return header instanceof VZapsOperation typed ? typed : VZapsOperation.fromName(header.toString().trim());
            } catch (IllegalArgumentException e) {
                // the producer refuses it with a clear error; the span keeps the endpoint's operation
            }
        }
        return vzaps.getConfiguration().getOperation();
    }

    private static String host(String url) {
        try {
            return url == null ? null : URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void setIfPresent(Span span, String name, String value) {
        if (value != null && !value.isBlank()) {
            span.setTag(name, value);
        }
    }
}
