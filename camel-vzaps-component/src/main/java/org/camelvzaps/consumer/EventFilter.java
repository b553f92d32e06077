package org.camelvzaps.consumer;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code events} option: which event types reach the route. Empty or {@code All} lets every type through.
 */
public final class EventFilter {

    public static final String ALL = "All";

    private final Set<String> types;

    private EventFilter(Set<String> types) {
        this.types = types;
    }

    public static EventFilter of(String csv) {
        if (csv == null || csv.isBlank()) {
            return new EventFilter(Set.of());
        }
        Set<String> types = Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return new EventFilter(types.contains(ALL) ? Set.of() : types);
    }

    public boolean accepts(String type) {
        return types.isEmpty() || types.contains(type);
    }
}
