package org.camelvzaps.springboot.app;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.camelvzaps.model.event.VZapsEvent;
import org.springframework.stereotype.Component;

/** Keeps the events the webhook route received. */
@Component
public class EventInbox implements Processor {

    private final BlockingQueue<VZapsEvent> events = new LinkedBlockingQueue<>();

    @Override
    public void process(Exchange exchange) {
        events.add(exchange.getMessage().getBody(VZapsEvent.class));
    }

    public BlockingQueue<VZapsEvent> events() {
        return events;
    }
}
