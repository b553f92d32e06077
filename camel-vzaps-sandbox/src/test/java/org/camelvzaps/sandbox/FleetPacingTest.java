package org.camelvzaps.sandbox;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.component.Bucket4jSendLimiter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * sendInterval across replicas: two CamelContexts, each with its own component, pacer and Bucket4j proxy manager,
 * sharing one PostgreSQL (embedded), send 40 messages for one instance at once; the gaps between the sends' arrival
 * as the sandbox records them are never under sendInterval.
 */
class FleetPacingTest {

    static final String PHONE = "5511988887777";
    static final int PER_REPLICA = 20;

    @RegisterExtension
    static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder()
            .autoPairAfterQrFetches(0).eventGap(Duration.ofMillis(1)).build();

    @Test
    void twoReplicasSharingALimiterKeepTheIntervalBetweenEverySend() throws Exception {
        // PostgreSQL refuses to run as root (initdb: "cannot be run as root"); CI runs as an ordinary user
        assumeFalse("root".equals(System.getProperty("user.name")), "embedded PostgreSQL cannot run as root");
        Api api = new Api(sandbox.get());
        String id = api.pairedInstance(api.jwt(), null);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bucket (id VARCHAR PRIMARY KEY, state BYTEA)");
            }
            List<CamelContext> replicas = List.of(replica(dataSource, id), replica(dataSource, id));
            try {
                List<CompletableFuture<Exchange>> answers = new ArrayList<>();
                for (int i = 0; i < PER_REPLICA; i++) {
                    for (CamelContext replica : replicas) {
                        String text = replica.getName() + " message " + i;
                        answers.add(replica.createProducerTemplate().asyncSend("direct:send",
                                e -> e.getMessage().setBody(text)));
                    }
                }
                for (CompletableFuture<Exchange> answer : answers) {
                    assertNull(answer.get(120, TimeUnit.SECONDS).getException());
                }
            } finally {
                for (CamelContext replica : replicas) {
                    replica.close();
                }
            }
        }
        List<RecordedCall> sends = sandbox.journal().stream()
                .filter(c -> c.path().equals("/instances/" + id + "/chat/send/text"))
                .sorted(Comparator.comparing(RecordedCall::receivedAt)).toList();
        assertEquals(2 * PER_REPLICA, sends.size());
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < sends.size(); i++) {
            gaps.add(Duration.between(sends.get(i - 1).receivedAt(), sends.get(i).receivedAt()).toMillis());
        }
        assertTrue(gaps.stream().allMatch(gap -> gap >= 250), () -> "gaps between arrivals: " + gaps);
    }

    private static CamelContext replica(DataSource dataSource, String instanceId) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getRegistry().bind("sendLimiter", new Bucket4jSendLimiter(Bucket4jPostgreSQL
                .selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING).build()));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send").to("vzaps:sendText?instanceId=" + instanceId + "&phone=" + PHONE
                                       + "&sendInterval=250&sendLimiter=#sendLimiter&baseUrl=" + sandbox.baseUrl()
                                       + "&clientToken=" + sandbox.clientToken() + "&clientSecret=" + sandbox.clientSecret());
            }
        });
        camel.start();
        return camel;
    }
}
