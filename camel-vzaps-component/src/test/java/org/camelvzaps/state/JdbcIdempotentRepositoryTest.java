package org.camelvzaps.state;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.test.InMemoryLogAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lease-based idempotent repository on a real PostgreSQL (started in-process), with two instances on one table
 * standing for two replicas: what a fleet relies on so that an event in the route of a replica that dies is routed by
 * another one, once.
 */
class JdbcIdempotentRepositoryTest {

    /** A lease time whose scheduled refresh (every third) never comes during a test: the test calls it. */
    private static final long MANUAL = 3_000_000;

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

    private static JdbcIdempotentRepository replica(String table, long leaseTime) {
        JdbcIdempotentRepository repository = new JdbcIdempotentRepository(dataSource);
        repository.setTableName(table);
        repository.setLeaseTime(leaseTime);
        repository.start();
        return repository;
    }

    @Test
    void aNewIdIsAddedOnceConfirmedAndThenADuplicate() throws Exception {
        JdbcIdempotentRepository repository = replica("idem_basic", 30_000);
        assertFalse(repository.contains("evt_1"));
        assertTrue(repository.add("evt_1"));
        assertTrue(repository.contains("evt_1"), "in progress under a live lease");
        assertTrue(repository.confirm("evt_1"));
        assertFalse(repository.add("evt_1"), "done: a duplicate");
        assertTrue(repository.contains("evt_1"));
        assertEquals(JdbcIdempotentRepository.DONE, column("idem_basic", "evt_1", "state"));
        repository.stop();
    }

    @Test
    void anIdInProgressUnderALiveLeaseIsRefusedWithAClearErrorNotDroppedAsADuplicate() throws Exception {
        JdbcIdempotentRepository a = replica("idem_live", 30_000);
        JdbcIdempotentRepository b = replica("idem_live", 30_000);
        assertTrue(a.add("evt_1"));
        VZapsEventInProgressException refused = assertThrows(VZapsEventInProgressException.class, () -> b.add("evt_1"));
        assertTrue(refused.getMessage().contains("evt_1") && refused.getMessage().contains("another replica"),
                refused.getMessage());
        assertEquals("evt_1", refused.getEventId());
        // the route on a finishes; the redelivery b gets afterwards is a duplicate: routed once in all
        assertTrue(a.confirm("evt_1"));
        assertFalse(b.add("evt_1"));
        a.stop();
        b.stop();
    }

    @Test
    void replicasInDifferentTimeZonesAgreeOnALiveLease() throws Exception {
        // the JDBC driver sets each session's time zone from its JVM's: a lease must not end hours early elsewhere
        JdbcIdempotentRepository saoPaulo = new JdbcIdempotentRepository(inTimeZone("America/Sao_Paulo"));
        saoPaulo.setTableName("idem_zones");
        saoPaulo.start();
        JdbcIdempotentRepository tokyo = new JdbcIdempotentRepository(inTimeZone("Asia/Tokyo"));
        tokyo.setTableName("idem_zones");
        tokyo.start();
        assertTrue(saoPaulo.add("evt_1"));
        assertThrows(VZapsEventInProgressException.class, () -> tokyo.add("evt_1"));
        assertTrue(tokyo.add("evt_2"));
        assertThrows(VZapsEventInProgressException.class, () -> saoPaulo.add("evt_2"));
        saoPaulo.stop();
        tokyo.stop();
    }

