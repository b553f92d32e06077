package org.camelvzaps.consumer.realtime;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.camelvzaps.component.VZapsConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where the realtime cursor lives: one repository bean shared by several routes (keys by instance and subscription,
 * never stopped under another route's feet, never stopped when the application owns it), two routes on one instance
 * with different {@code events}, the key of earlier versions read once, and two file repositories on one file refused.
 */
class RealtimeCursorTest extends RealtimeTestSupport {

    private static final String OTHER_INSTANCE = "VZ2OTHERINSTANCE000000000002";


    @TempDir
    Path dir;

    private final List<String> routed = new CopyOnWriteArrayList<>();

    private void route(String id, String instance, String extra) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?instanceId=" + instance + "&realtimeUrl=" + server.url()
                     + "&reconnectDelay=10&maxReconnectDelay=50" + extra)
                        .routeId(id)
                        .process(e -> routed.add(id + ":" + e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class)));
            }
        });
    }

    private static List<String> lastEventIds(String instance) {
        return server.handshakes().stream().filter(h -> instance.equals(h.query().get("instance_id")))
                .map(h -> String.valueOf(h.query().get("last_event_id"))).toList();
    }

    @Test
    void oneRepositoryBeanServesSeveralRoutesAndStoppingOneLeavesTheOthersCursors() throws Exception {
        FileStateRepository cursors = FileStateRepository.fileStateRepository(dir.resolve("cursors.dat").toFile());
        context.getRegistry().bind("cursors", cursors);
        route("a", INSTANCE_ID, "&stateRepository=#cursors");
        route("b", OTHER_INSTANCE, "&stateRepository=#cursors");
        await().until(() -> server.openConnections() == 2);
        server.publish("evt_a1", "Message", INSTANCE_ID);
        server.publish("evt_b1", "Message", OTHER_INSTANCE);
        await().until(() -> server.acks().size() == 2);

        context.getRouteController().stopRoute("a");
        server.dropConnections(); // b reconnects while a is stopped: it must still find its cursor
        await().until(() -> lastEventIds(OTHER_INSTANCE).size() == 2 && server.openConnections() == 1);
        server.publish("evt_b2", "Message", OTHER_INSTANCE);
        await().until(() -> server.acks().contains("evt_b2"));

        assertEquals(List.of("null", "evt_b1"), lastEventIds(OTHER_INSTANCE));
        assertEquals(List.of("a:evt_a1", "b:evt_b1", "b:evt_b2"), routed.stream().sorted().toList());
        context.stop();
        FileStateRepository reloaded = FileStateRepository.fileStateRepository(dir.resolve("cursors.dat").toFile());
        reloaded.start();
        assertEquals("evt_a1", reloaded.getState(RealtimeCursor.key(INSTANCE_ID, null)));
        assertEquals("evt_b2", reloaded.getState(RealtimeCursor.key(OTHER_INSTANCE, null)));
    }

    @Test
    void aRepositoryTheApplicationStartedIsNotStoppedByTheRoute() throws Exception {
        MemoryStateRepository cursors = new MemoryStateRepository();
        cursors.start();
        context.getRegistry().bind("cursors", cursors);
        route("a", INSTANCE_ID, "&stateRepository=#cursors");
        await().until(() -> server.openConnections() == 1);
        server.publish("evt_1", "Message", INSTANCE_ID);
        await().until(() -> server.acks().size() == 1);

        context.getRouteController().stopRoute("a");

        assertTrue(cursors.isStarted(), "the application's repository is left running");
        assertEquals("evt_1", cursors.getState(RealtimeCursor.key(INSTANCE_ID, null)));
    }

    @Test
    void twoRoutesOnOneInstanceWithDifferentEventsKeepTheirOwnCursors() throws Exception {
        context.getRegistry().bind("cursors", new MemoryStateRepository());
        route("messages", INSTANCE_ID, "&events=Message&stateRepository=#cursors");
        route("receipts", INSTANCE_ID, "&events=ReadReceipt&stateRepository=#cursors");
        await().until(() -> server.openConnections() == 2);
        server.publish("evt_m1", "Message", INSTANCE_ID);
        server.publish("evt_r1", "ReadReceipt", INSTANCE_ID);
        await().until(() -> server.acks().size() == 2);

        context.getRouteController().stopRoute("messages");
        server.publish("evt_m2", "Message", INSTANCE_ID);
        server.publish("evt_r2", "ReadReceipt", INSTANCE_ID);
        await().until(() -> server.acks().contains("evt_r2"));
        context.getRouteController().startRoute("messages");

        await().until(() -> server.acks().contains("evt_m2"));
        assertEquals(List.of("messages:evt_m1", "messages:evt_m2", "receipts:evt_r1", "receipts:evt_r2"),
                routed.stream().sorted().toList(), "each route got every event it asked for, once");
    }

    @Test
    void theCursorOfEarlierVersionsIsReadOnceThenTheNewKeyIsUsed() throws Exception {
        MemoryStateRepository cursors = new MemoryStateRepository();
        cursors.setState(INSTANCE_ID, "evt_1"); // written by a version that keyed the cursor by the instance alone
        context.getRegistry().bind("cursors", cursors);
        server.publish("evt_1", "Message", INSTANCE_ID);
        server.publish("evt_2", "Message", INSTANCE_ID);
        route("a", INSTANCE_ID, "&stateRepository=#cursors");

        await().until(() -> server.acks().contains("evt_2"));
        assertEquals(List.of("a:evt_2"), routed);
        assertEquals("evt_1", server.handshakes().get(0).query().get("last_event_id"));
        assertEquals("evt_2", cursors.getState(RealtimeCursor.key(INSTANCE_ID, null)));
    }

    @Test
    void twoFileRepositoriesOnOneFileAreRefusedAtStartNamingTheFile() throws Exception {
        Path file = dir.resolve("cursors.dat");
        context.getRegistry().bind("first", FileStateRepository.fileStateRepository(file.toFile()));
        context.getRegistry().bind("second", FileStateRepository.fileStateRepository(file.toFile()));
        route("a", INSTANCE_ID, "&stateRepository=#first");

        Exception refused = assertThrows(Exception.class, () -> route("b", OTHER_INSTANCE, "&stateRepository=#second"));

        Throwable cause = refused;
        while (cause.getCause() != null && !(cause instanceof org.camelvzaps.client.VZapsConfigurationException)) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains(file.toFile().getCanonicalPath()), cause.getMessage());
        assertTrue(cause.getMessage().contains("one FileStateRepository bean"), cause.getMessage());
    }
}
