package org.camelvzaps.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.model.session.SessionStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One getStatus call (GET, instance-token headers, JSON answer read into {@link SessionStatus}) made five ways against
 * the same WireMock server: through a {@code vzaps:} route (without and with a Micrometer registry, which measures
 * what the metrics cost), a bare pooled Apache HttpClient 5 + Jackson, a
 * {@code camel-http} route + JSON unmarshal, and JDK {@code java.net.http} + Jackson (what the official SDK does).
 * Every pool allows 100 connections per host so the 64-thread runs compare code, not pool limits. The thread count
 * (1, 16, 64) is set by {@link BenchmarkRunner}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProducerBenchmark {

    public static final String VZAPS = "vzaps";
    /** The vzaps route with a MeterRegistry in the Camel registry: what the metrics cost on the hot path. */
    public static final String VZAPS_METRICS = "vzaps-metrics";
    public static final String HTTPCLIENT5 = "httpclient5";
    public static final String CAMEL_HTTP = "camel-http";
    public static final String JDK_HTTP = "jdk-http";
    static final int POOL_PER_HOST = 100;

    @Param({VZAPS, VZAPS_METRICS, HTTPCLIENT5, CAMEL_HTTP, JDK_HTTP})
    public String contender;

    private ApiStub ownServer;
    private String baseUrl;
    private final ObjectMapper mapper = new ObjectMapper();
    private CamelContext camel;
    private ProducerTemplate template;
    private CloseableHttpClient httpClient5;
    private java.net.http.HttpClient jdkClient;
    private HttpRequest jdkRequest;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        baseUrl = System.getProperty(ApiStub.BASE_URL_PROPERTY);
        if (baseUrl == null) {
            ownServer = new ApiStub();
            baseUrl = ownServer.baseUrl();
        }
        switch (contender) {
            case VZAPS, VZAPS_METRICS, CAMEL_HTTP -> startCamel();
            case HTTPCLIENT5 -> {
                PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
                pool.setMaxTotal(200);
                pool.setDefaultMaxPerRoute(POOL_PER_HOST);
                httpClient5 = HttpClients.custom().setConnectionManager(pool).build();
            }
            case JDK_HTTP -> {
                jdkClient = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                jdkRequest = HttpRequest.newBuilder(URI.create(baseUrl + ApiStub.STATUS_PATH))
                        .header("X-Client-Token", ApiStub.CLIENT_TOKEN).header("X-Instance-Token", ApiStub.INSTANCE_TOKEN)
                        .header("Accept", "application/json").GET().build();
            }
            default -> throw new IllegalArgumentException("unknown contender " + contender);
        }
    }

    private void startCamel() throws Exception {
        camel = new DefaultCamelContext();
        if (VZAPS_METRICS.equals(contender)) {
            camel.getRegistry().bind("meters", io.micrometer.core.instrument.MeterRegistry.class,
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        }
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setBaseUrl(baseUrl);
        vzaps.getConfiguration().setClientToken(ApiStub.CLIENT_TOKEN);
        vzaps.getConfiguration().setConnectionsPerRoute(POOL_PER_HOST);
        camel.addComponent("vzaps", vzaps);
        HttpComponent http = new HttpComponent();
        http.setConnectionsPerRoute(POOL_PER_HOST);
        http.setMaxTotalConnections(200);
        camel.addComponent("http", http);
        JacksonDataFormat json = new JacksonDataFormat(mapper, StatusEnvelope.class);
        String httpUri = baseUrl + ApiStub.STATUS_PATH;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:vzaps")
                        .to("vzaps:getStatus?instanceId=" + ApiStub.INSTANCE_ID + "&instanceToken=RAW(" + ApiStub.INSTANCE_TOKEN + ")");
                from("direct:camel-http")
                        .setHeader("X-Client-Token", constant(ApiStub.CLIENT_TOKEN))
                        .setHeader("X-Instance-Token", constant(ApiStub.INSTANCE_TOKEN))
                        .setHeader("Accept", constant("application/json"))
                        .to(httpUri + "?httpMethod=GET")
                        .unmarshal(json)
                        .process(e -> e.getMessage().setBody(e.getMessage().getBody(StatusEnvelope.class).data()));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @Benchmark
    public SessionStatus getStatus() throws Exception {
        SessionStatus status = switch (contender) {
            case VZAPS, VZAPS_METRICS -> template.requestBody("direct:vzaps", null, SessionStatus.class);
            case CAMEL_HTTP -> template.requestBody("direct:camel-http", null, SessionStatus.class);
            case HTTPCLIENT5 -> {
                HttpGet get = new HttpGet(baseUrl + ApiStub.STATUS_PATH);
                get.setHeader("X-Client-Token", ApiStub.CLIENT_TOKEN);
                get.setHeader("X-Instance-Token", ApiStub.INSTANCE_TOKEN);
                get.setHeader("Accept", "application/json");
                yield httpClient5.execute(get, response -> {
                    if (response.getCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.getCode());
                    }
                    return mapper.readValue(EntityUtils.toByteArray(response.getEntity()), StatusEnvelope.class).data();
                });
            }
            case JDK_HTTP -> {
                HttpResponse<byte[]> response = jdkClient.send(jdkRequest, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode());
                }
                yield mapper.readValue(response.body(), StatusEnvelope.class).data();
            }
            default -> throw new IllegalStateException(contender);
        };
        if (status == null || !status.connected()) {
            throw new IllegalStateException(contender + " did not read the status");
        }
        return status;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (camel != null) {
            camel.stop();
        }
        if (httpClient5 != null) {
            httpClient5.close();
        }
        if (ownServer != null) {
            ownServer.close();
        }
    }
}