    /** The shared database, each connection's session in {@code zone}. */
    private static DataSource inTimeZone(String zone) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Connection connection) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("SET TIME ZONE '" + zone + "'");
                        }
                    }
                    return result;
                });
    }

    @Test
    void whenTheOwnerDiesMidRouteTheOtherReplicaTakesTheIdOverOnceTheLeaseRanOut() throws Exception {
        JdbcIdempotentRepository dying = replica("idem_takeover", 30_000);
        JdbcIdempotentRepository survivor = replica("idem_takeover", 30_000);
        assertTrue(dying.add("evt_1"));
        dying.stopKeepAlive(); // kill -9: nothing refreshes its lease, nothing hands it back
        assertThrows(VZapsEventInProgressException.class, () -> survivor.add("evt_1"), "the lease is still live");
        expireLease("idem_takeover", "evt_1"); // leaseTime has passed without a refresh
        assertTrue(survivor.add("evt_1"), "taken over");
        assertEquals(survivor.owner(), column("idem_takeover", "evt_1", "owner_id"));
        assertEquals(Set.of("evt_1"), survivor.inProgressHere());
        assertTrue(survivor.confirm("evt_1"));
        assertFalse(dying.confirm("evt_1"), "the dead owner's late confirm does not touch the survivor's row");
        assertFalse(survivor.add("evt_1"));
        survivor.stop();
    }

    @Test
    void onlyOneOfManyReplicasTakesAnExpiredIdOver() throws Exception {
        JdbcIdempotentRepository dying = replica("idem_race", 30_000);
        assertTrue(dying.add("evt_1"));
        dying.stopKeepAlive();
        List<JdbcIdempotentRepository> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            others.add(replica("idem_race", 30_000));
        }
        expireLease("idem_race", "evt_1");
        assertFalse(dying.contains("evt_1"), "an expired lease holds nothing");
        ExecutorService pool = Executors.newFixedThreadPool(others.size());
        List<Future<Boolean>> results = new ArrayList<>();
        for (JdbcIdempotentRepository other : others) {
            Callable<Boolean> add = () -> {
                try {
                    return other.add("evt_1");
                } catch (VZapsEventInProgressException e) {
                    return false;
                }
            };
            results.add(pool.submit(add));
        }
        int winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, winners, "one replica routes the event");
        others.forEach(JdbcIdempotentRepository::stop);
    }

    @Test
    void theKeepAliveHoldsALongRoutesLeaseBeyondTheLeaseTime() throws Exception {
        JdbcIdempotentRepository routing = replica("idem_keepalive", MANUAL);
        JdbcIdempotentRepository other = replica("idem_keepalive", MANUAL);
        assertTrue(routing.add("evt_1"));
        expireLease("idem_keepalive", "evt_1"); // the route has outlived its first lease
        routing.refreshLeases(); // what the keep-alive does every third of leaseTime
        assertThrows(VZapsEventInProgressException.class, () -> other.add("evt_1"),
                "still in progress: the refresh extended the lease");
        assertTrue(routing.confirm("evt_1"));
        routing.stop();
        other.stop();
    }

    @Test
    void aRefreshThatFindsItsLeaseTakenOverWarnsAtOnce() throws Exception {
        JdbcIdempotentRepository cutOff = replica("idem_lost", MANUAL);
        JdbcIdempotentRepository other = replica("idem_lost", MANUAL);
        assertTrue(cutOff.add("evt_1"));
        assertTrue(cutOff.add("evt_2"));
        expireLease("idem_lost", "evt_1"); // cutOff could not reach the database for longer than leaseTime
        assertTrue(other.add("evt_1"));
        InMemoryLogAppender.clear();
        cutOff.refreshLeases();
        List<String> warnings = InMemoryLogAppender.lines().stream().filter(line -> line.contains("lost their lease"))
                .toList();
        assertEquals(1, warnings.size(), InMemoryLogAppender.all());
        assertTrue(warnings.get(0).contains("1 of the 2 event(s)") && warnings.get(0).contains("idem_lost"),
                warnings.get(0));
        cutOff.refreshLeases();
        assertEquals(1, InMemoryLogAppender.lines().stream().filter(line -> line.contains("lost their lease")).count(),
                "said once, not every refresh");
        cutOff.stop();
        other.stop();
    }

    @Test
    void theKeepAliveRunsOnItsOwn() throws Exception {
        JdbcIdempotentRepository routing = replica("idem_keepalive_scheduled", 3_000);
        assertTrue(routing.add("evt_1"));
        Timestamp first = (Timestamp) column("idem_keepalive_scheduled", "evt_1", "lease_expiry");
        // every second; the bound is generous, only that it runs (without being called) is asserted
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> ((Timestamp) column("idem_keepalive_scheduled", "evt_1", "lease_expiry")).after(first));
        assertTrue(routing.confirm("evt_1"));
        routing.stop();
    }

    @Test
    void aConfirmedOrRemovedIdIsNoLongerRefreshed() throws Exception {
        List<String> prepared = new CopyOnWriteArrayList<>();
        JdbcIdempotentRepository repository = new JdbcIdempotentRepository(recording(prepared));
        repository.setTableName("idem_refresh");
        repository.setLeaseTime(MANUAL);
        repository.start();
        assertTrue(repository.add("evt_1"));
        assertTrue(repository.add("evt_2"));
        assertTrue(repository.add("evt_3"));
        assertEquals(Set.of("evt_1", "evt_2", "evt_3"), repository.inProgressHere());
        repository.confirm("evt_1");
        repository.remove("evt_2");
        assertEquals(Set.of("evt_3"), repository.inProgressHere(), "the keep-alive set holds only events in routes");
        expireLease("idem_refresh", "evt_3");
        prepared.clear();
        repository.refreshLeases();
        assertEquals(1, prepared.size(), "one refresh statement: " + prepared);
        assertTrue(prepared.get(0).startsWith("UPDATE idem_refresh SET lease_expiry")
                   && prepared.get(0).endsWith("event_id IN (?)"), "for the one id in a route: " + prepared);
        assertTrue(((Timestamp) column("idem_refresh", "evt_3", "lease_expiry")).after(
                (Timestamp) query("SELECT CURRENT_TIMESTAMP")), "evt_3's lease was extended");
        repository.confirm("evt_3");
        prepared.clear();
        repository.refreshLeases();
        assertEquals(List.of(), prepared, "nothing in a route: no statement at all");
        repository.stop();
    }

    /** The shared database, recording the SQL of every statement prepared on it. */
    private static DataSource recording(List<String> prepared) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, args) -> {
                    Object result = invoke(dataSource, method, args);
                    if (result instanceof Connection connection) {
                        return Proxy.newProxyInstance(Connection.class.getClassLoader(),
                                new Class<?>[] { Connection.class }, (p, m, a) -> {
                                    if (m.getName().equals("prepareStatement")) {
                                        prepared.add((String) a[0]);
                                    }
                                    return invoke(connection, m, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** As if leaseTime had passed without a refresh: the row's lease ends in the past. */
    private static void expireLease(String table, String id) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE " + table
                     + " SET lease_expiry = CURRENT_TIMESTAMP - INTERVAL '1 second' WHERE event_id = ?")) {
            statement.setString(1, id);
            assertEquals(1, statement.executeUpdate());
        }
    }

    @Test
    void aRemovedIdIsAddedAgainButAnotherReplicasLiveIdIsNotRemoved() throws Exception {
        JdbcIdempotentRepository a = replica("idem_remove", 30_000);
        JdbcIdempotentRepository b = replica("idem_remove", 30_000);
        assertTrue(a.add("evt_1"));
        assertFalse(b.remove("evt_1"), "b cannot free an event a is routing");
        assertTrue(a.remove("evt_1"), "a's route failed");
        assertTrue(b.add("evt_1"), "the redelivery is routed again");
        assertTrue(b.confirm("evt_1"));
        b.clear();
        assertFalse(a.contains("evt_1"));
        a.stop();
        b.stop();
    }

    @Test
    void aReplicaRemovesOnlyItsOwnIdInProgressNeverAnotherReplicasDoneOrExpiredRow() throws Exception {
        JdbcIdempotentRepository a = replica("idem_remove_own", 30_000);
        JdbcIdempotentRepository b = replica("idem_remove_own", 30_000);
        assertTrue(a.add("evt_done"));
        assertTrue(a.confirm("evt_done"));
        // b's route failed on something else, its remove failed, and it removes "before re-adding": never a's done row
        assertFalse(b.remove("evt_done"));
        assertEquals(JdbcIdempotentRepository.DONE, column("idem_remove_own", "evt_done", "state"));
        assertFalse(b.add("evt_done"), "still a duplicate: routed once");
        assertTrue(a.add("evt_expired"));
        a.stop(); // hands the lease back: expired
        assertFalse(b.remove("evt_expired"), "an expired row of another replica is taken over by add, not deleted");
        assertEquals(a.owner(), column("idem_remove_own", "evt_expired", "owner_id"));
        assertTrue(b.add("evt_expired"));
        assertTrue(b.remove("evt_expired"), "its own id in progress: removed");
        assertTrue(b.add("evt_expired"), "the redelivery is routed again");
        b.stop();
    }

    @Test
    void aCleanStopHandsItsLeasesBackAtOnce() throws Exception {
        JdbcIdempotentRepository stopping = replica("idem_handback", 30_000);
        JdbcIdempotentRepository other = replica("idem_handback", 30_000);
        assertTrue(stopping.add("evt_1"));
        stopping.stop();
        assertTrue(other.add("evt_1"), "no need to wait 30 s for a lease its owner gave up");
        other.stop();
    }

    @Test
    void aStopWaitsForARefreshUnderWaySoItCannotExtendTheHandedBackLeases() throws Exception {
        CountDownLatch refreshing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the keep-alive thread's connection is held (as a slow database would, deaf to interrupts) until released
        DataSource slowRefresh = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")
                        && Thread.currentThread().getName().startsWith("VZapsIdempotentLeases-")) {
                        refreshing.countDown();
                        awaitUninterruptibly(release);
                    }
                    try {
                        return method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        JdbcIdempotentRepository stopping = new JdbcIdempotentRepository(slowRefresh);
        stopping.setTableName("idem_stop_refresh");
        stopping.setLeaseTime(3_000);
        stopping.start();
        JdbcIdempotentRepository other = replica("idem_stop_refresh", 30_000);
        assertTrue(stopping.add("evt_1"));
        assertTrue(refreshing.await(30, TimeUnit.SECONDS), "the keep-alive began a refresh");
        Thread stopper = new Thread(stopping::stop, "stopper");
        stopper.start();
        // let the refresh go once the stop is either waiting for it or (without the wait) finished its hand-back
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !stopper.isAlive() || stopper.getState() == Thread.State.TIMED_WAITING);
        release.countDown();
        stopper.join(60_000);
        assertFalse(stopper.isAlive());
        assertTrue(other.add("evt_1"), "the hand-back came after the refresh: the lease is free at once");
        other.stop();
    }

    /** As a driver blocked in socket I/O: an interrupt neither ends the wait nor the statement after it. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                // ignored, on purpose
            }
        }
    }

    @Test
    void anAddOnARepositoryThatIsNotStartedFailsClearlySoTheEventComesAgain() throws Exception {
        JdbcIdempotentRepository never = new JdbcIdempotentRepository(dataSource);
        never.setTableName("idem_not_started");
        IllegalStateException notStarted = assertThrows(IllegalStateException.class, () -> never.add("evt_1"));
        assertTrue(notStarted.getMessage().contains("not started") && notStarted.getMessage().contains("evt_1"),
                notStarted.getMessage());
        JdbcIdempotentRepository stopped = replica("idem_not_started", 30_000);
        stopped.stop();
        IllegalStateException afterStop = assertThrows(IllegalStateException.class, () -> stopped.add("evt_1"));
        assertTrue(afterStop.getMessage().contains("stopped"), afterStop.getMessage());
    }

    @Test
    void badSettingsAreRefusedAtStartNamingWhatToFix() throws Exception {
        JdbcIdempotentRepository injected = new JdbcIdempotentRepository(dataSource);
        injected.setTableName("t; DROP TABLE x");
        assertTrue(assertThrows(VZapsConfigurationException.class, injected::start).getMessage().contains("tableName"));
        assertTrue(assertThrows(VZapsConfigurationException.class, () -> new JdbcIdempotentRepository().start())
                .getMessage().contains("dataSource"));
        JdbcIdempotentRepository lease = new JdbcIdempotentRepository(dataSource);
        lease.setLeaseTime(0);
        assertTrue(assertThrows(VZapsConfigurationException.class, lease::start).getMessage().contains("leaseTime"));
    }

    private static Object column(String table, String id, String column) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + column + " FROM " + table + " WHERE event_id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "a row for " + id);
                Object value = rows.getObject(1);
                assertNotNull(value);
                return value;
            }
        }
    }

    private static Object query(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getObject(1);
        }
    }
}
