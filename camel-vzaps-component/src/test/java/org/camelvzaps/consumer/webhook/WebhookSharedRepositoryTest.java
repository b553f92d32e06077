package org.camelvzaps.consumer.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
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
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.camelvzaps.consumer.webhook.WebhookTestSupport.ENCODED_SECRET;
import static org.camelvzaps.consumer.webhook.WebhookTestSupport.SECRET;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_TOKEN;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_ID;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas behind one URL share camel-sql's JdbcMessageIdRepository on a real PostgreSQL. When the same delivery
 * reaches both at the same moment, both add its id; the database lets one insert through and the other fails with a
 * unique-key violation (Spring's DuplicateKeyException). That one is a duplicate, not a failure: the event is routed
 * once and both callers are answered 200, so the platform does not deliver it again.
 */
class WebhookSharedRepositoryTest {

    private static final String EVENT = "{\"id\":\"evt_shared_1\",\"type\":\"Message\",\"instance_id\":\"" + INSTANCE_ID
                                        + "\",\"data\":{\"type\":\"Message\",\"event\":{}}}";

    private EmbeddedPostgres postgres;
    private final List<CamelContext> replicas = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final List<String> routed = new CopyOnWriteArrayList<>();
    /** Holds both replicas' adds after their "is it there?" query until both have asked: the race, every time. */
    private final CountDownLatch bothQueried = new CountDownLatch(2);

    @BeforeEach
    void start() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterEach
    void stop() throws Exception {
        replicas.forEach(CamelContext::stop);
        postgres.close();
    }

    /** A JdbcMessageIdRepository whose add waits, after its query, until the other replica has queried as well. */
    private JdbcMessageIdRepository racingRepository(DataSource dataSource) {
        return new JdbcMessageIdRepository(dataSource, "vzaps-webhook") {
            @Override
            protected int queryForInt(String key) {
                int count = super.queryForInt(key);
                bothQueried.countDown();
                try {
                    bothQueried.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return count;
            }
        };
    }

    private void startReplica(String name, DataSource dataSource) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        int port = AvailablePortFinder.getNextAvailable();
        MainHttpServer server = new MainHttpServer();
        server.setPort(port);
        context.addService(server);
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setBaseUrl("http://127.0.0.1:9"); // no API call is expected
        vzaps.getConfiguration().setClientToken(CLIENT_TOKEN);
        vzaps.getConfiguration().setInstanceToken(INSTANCE_TOKEN);
        vzaps.getConfiguration().setWebhookSecret(SECRET);
        vzaps.getConfiguration().setIdempotentRepository(racingRepository(dataSource));
        context.addComponent("vzaps", vzaps);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/hook&instanceId=" + INSTANCE_ID).routeId("hook")
                        .process(e -> routed.add(name + ":" + e.getMessage().getHeader(VZapsConstants.EVENT_ID)));
            }
        });
        context.start();
        replicas.add(context);
        ports.add(port);
    }

    @Test
    void theSameDeliveryPostedToTwoReplicasAtOnceIsRoutedOnceAndBothAnswer200() throws Exception {
        DataSource dataSource = postgres.getPostgresDatabase();
        startReplica("replica-a", dataSource);
        startReplica("replica-b", dataSource);

        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int port : ports) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hook?secret="
                                                                         + ENCODED_SECRET))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(EVENT)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), "a duplicate is answered 2xx: " + response.body());
        }

        assertEquals(0, bothQueried.getCount(), "both replicas raced on the id");
        assertEquals(1, routed.size(), "routed by one replica only: " + routed);
        assertTrue(routed.get(0).endsWith(":evt_shared_1"), routed.toString());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM CAMEL_MESSAGEPROCESSED WHERE messageId = 'evt_shared_1'")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "the id is kept once, as processed");
        }
    }
}
