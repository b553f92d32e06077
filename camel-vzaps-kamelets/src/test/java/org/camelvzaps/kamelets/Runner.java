package org.camelvzaps.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.main.KameletMain;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Runs route files the way JBang's {@code camel run route.yaml} does: with {@link KameletMain}, the Kamelets from
 * the classpath ({@code kamelets/}), the properties from an {@code application.properties} file, but with Maven
 * downloading switched off, so only the test classpath (the dependencies the docs list) is there.
 */
final class Runner implements AutoCloseable {

    private final KameletMain main;
    /** Bodies (as text) of the exchanges sent to {@code log:} endpoints, the routes' visible output. */
    final List<String> logged = new CopyOnWriteArrayList<>();

    private Runner(KameletMain main) {
        this.main = main;
    }

    /**
     * @param routes     the route files (YAML routes or Pipes), copied as they are in src/test/resources/examples
     * @param properties written to an application.properties next to them
     */
    static Runner run(Path dir, Map<String, String> properties, Path... routes) throws Exception {
        StringBuilder text = new StringBuilder();
        properties.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        Path props = dir.resolve("application.properties");
        Files.writeString(props, text);
        StringBuilder pattern = new StringBuilder();
        for (Path r : routes) {
            pattern.append(pattern.isEmpty() ? "" : ",").append("file:").append(r.toAbsolutePath());
        }
        KameletMain main = new KameletMain("camel.jbang", "classpath:kamelets");
        main.setDownload(false);
        main.setSilent(true);
        main.addInitialProperty("camel.component.kamelet.location", "classpath:kamelets");
        main.addInitialProperty("camel.main.routesIncludePattern", pattern.toString());
        main.addInitialProperty("camel.main.routesReloadEnabled", "false");
        main.addInitialProperty("camel.main.name", "vzaps-kamelets-test");
        main.setPropertyPlaceholderLocations("file:" + props.toAbsolutePath());
        Runner runner = new Runner(main);
        main.start();
        CamelContext camel = main.getCamelContext();
        EventNotifierSupport notifier = new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeSendingEvent sent
                        && sent.getEndpoint().getEndpointUri().startsWith("log:")) {
                    runner.logged.add(sent.getExchange().getMessage().getBody(String.class));
                }
            }
        };
        notifier.setCamelContext(camel);
        notifier.start();
        camel.getManagementStrategy().addEventNotifier(notifier);
        return runner;
    }

    CamelContext camel() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        main.stop();
    }

    /** A copy of src/test/resources/examples/{name} in dir (the file the docs show). */
    static Path example(Path dir, String name) throws IOException {
        try (var in = Runner.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
