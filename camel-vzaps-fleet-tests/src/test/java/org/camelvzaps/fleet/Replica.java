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
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.consumer.realtime.RealtimeSocketState;
import org.camelvzaps.consumer.realtime.VZapsRealtimeConsumer;
import org.camelvzaps.model.event.VZapsEvent;
import org.camelvzaps.state.JdbcIdempotentRepository;
import org.camelvzaps.state.JdbcStateRepository;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One replica of the fleet, in its own JVM, configured as an application would be: a CamelContext with
 * camel-zookeeper's ZooKeeperClusterService, one {@code vzaps:realtime?instanceIds=*} route for every instance of the
 * account, cursors in a {@link JdbcStateRepository} and processed ids in a {@link JdbcIdempotentRepository}, both on
 * the shared PostgreSQL. The route records each event it gets in
 * {@code fleet_routed} twice: {@code started} when it begins, {@code completed} when it is done. A replica started with
 * {@code fleet.holdMarked=true} keeps an event whose text carries {@link #HOLD_MARKER} in its route (up to two
 * minutes), so the test can kill it while that event is in flight. Every half second the replica reports the instances
 * it holds a connected socket for in {@code fleet_shares}. Settings come as system properties ({@code fleet.*}) from
 * {@link FleetFailoverIT}.
 */
public final class Replica {

    static final String ROUTED_TABLE = "fleet_routed";
    static final String SHARES_TABLE = "fleet_shares";
    static final String CURSORS_TABLE = "fleet_cursors";
    /** Text that makes a replica started with {@code fleet.holdMarked=true} hold the event in its route. */
    static final String HOLD_MARKER = "[hold]";
    static final String STARTED = "started";
    static final String COMPLETED = "completed";

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
        // an id in progress whose lease its owner stops refreshing for leaseTime is routed by whoever gets it next
        JdbcIdempotentRepository seen = new JdbcIdempotentRepository(dataSource, "fleet");
        seen.setLeaseTime(Long.parseLong(required("fleet.leaseTime")));
        seen.setCreateTable(false); // created once by the test
        boolean holdMarked = Boolean.getBoolean("fleet.holdMarked");

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
                        .process(e -> {
                            String eventId = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
                            String instanceId = e.getMessage().getHeader(VZapsConstants.INSTANCE_ID, String.class);
                            VZapsEvent event = e.getMessage().getBody(VZapsEvent.class);
                            boolean marked = event != null && event.raw() != null
                                             && event.raw().toString().contains(HOLD_MARKER);
                            record(dataSource, name, eventId, instanceId, STARTED, marked);
                            if (marked && holdMarked) {
                                Thread.sleep(120_000); // in flight until the test kills this replica
                            }
                            record(dataSource, name, eventId, instanceId, COMPLETED, marked);
                        });
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

    private static void record(DataSource dataSource, String replica, String eventId, String instanceId, String stage,
            boolean marked) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ROUTED_TABLE
                     + " (event_id, instance_id, replica, stage, marked) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, instanceId);
            insert.setString(3, replica);
            insert.setString(4, stage);
            insert.setBoolean(5, marked);
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
