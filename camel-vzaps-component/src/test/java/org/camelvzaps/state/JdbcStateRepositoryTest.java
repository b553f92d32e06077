package org.camelvzaps.state;

import java.sql.Connection;
import java.time.Duration;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.test.RealtimeTestServer;
import org.camelvzaps.client.VZapsConfigurationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_TOKEN;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_ID;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JDBC state repository on a real PostgreSQL (started in-process): what replicas sharing cursors rely on. */
class JdbcStateRepositoryTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static JdbcStateRepository started(String table) {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, table);
        repository.start();
        return repository;
    }

    @Test
    void aKeyNeverSetHasNoStateAndASetOneReadsBackAndIsOverwritten() {
        JdbcStateRepository repository = started("state_basic");
        assertNull(repository.getState("vzaps-realtime:VZ1:All"));
        repository.setState("vzaps-realtime:VZ1:All", "evt_1");
        assertEquals("evt_1", repository.getState("vzaps-realtime:VZ1:All"));
        repository.setState("vzaps-realtime:VZ1:All", "evt_2");
        assertEquals("evt_2", repository.getState("vzaps-realtime:VZ1:All"));
        assertNull(repository.getState("vzaps-realtime:VZ2:All"));
        repository.stop();
    }

    @Test
    void aSecondReplicaReadsWhatTheFirstWroteLastNothingIsCached() {
        JdbcStateRepository a = started("state_replicas");
        JdbcStateRepository b = started("state_replicas"); // the table exists: start does not fail
        a.setState("cursor", "evt_10");
        assertEquals("evt_10", b.getState("cursor"));
        b.setState("cursor", "evt_11");
        assertEquals("evt_11", a.getState("cursor"));
        a.stop();
        b.stop();
    }

    @Test
    void concurrentWritesOfOneKeyAllSucceedAndOneOfThemWins() throws Exception {
        JdbcStateRepository repository = started("state_concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String value = "evt_" + i;
            writes.add(pool.submit(() -> repository.setState("cursor", value)));
        }
        for (Future<?> write : writes) {
            write.get(60, TimeUnit.SECONDS); // an insert race would surface here as a unique violation
        }
        pool.shutdown();
        assertTrue(repository.getState("cursor").startsWith("evt_"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM state_concurrent")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "one row per key");
        }
        repository.stop();
    }

    @Test
    void aRealtimeRouteOnAnotherReplicaResumesFromTheCursorStoredInPostgres() throws Exception {
        try (RealtimeTestServer server = new RealtimeTestServer()) {
            List<String> first = new java.util.concurrent.CopyOnWriteArrayList<>();
            CamelContext a = replica(server, first);
            await().atMost(Duration.ofSeconds(30)).until(() -> server.openConnections() == 1);
            server.publish("evt_1", "Message", INSTANCE_ID);
            server.publish("evt_2", "Message", INSTANCE_ID);
            await().atMost(Duration.ofSeconds(30)).until(() -> first.size() == 2);
            a.stop();
            server.publish("evt_3", "Message", INSTANCE_ID);

            List<String> second = new java.util.concurrent.CopyOnWriteArrayList<>();
            CamelContext b = replica(server, second);
            await().atMost(Duration.ofSeconds(30)).until(() -> second.size() == 1);
            b.stop();
            assertEquals(List.of("evt_1", "evt_2"), first);
            assertEquals(List.of("evt_3"), second, "the second replica resumed after the first one's cursor");
            assertEquals("evt_2", server.handshakes().get(1).query().get("last_event_id"));
        }
    }

    private static CamelContext replica(RealtimeTestServer server, List<String> routed) throws Exception {
        CamelContext context = new DefaultCamelContext();
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setClientToken(CLIENT_TOKEN);
        vzaps.getConfiguration().setInstanceToken(INSTANCE_TOKEN);
        vzaps.getConfiguration().setRealtimeUrl(server.url());
        vzaps.getConfiguration().setStateRepository(new JdbcStateRepository(dataSource, "state_resume"));
        context.addComponent("vzaps", vzaps);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?instanceId=" + INSTANCE_ID).routeId("events")
                        .process(e -> routed.add(e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class)));
            }
        });
        context.start();
        return context;
    }

    @Test
    void withCreateTableOffAMissingTableIsNamedInTheError() {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource, "no_such_table");
        repository.setCreateTable(false);
        repository.start();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> repository.getState("k"));
        assertTrue(e.getMessage().contains("no_such_table") && e.getMessage().contains("k"), e.getMessage());
        repository.stop();
    }

    @Test
    void aTableNameThatIsNotAPlainNameOrAMissingDataSourceIsRefusedAtStart() {
        JdbcStateRepository injected = new JdbcStateRepository(dataSource, "state; DROP TABLE x");
        VZapsConfigurationException bad = assertThrows(VZapsConfigurationException.class, injected::start);
        assertTrue(bad.getMessage().contains("tableName"), bad.getMessage());
        VZapsConfigurationException none = assertThrows(VZapsConfigurationException.class,
                () -> new JdbcStateRepository().start());
        assertTrue(none.getMessage().contains("dataSource"), none.getMessage());
    }
}
