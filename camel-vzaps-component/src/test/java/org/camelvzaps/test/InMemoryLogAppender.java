package org.camelvzaps.test;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/**
 * Keeps every formatted log line (with stack traces) in memory, so tests can assert what was logged.
 */
@Plugin(name = "InMemoryLog", category = "Core", elementType = "appender")
public final class InMemoryLogAppender extends AbstractAppender {

    private static final List<String> LINES = new CopyOnWriteArrayList<>();

    private InMemoryLogAppender(String name, Filter filter, Layout<? extends Serializable> layout) {
        super(name, filter, layout, true, Property.EMPTY_ARRAY);
    }

    @PluginFactory
    public static InMemoryLogAppender create(@PluginAttribute("name") String name,
                                             @PluginElement("Layout") Layout<? extends Serializable> layout,
                                             @PluginElement("Filter") Filter filter) {
        return new InMemoryLogAppender(name, filter, layout);
    }

    @Override
    public void append(LogEvent event) {
        LINES.add(new String(getLayout().toByteArray(event)));
    }

    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    public static String all() {
        return String.join("", LINES);
    }

    public static void clear() {
        LINES.clear();
    }
}
