package org.camelvzaps.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.consumer.realtime.RealtimeSocketState;
import org.camelvzaps.consumer.realtime.VZapsRealtimeConsumer;
import org.camelvzaps.state.JdbcStateRepository;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One replica of the fleet, in its own JVM, configured as an application would be: a CamelContext with
 * camel-zookeeper's ZooKeeperClusterService, one {@code vzaps:realtime?instanceIds=*} route for every instance of the
 * account, cursors in a {@link JdbcStateRepository} and processed ids in camel-sql's JdbcMessageIdRepository, both on
 * the shared PostgreSQL. The route records each event it gets in {@code fleet_routed}; every half second the replica
 * reports the instances it holds a connected socket for in {@code fleet_shares}. Settings come as system properties
 * ({@code fleet.*}) from {@link FleetFailoverIT}.
 */
public final class Replica {

    static final String ROUTED_TABLE = "fleet_routed";
    static final String SHARES_TABLE = "fleet_shares";
    static final String CURSORS_TABLE = "fleet_cursors";

    private Replica() {
    }

    public static void main(String[] args) throws Exception {
        String name = required("fleet.name");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(required("fleet.jdbcUrl"));
        dataSource.setUser("postgres");

        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        ZooKeeperClusterService cluster = new ZooKeeperClusterService();
        cluster.setId(name);
        cluster.setNodes(required("fleet.zookeeper"));
        cluster.setBasePath("/camel-vzaps-fleet");
        long session = Long.parseLong(required("fleet.sessionTimeout"));
        cluster.setSessionTimeout(session);
        cluster.setConnectTimeout(session / 2);
        context.addService(cluster);

        JdbcStateRepository cursors = new JdbcStateRepository(dataSource, CURSORS_TABLE);
        cursors.setCreateTable(false); // created once by the test, not by three replicas at the same moment
        JdbcMessageIdRepository seen = new JdbcMessageIdRepository(dataSource, "fleet");
        seen.setCreateTableIfNotExists(false);

        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setBaseUrl(required("fleet.apiUrl"));
        vzaps.getConfiguration().setRealtimeUrl(required("fleet.realtimeUrl"));
        vzaps.getConfiguration().setClientToken(required("fleet.clientToken"));
        vzaps.getConfiguration().setClientSecret(required("fleet.clientSecret"));
        vzaps.getConfiguration().setStateRepository(cursors);
        vzaps.getConfiguration().setIdempotentRepository(seen);
        context.addComponent("vzaps", vzaps);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:realtime?instanceIds=*&discoveryInterval=5000&reconnectDelay=100&maxReconnectDelay=2000")
                        .routeId("fleet")
                        .process(e -> record(dataSource, name,
                                e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class),
                                e.getMessage().getHeader(VZapsConstants.INSTANCE_ID, String.class)));
            }
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.stop();
            stopped.countDown();
        }));
        context.start();
        VZapsRealtimeConsumer consumer = (VZapsRealtimeConsumer) context.getRoute("fleet").getConsumer();
        while (stopped.getCount() > 0) {
            report(dataSource, name, consumer);
            Thread.sleep(500);
        }
    }

    private static void record(DataSource dataSource, String replica, String eventId, String instanceId)
            throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + ROUTED_TABLE + " (event_id, instance_id, replica) VALUES (?, ?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, instanceId);
            insert.setString(3, replica);
            insert.executeUpdate();
        }
    }

    private static void report(DataSource dataSource, String replica, VZapsRealtimeConsumer consumer) {
        String held = consumer.socketStates().stream().filter(s -> s.status() == RealtimeSocketState.Status.CONNECTED)
                .map(RealtimeSocketState::instanceId).sorted().collect(Collectors.joining(","));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + SHARES_TABLE
                     + " (replica, instances) VALUES (?, ?) ON CONFLICT (replica) DO UPDATE SET instances = "
                     + "EXCLUDED.instances")) {
            upsert.setString(1, replica);
            upsert.setString(2, held);
            upsert.executeUpdate();
        } catch (Exception e) {
            System.err.println("fleet replica " + replica + " could not report its share: " + e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + property + " is required");
        }
        return value;
    }
}
