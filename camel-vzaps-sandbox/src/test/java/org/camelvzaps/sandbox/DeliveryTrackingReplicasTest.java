package org.camelvzaps.sandbox;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.aggregate.OptimisticLockRetryPolicy;
import org.apache.camel.processor.aggregate.jdbc.JdbcAggregationRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.awaitility.Awaitility.await;

/**
 * The delivery-tracking recipe across two replicas: the groups live in a JdbcAggregationRepository on PostgreSQL;
 * one replica sends, the other receives the receipts; each message ends in exactly one of the two routes.
 */
class DeliveryTrackingReplicasTest {

    @RegisterExtension
    static VZapsSandboxExtension sandbox = DeliveryTrackingRun.sandbox();

    final List<String> delivered = new CopyOnWriteArrayList<>();
    final List<String> notDelivered = new CopyOnWriteArrayList<>();

    @Test
    void sentOnOneReplicaReceiptOnTheOther() throws Exception {
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
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
                DeliveryTrackingRun.sendThreeAndLoseOne(sandbox, id, sender.createProducerTemplate(), delivered,
                        notDelivered, Duration.ofSeconds(40));
            }
        }
    }

    private CamelContext replica(DataSource dataSource, String instanceId, boolean receives) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        JdbcAggregationRepository groups = new JdbcAggregationRepository(
                new DataSourceTransactionManager(dataSource), "aggregation", dataSource);
        DeliveryTrackingRun.useSandbox(camel, sandbox);
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
