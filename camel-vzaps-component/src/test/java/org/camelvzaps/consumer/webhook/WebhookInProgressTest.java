package org.camelvzaps.consumer.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.apache.camel.test.AvailablePortFinder;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConstants;
import org.camelvzaps.state.JdbcIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.camelvzaps.consumer.webhook.WebhookTestSupport.ENCODED_SECRET;
import static org.camelvzaps.consumer.webhook.WebhookTestSupport.SECRET;
import static org.camelvzaps.test.VZapsTestSupport.CLIENT_TOKEN;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_ID;
import static org.camelvzaps.test.VZapsTestSupport.INSTANCE_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two replicas behind one URL, each with its own {@link JdbcIdempotentRepository} on one PostgreSQL table. While
 * replica a routes an event, the platform's retry of that delivery reaches replica b: b answers 500 (the event is in
 * progress elsewhere, neither new nor a duplicate), so the platform keeps it and retries; once a has finished, the
 * retry is a duplicate, answered 200. The event is routed once and never dropped.
 */
class WebhookInProgressTest {

    private static final String EVENT = "{\"id\":\"evt_inflight_1\",\"type\":\"Message\",\"instance_id\":\""
                                        + INSTANCE_ID + "\",\"data\":{\"type\":\"Message\",\"event\":{}}}";

    private EmbeddedPostgres postgres;
    private final List<CamelContext> replicas = new ArrayList<>();
    private final List<String> routed = new CopyOnWriteArrayList<>();
    private final CountDownLatch inRoute = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        replicas.forEach(CamelContext::stop);
        postgres.close();
    }

    private int startReplica(String name, DataSource dataSource) throws Exception {
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
        vzaps.getConfiguration().setIdempotentRepository(new JdbcIdempotentRepository(dataSource));
        context.addComponent("vzaps", vzaps);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("vzaps:webhook?webhookPath=/hook&instanceId=" + INSTANCE_ID).routeId("hook")
                        .process(e -> {
                            routed.add(name + ":" + e.getMessage().getHeader(VZapsConstants.EVENT_ID));
                            inRoute.countDown();
                            assertTrue(release.await(60, TimeUnit.SECONDS), "released by the test");
                        });
            }
        });
        context.start();
        replicas.add(context);
        return port;
    }

    private CompletableFuture<HttpResponse<String>> post(int port) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hook?secret="
                                                                + ENCODED_SECRET))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(EVENT)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRetryReachingAnotherReplicaWhileTheEventIsInARouteIsAnswered500AndRoutedOnceInTheEnd() throws Exception {
        DataSource dataSource = postgres.getPostgresDatabase();
        int a = startReplica("replica-a", dataSource);
        int b = startReplica("replica-b", dataSource);

        CompletableFuture<HttpResponse<String>> first = post(a);
        assertTrue(inRoute.await(60, TimeUnit.SECONDS), "replica a routes the event");

        HttpResponse<String> retryDuringRoute = post(b).get(60, TimeUnit.SECONDS);
        assertEquals(500, retryDuringRoute.statusCode(), "in progress on a: the platform must keep it and retry");
        assertFalse(retryDuringRoute.body().contains(SECRET), "no secret in the answer");
        assertFalse(first.isDone(), "a is still routing it");

        release.countDown();
        assertEquals(200, first.get(60, TimeUnit.SECONDS).statusCode());
        HttpResponse<String> retryAfterRoute = post(b).get(60, TimeUnit.SECONDS);
        assertEquals(200, retryAfterRoute.statusCode(), "processed by a: a duplicate, acknowledged");

        assertEquals(List.of("replica-a:evt_inflight_1"), routed, "routed once, by the replica that had it first");
    }
}
