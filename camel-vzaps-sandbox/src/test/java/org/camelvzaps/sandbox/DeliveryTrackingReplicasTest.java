package org.camelvzaps.sandbox;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.aggregate.OptimisticLockRetryPolicy;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The delivery-tracking recipe across two replicas: the groups live in a JdbcAggregationRepository on PostgreSQL;
 * one replica sends, the other receives the receipts; each message ends in exactly one of the two routes.
 */
class DeliveryTrackingReplicasTest {

    static final String PHONE = "5511988887777";
    static final String OFF_PHONE = "5511977776666";

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1))
            .receiptDelays(Duration.ofMillis(200), Duration.ofMillis(400)).build();

    final List<String> delivered = new CopyOnWriteArrayList<>();
    final List<String> notDelivered = new CopyOnWriteArrayList<>();

    @Test
    void sentOnOneReplicaReceiptOnTheOther() throws Exception {
        // PostgreSQL refuses to run as root (initdb: "cannot be run as root"); CI runs as an ordinary user
        assumeFalse("root".equals(System.getProperty("user.name")), "embedded PostgreSQL cannot run as root");
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
        sandbox.setUnreachable(OFF_PHONE, true);
        List<String> sent = new ArrayList<>();
        String lost;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String table : List.of("aggregation", "aggregation_completed")) {
                    s.execute("CREATE TABLE " + table + " (id varchar(255) NOT NULL, exchange bytea NOT NULL, "
                              + "version bigint NOT NULL, CONSTRAINT " + table + "_pk PRIMARY KEY (id))");
                }
            }
            try (CamelContext sender = replica(dataSource, id, false);
                 CamelContext receiver = replica(dataSource, id, true)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.realtimeConnections(id) == 1);
                ProducerTemplate template = sender.createProducerTemplate();
                for (int i = 0; i < 3; i++) {
                    org.apache.camel.Exchange done = template.request("direct:notify", e -> {
                        e.getMessage().setHeader("CamelVZapsPhone", PHONE);
                        e.getMessage().setBody("your order shipped");
                    });
                    if (done.getException() != null) {
                        throw new AssertionError("the send failed", done.getException());
                    }
                    sent.add(done.getMessage().getHeader("CamelVZapsMessageId", String.class));
                }
                lost = template.request("direct:notify", e -> {
                    e.getMessage().setHeader("CamelVZapsPhone", OFF_PHONE);
                    e.getMessage().setBody("your order shipped");
                }).getMessage().getHeader("CamelVZapsMessageId", String.class);
                try {
                    await().atMost(Duration.ofSeconds(40)).until(() -> delivered.size() == 3 && notDelivered.size() == 1);
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    throw new AssertionError("sent " + sent + ", lost " + lost + ", delivered " + delivered
                                             + ", not delivered " + notDelivered, e);
                }
            }
        } finally {
            sandbox.setUnreachable(OFF_PHONE, false);
        }
        assertEquals(Set.copyOf(sent), Set.copyOf(delivered));
        assertEquals(List.of(lost), notDelivered);
    }

    private CamelContext replica(DataSource dataSource, String instanceId, boolean receives) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        JdbcAggregationRepository groups = new JdbcAggregationRepository(
                new DataSourceTransactionManager(dataSource), "aggregation", dataSource);
        VZapsConfiguration config = camel.getComponent("vzaps", VZapsComponent.class).getConfiguration();
        config.setBaseUrl(sandbox.baseUrl());
        config.setRealtimeUrl(sandbox.realtimeUrl());
        config.setClientToken(sandbox.clientToken());
        config.setClientSecret(sandbox.clientSecret());
        config.setReconnectDelay(10);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:notify")
                    .to("vzaps:sendText?instanceId=" + instanceId)
                    .to("direct:track");

                if (receives) {
                    from("vzaps:realtime?instanceId=" + instanceId + "&events=ReadReceipt&splitReceipts=true")
                        .to("direct:track");
                }

                from("direct:track")
                    .aggregate(header("CamelVZapsMessageId"), new DeliveryTrackingRecipeTest.DeliveryTracking())
                        .aggregationRepository(groups)
                        .optimisticLocking()
                        .optimisticLockRetryPolicy(new OptimisticLockRetryPolicy().maximumRetries(20))
                        .completionPredicate(simple("${header.sent} == true && ${header.delivered} == true"))
                        .completionTimeout(3000)
                    .choice()
                        .when(simple("${header.sent} == true && ${header.delivered} == true"))
                            .process(e -> delivered.add(e.getMessage().getBody(String.class)))
                        .when(simple("${header.sent} == true"))
                            .process(e -> notDelivered.add(e.getMessage().getBody(String.class)))
                    .end();
            }
        });
        camel.start();
        return camel;
    }
}
