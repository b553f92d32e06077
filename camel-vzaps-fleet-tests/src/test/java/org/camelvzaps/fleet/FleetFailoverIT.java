package org.camelvzaps.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.curator.test.TestingServer;
import org.camelvzaps.sandbox.RealtimeEvent;
import org.camelvzaps.sandbox.SandboxInstance;
import org.camelvzaps.sandbox.VZapsSandbox;
import org.camelvzaps.state.JdbcIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fleet on a real distributed engine: one ZooKeeper (Curator's TestingServer), one PostgreSQL (embedded), the
 * sandbox with 60 instances, and replica JVMs started as separate processes ({@link Replica}), each with one
 * {@code instanceIds=*} route. Three replicas share the instances 20/20/20 (±3, each socket held once); events are
 * injected all along. Once what was injected is routed, one more event goes to an instance of the victim, whose route
 * holds it; while it is in flight the victim is killed with kill -9, and the other two take its instances over once
 * its ZooKeeper session has expired, replaying from the shared cursors what was sent to its instances meanwhile. The
 * event in flight at the kill is routed by a survivor: the shared JdbcIdempotentRepository lets another replica take
 * its id over once the dead replica's lease ran out (nothing refreshed it for leaseTime). A fourth replica joins and
 * takes a share. In the end every injected event was routed to completion, none twice. Waits are bounded; the assertions are
 * facts checked after them; every replica is killed by pid in the end.
 */
class FleetFailoverIT {

    private static final int INSTANCES = 60;
    /** The replicas' ZooKeeper session: how long the cluster takes to give up on a killed replica. */
    private static final long SESSION_TIMEOUT_MILLIS = 8000;
    private static final Duration TAKEOVER_BOUND = Duration.ofMillis(SESSION_TIMEOUT_MILLIS).plusSeconds(30);
    /**
     * The idempotent repository's lease: an event in progress whose lease nobody refreshed for this long is routed by
     * whoever gets it next. Shorter than the session timeout, so the event in flight at the kill is free again by the
     * time a survivor takes its instance over.
     */
    private static final long LEASE_TIME_MILLIS = 3000;
    private static final String VICTIM = "replica-2";

    private TestingServer zookeeper;
    private EmbeddedPostgres postgres;
    private DataSource db;
    private VZapsSandbox sandbox;
    private final Map<String, Process> replicas = new LinkedHashMap<>();
    private final List<String> instanceIds = new ArrayList<>();
    private final AtomicBoolean injecting = new AtomicBoolean();
    private final AtomicBoolean paused = new AtomicBoolean();
    private Thread injector;

    @AfterEach
    void tearDown() throws Exception {
        injecting.set(false);
        if (injector != null) {
            injector.join(10_000);
        }
        for (Process replica : replicas.values()) {
            replica.destroyForcibly(); // SIGKILL by pid: nothing is left running
        }
        for (Process replica : replicas.values()) {
            replica.waitFor();
        }
        if (sandbox != null) {
            sandbox.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (zookeeper != null) {
            zookeeper.close();
        }
    }

    @Test
    void aReplicaKilledWithKill9HandsItsInstancesToTheOthersAndAJoinerTakesAShareWithNothingLostOrRoutedTwice()
            throws Exception {
        zookeeper = new TestingServer(true);
        postgres = EmbeddedPostgres.start();
        db = postgres.getPostgresDatabase();
        createTables();
        createIdempotentTable();
        sandbox = VZapsSandbox.builder().port(0).realtimePort(0).eventGap(Duration.ZERO).build().start();
        for (int i = 1; i <= INSTANCES; i++) {
            SandboxInstance instance = sandbox.createInstance("fleet-" + i);
            sandbox.scan(instance.id());
            instanceIds.add(instance.id());
        }

        for (String name : List.of("replica-1", "replica-2", "replica-3")) {
            startReplica(name);
        }
        awaitShares(List.of("replica-1", "replica-2", "replica-3"), Duration.ofSeconds(120));
        assertSpread(List.of("replica-1", "replica-2", "replica-3"));

        startInjecting();
        // every instance has processed an event, so has a cursor to resume from when it moves
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> queryInt("SELECT count(DISTINCT instance_id) FROM " + Replica.ROUTED_TABLE
                                      + " WHERE stage = '" + Replica.COMPLETED + "'") == INSTANCES);

        // the victim has exactly one event in its route at the kill: everything injected so far is routed, then one
        // event goes to one of its instances and its route holds it
        paused.set(true);
        Thread.sleep(500); // an injection under way when the pause began reaches the sandbox's log
        Set<String> before = injectedEventIds();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> routedEventIds().keySet().containsAll(before));
        String victimInstance = shares().get(VICTIM).iterator().next();
        sandbox.injectInboundMessage(victimInstance, "5511999990000", "Fleet",
                "in flight at the kill " + Replica.HOLD_MARKER);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> heldEventIds(Replica.STARTED, VICTIM).size() == 1);
        String inFlight = heldEventIds(Replica.STARTED, VICTIM).get(0);
        Process killed = replicas.get(VICTIM);
        killed.destroyForcibly(); // kill -9 while the event is in its route: no clean stop, its session just expires
        killed.waitFor();
        assertEquals(List.of(), heldEventIds(Replica.COMPLETED, VICTIM), "the victim died before finishing the event");
        assertEquals(1, queryInt("SELECT count(*) FROM " + JdbcIdempotentRepository.DEFAULT_TABLE + " WHERE event_id = '"
                                 + inFlight + "' AND state = 'IN_PROGRESS'"),
                "its id is in the repository, in progress: a repository without leases would drop its redelivery");
        paused.set(false); // events keep coming, its instances' too, while nobody holds them
        awaitShares(List.of("replica-1", "replica-3"), TAKEOVER_BOUND);
        assertSpread(List.of("replica-1", "replica-3"));

        startReplica("replica-4");
        awaitShares(List.of("replica-1", "replica-3", "replica-4"), Duration.ofSeconds(60));
        assertSpread(List.of("replica-1", "replica-3", "replica-4"));

        Thread.sleep(2000); // events keep flowing to the new share for a while
        injecting.set(false);
        injector.join(10_000);

        Set<String> injected = injectedEventIds();
        assertTrue(injected.size() >= INSTANCES, "events were injected: " + injected.size());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> routedEventIds().keySet().containsAll(injected));
        Map<String, Integer> routed = routedEventIds();
        Set<String> missing = new HashSet<>(injected);
        missing.removeAll(routed.keySet());
        assertEquals(Set.of(), missing, "every injected event was routed");
        Map<String, Integer> twice = new HashMap<>();
        routed.forEach((id, count) -> {
            if (count > 1) {
                twice.put(id, count);
            }
        });
        assertEquals(Map.of(), twice, "no event was routed twice");
        List<String> finishers = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT replica FROM " + Replica.ROUTED_TABLE + " WHERE event_id = '"
                                                     + inFlight + "' AND stage = '" + Replica.COMPLETED + "'")) {
            while (rows.next()) {
                finishers.add(rows.getString(1));
            }
        }
        assertEquals(1, finishers.size(), "the event in flight at the kill was routed to completion once: " + finishers);
        assertTrue(List.of("replica-1", "replica-3").contains(finishers.get(0)),
                "a survivor routed the event in flight at the kill: " + finishers);
        assertTrue(queryInt("SELECT count(*) FROM " + Replica.ROUTED_TABLE + " WHERE replica = 'replica-4' AND stage = '"
                            + Replica.COMPLETED + "'") > 0,
                "the replica that joined routed events of its share");
    }

    // ---- the pieces

    private void createTables() throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + Replica.ROUTED_TABLE
                              + " (event_id VARCHAR(64), instance_id VARCHAR(64), replica VARCHAR(32), stage VARCHAR(16),"
                              + " marked BOOLEAN)");
            statement.execute("CREATE TABLE " + Replica.SHARES_TABLE + " (replica VARCHAR(32) PRIMARY KEY, instances TEXT)");
            statement.execute("CREATE TABLE " + Replica.CURSORS_TABLE
                              + " (state_key VARCHAR(512) PRIMARY KEY, state_value VARCHAR(4000) NOT NULL)");
        }
    }

    /** The idempotent repository's table, created by the repository itself once, not by three replicas at once. */
    private void createIdempotentTable() {
        JdbcIdempotentRepository repository = new JdbcIdempotentRepository(db, "fleet");
        repository.start();
        repository.stop();
    }

    private void startReplica(String name) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Path.of("target", "fleet", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dfleet.name=" + name,
                "-Dfleet.zookeeper=" + zookeeper.getConnectString(),
                "-Dfleet.sessionTimeout=" + SESSION_TIMEOUT_MILLIS,
                "-Dfleet.leaseTime=" + LEASE_TIME_MILLIS,
                "-Dfleet.holdMarked=" + VICTIM.equals(name),
                "-Dfleet.jdbcUrl=" + postgres.getJdbcUrl("postgres", "postgres"),
                "-Dfleet.apiUrl=" + sandbox.baseUrl(),
                "-Dfleet.realtimeUrl=" + sandbox.realtimeUrl(),
                "-Dfleet.clientToken=" + sandbox.clientToken(),
                "-Dfleet.clientSecret=" + sandbox.clientSecret(),
                "-cp", classpath,
                Replica.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        replicas.put(name, process);
    }

    /**
     * Waits until the live replicas together hold each instance exactly once, each on one socket of the sandbox, and
     * each replica about its part (so a moment in the middle of a rebalancing, when the holdings happen to add up,
     * does not count).
     */
    private void awaitShares(List<String> live, Duration bound) {
        await().atMost(bound).pollInterval(Duration.ofMillis(500)).until(() -> {
            Map<String, Set<String>> shares = shares();
            Set<String> union = new HashSet<>();
            int total = 0;
            for (String replica : live) {
                Set<String> share = shares.getOrDefault(replica, Set.of());
                if (Math.abs(share.size() - INSTANCES / live.size()) > 3) {
                    return false;
                }
                total += share.size();
                union.addAll(share);
            }
            return total == INSTANCES && union.equals(Set.copyOf(instanceIds))
                   && instanceIds.stream().allMatch(id -> sandbox.realtimeConnections(id) == 1);
        });
    }

    /** Each live replica holds N / R instances, ±3. */
    private void assertSpread(List<String> live) throws Exception {
        Map<String, Set<String>> shares = shares();
        int even = INSTANCES / live.size();
        for (String replica : live) {
            int held = shares.get(replica).size();
            assertTrue(Math.abs(held - even) <= 3, replica + " holds " + held + " instances, expected " + even
                                                  + " ± 3: " + sizes(shares));
        }
    }

    private static Map<String, Integer> sizes(Map<String, Set<String>> shares) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        shares.forEach((replica, share) -> sizes.put(replica, share.size()));
        return sizes;
    }

    private Map<String, Set<String>> shares() throws Exception {
        Map<String, Set<String>> shares = new HashMap<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT replica, instances FROM " + Replica.SHARES_TABLE)) {
            while (rows.next()) {
                String instances = rows.getString(2);
                shares.put(rows.getString(1), instances == null || instances.isEmpty() ? Set.of()
                        : Set.of(instances.split(",")));
            }
        }
        return shares;
    }

    /** Injects an inbound message into the instances in turn, ten a second, until told to stop (not while paused). */
    private void startInjecting() {
        injecting.set(true);
        AtomicInteger next = new AtomicInteger();
        injector = new Thread(() -> {
            while (injecting.get()) {
                if (!paused.get()) {
                    int n = next.getAndIncrement();
                    sandbox.injectInboundMessage(instanceIds.get(n % INSTANCES), "5511999990000", "Fleet", "message " + n);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fleet-injector");
        injector.start();
    }

    /** The ids of the inbound Message events the sandbox emitted (the injected ones). */
    private Set<String> injectedEventIds() {
        Set<String> ids = new HashSet<>();
        for (String instance : instanceIds) {
            for (RealtimeEvent event : sandbox.realtimeEvents(instance)) {
                if ("Message".equals(event.type())) {
                    ids.add(event.id());
                }
            }
        }
        return ids;
    }

    /** Event id → how many times a route completed it. */
    private Map<String, Integer> routedEventIds() throws Exception {
        Map<String, Integer> routed = new HashMap<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id, count(*) FROM " + Replica.ROUTED_TABLE
                                                     + " WHERE stage = '" + Replica.COMPLETED + "' GROUP BY event_id")) {
            while (rows.next()) {
                routed.put(rows.getString(1), rows.getInt(2));
            }
        }
        return routed;
    }

    /** The ids of the marked events the replica's route reached the given stage for. */
    private List<String> heldEventIds(String stage, String replica) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT event_id FROM " + Replica.ROUTED_TABLE + " WHERE marked AND stage = '"
                                                     + stage + "' AND replica = '" + replica + "'")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private int queryInt(String sql) throws Exception {
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
