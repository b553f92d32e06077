package org.camelvzaps.quarkus.example;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.camelvzaps.model.event.VZapsEvent;

/** The events the webhook route received, in order; the place where an application would act on them. */
@ApplicationScoped
public class EventInbox {

    private final List<VZapsEvent> events = new CopyOnWriteArrayList<>();

    public void add(VZapsEvent event) {
        events.add(event);
    }

    public List<VZapsEvent> events() {
        return List.copyOf(events);
    }
}
