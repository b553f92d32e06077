package org.camelvzaps.consumer.realtime;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.consumer.SilenceWatch;
import org.camelvzaps.consumer.VZapsCheck;

/**
 * The realtime consumer's check. One instance ({@code instanceId}): UP while its socket is connected, DOWN
 * otherwise. Several ({@code instanceIds}): UP while the sockets connect or are connected; DOWN when one is not
 * connected and has been failing for longer than three times {@code maxReconnectDelay} (a few reconnects in a row
 * came to nothing). Details say, per instance, where the socket is
 * (connected, connecting, backing off since …), the cursor, the time since the last event and the reconnects; for a
 * route with several instances a summary ({@code connected} of {@code total}) and the instances not connected.
 */
final class RealtimeHealthCheck extends VZapsCheck {

    private static final int LISTED = 20;

    private final VZapsConfiguration config;
    private final Supplier<List<RealtimeSocketState>> states;
    private final Supplier<String> routeId;
    private final SilenceWatch silence;

    RealtimeHealthCheck(VZapsConfiguration config, Supplier<List<RealtimeSocketState>> states, Supplier<String> routeId,
                        SilenceWatch silence) {
        this.config = config;
        this.states = states;
        this.routeId = routeId;
        this.silence = silence;
    }

    @Override
    public String getId() {
        boolean fleet = config.getInstanceIds() != null && !config.getInstanceIds().isBlank();
        return "consumer:vzaps-realtime-" + (fleet ? "fleet-" + routeId.get() : config.getInstanceId());
    }

    @Override
    public Result call(Map<String, Object> options) {
        List<RealtimeSocketState> sockets = states.get();
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        long limit = config.getMaxReconnectDelay() * 3;
        List<RealtimeSocketState> notConnected = sockets.stream()
                .filter(s -> s.status() != RealtimeSocketState.Status.CONNECTED).toList();
        boolean failing = notConnected.stream().anyMatch(s -> s.failingFor().toMillis() > limit);
        if (config.getInstanceIds() == null || config.getInstanceIds().isBlank()) {
            builder.detail("vzaps.instanceId", config.getInstanceId());
            RealtimeSocketState socket = sockets.isEmpty() ? null : sockets.get(0);
            if (socket != null) {
                describe(builder, "vzaps.", socket);
            }
            if (socket == null || socket.status() != RealtimeSocketState.Status.CONNECTED) {
                builder.detail("vzaps.realtime", socket == null ? "stopped"
                        : socket.problem() == null ? "connecting" : socket.problem());
                return builder.down().build();
            }
            String silent = silentSince(socket);
            if (silent != null) {
                builder.detail("vzaps.silent", silent);
                return builder.message("instance " + socket.instanceId() + " " + silent).down().build();
            }
            return builder.up().build();
        }
        builder.detail("vzaps.connected", sockets.size() - notConnected.size());
        builder.detail("vzaps.total", sockets.size());
        if (!notConnected.isEmpty()) {
            builder.detail("vzaps.notConnected", notConnected.stream().limit(LISTED)
                    .map(s -> s.instanceId() + " " + status(s)).collect(Collectors.joining("; ")));
        }
        sockets.stream().limit(LISTED).forEach(s -> describe(builder, "vzaps." + s.instanceId() + ".", s));
        if (sockets.isEmpty()) {
            builder.detail("vzaps.realtime", "no instance to receive events of yet");
        }
        List<String> silent = sockets.stream().filter(s -> s.status() == RealtimeSocketState.Status.CONNECTED)
                .map(s -> {
                    String since = silentSince(s);
                    return since == null ? null : "instance " + s.instanceId() + " " + since;
                }).filter(java.util.Objects::nonNull).toList();
        if (!silent.isEmpty()) {
            builder.detail("vzaps.silent", silent.stream().limit(LISTED).collect(Collectors.joining("; ")));
            builder.message(silent.get(0));
        }
        return failing || !silent.isEmpty() ? builder.down().build() : builder.up().build();
    }

    /** With silenceTimeout: "silent since …" when a connected socket brought no event for that long. */
    private String silentSince(RealtimeSocketState socket) {
        if (!silence.isEnabled()) {
            return null;
        }
        return silence.silentSince(socket.instanceId(), socket.lastEventAt() != null ? socket.lastEventAt()
                : socket.since());
    }

    private static void describe(HealthCheckResultBuilder builder, String prefix, RealtimeSocketState socket) {
        builder.detail(prefix + "state", status(socket));
        if (socket.cursor() != null) {
            builder.detail(prefix + "cursor", socket.cursor());
        }
        if (socket.sinceLastEvent() != null) {
            builder.detail(prefix + "sinceLastEventMillis", socket.sinceLastEvent().toMillis());
        }
        builder.detail(prefix + "reconnects", socket.reconnects());
    }

    private static String status(RealtimeSocketState socket) {
        String name = socket.status().name().toLowerCase().replace('_', ' ');
        return switch (socket.status()) {
            case CONNECTED -> name;
            case BACKING_OFF, CONNECTING -> name + " since " + socket.since()
                    + (socket.problem() == null ? "" : " (" + socket.problem() + ")");
            case STOPPED -> name;
        };
    }
}
