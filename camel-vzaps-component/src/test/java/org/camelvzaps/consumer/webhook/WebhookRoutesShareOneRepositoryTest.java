package org.camelvzaps.consumer.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.state.JdbcIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.camelvzaps.consumer.webhook.WebhookTestSupport.ENCODED_SECRET;
import static org.camelvzaps.consumer.webhook.WebhookTestSupport.SECRET;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_TOKEN;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_ID;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two webhook routes given one {@link JdbcIdempotentRepository} bean (the docs' recipe: one bean for every route).
 * Stopping one route must not stop the repository under the other: the other keeps de-duplicating its events and
 * keeps refreshing the lease of an event in its route; the repository stops with the last route.
 */
class WebhookRoutesShareOneRepositoryTest {

    private EmbeddedPostgres postgres;
    private CamelContext context;
    private final List<String> routed = new CopyOnWriteArrayList<>();
    private final CountDownLatch inRoute = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    @BeforeEach
    void start() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        if (context != null) {
            context.stop();
        }
        postgres.close();
    }

    private static String event(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"Message\",\"instance_id\":\"" + INSTANCE_ID
               + "\",\"data\":{\"type\":\"Message\",\"event\":{}}}";
    }

    private CompletableFuture<HttpResponse<String>> post(String path, String id) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "?secret="
                                                                + ENCODED_SECRET))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(event(id))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void stoppingOneRouteLeavesTheSharedRepositoryWorkingForTheOther() throws Exception {
        DataSource dataSource = postgres.getPostgresDatabase();
        JdbcIdempotentRepository repository = new JdbcIdempotentRepository(dataSource);
        repository.setLeaseTime(3_000);
        context = new DefaultCamelContext();
        port = AvailablePortFinder.getNextAvailable();
        MainHttpServer server = new MainHttpServer();
        server.setPort(port);
        context.addService(server);
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setBaseUrl("http://127.0.0.1:9"); // no API call is expected
        vzaps.getConfiguration().setClientToken(CLIENT_TOKEN);
        vzaps.getConfiguration().setInstanceToken(INSTANCE_TOKEN);
        vzaps.getConfiguration().setWebhookSecret(SECRET);
        vzaps.getConfiguration().setIdempotentRepository(repository);
        context.addComponent("vzaps", vzaps);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/hook-a&instanceId=" + INSTANCE_ID).routeId("a")
                        .process(e -> routed.add("a:" + e.getMessage().getHeader(VZapsConstants.EVENT_ID)));
                from("vzaps:webhook?webhookPath=/hook-b&instanceId=" + INSTANCE_ID).routeId("b")
                        .process(e -> {
                            String id = e.getMessage().getHeader(VZapsConstants.EVENT_ID, String.class);
                            routed.add("b:" + id);
                            if (id.equals("evt_long")) {
                                inRoute.countDown();
                                assertTrue(release.await(60, TimeUnit.SECONDS), "released by the test");
                            }
                        });
            }
        });
        context.start();
        assertEquals(200, post("/hook-a", "evt_a").get(60, TimeUnit.SECONDS).statusCode());

        context.getRouteController().stopRoute("a");
        assertTrue(repository.isStarted(), "route b still uses the repository");

        assertEquals(200, post("/hook-b", "evt_b").get(60, TimeUnit.SECONDS).statusCode());
        assertEquals(200, post("/hook-b", "evt_b").get(60, TimeUnit.SECONDS).statusCode(), "a duplicate, acknowledged");
        assertEquals(200, post("/hook-b", "evt_a").get(60, TimeUnit.SECONDS).statusCode(), "done via a: a duplicate");

        // an event in route b's route outlives several lease times: its lease keeps being refreshed
        CompletableFuture<HttpResponse<String>> longOne = post("/hook-b", "evt_long");
        assertTrue(inRoute.await(60, TimeUnit.SECONDS));
        Timestamp first = leaseExpiry(dataSource, "evt_long");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> leaseExpiry(dataSource, "evt_long").after(first));
        release.countDown();
        assertEquals(200, longOne.get(60, TimeUnit.SECONDS).statusCode());

        assertEquals(List.of("a:evt_a", "b:evt_b", "b:evt_long"), routed, "each event routed once");
        context.getRouteController().stopRoute("b");
        assertFalse(repository.isStarted(), "the last route to let go stops the repository the routes started");
    }

    private static Timestamp leaseExpiry(DataSource dataSource, String id) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT lease_expiry FROM VZAPS_IDEMPOTENT WHERE event_id = '" + id + "'")) {
            assertTrue(rows.next(), "a row for " + id);
            return rows.getTimestamp(1);
        }
    }
}
