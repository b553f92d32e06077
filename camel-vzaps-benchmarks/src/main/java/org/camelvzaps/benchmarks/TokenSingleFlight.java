package org.camelvzaps.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.camelvzaps.component.VZapsComponent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Token single-flight: a fresh component in JWT mode, {@code callers} threads released together on their first
 * getStatus; the token endpoint answers after 100 ms so the callers really overlap. Counts POST /token.
 */
public final class TokenSingleFlight {

    private TokenSingleFlight() {
    }

    public static int tokenCalls(int callers) throws Exception {
        WireMockServer api = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(callers + 16));
        api.start();
        try (CamelContext camel = new DefaultCamelContext()) {
            api.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200).withFixedDelay(100)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"access_token\":\"eyJhbGciOiJIUzI1NiJ9.e30.c2ln\",\"expires_in\":3600}")));
            api.stubFor(get(urlEqualTo(ApiStub.STATUS_PATH)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(ApiStub.STATUS_BODY)));
            VZapsComponent vzaps = new VZapsComponent();
            vzaps.getConfiguration().setBaseUrl(api.baseUrl());
            vzaps.getConfiguration().setClientToken(ApiStub.CLIENT_TOKEN);
            vzaps.getConfiguration().setClientSecret("cs_bench_b91e0d7a55c2f8");
            vzaps.getConfiguration().setConnectionsPerRoute(callers);
            camel.addComponent("vzaps", vzaps);
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            String uri = "vzaps:getStatus?instanceId=" + ApiStub.INSTANCE_ID + "&instanceToken=RAW(" + ApiStub.INSTANCE_TOKEN + ")";
            template.start();
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return template.requestBody(uri, (Object) null);
                }));
            }
            go.countDown();
            for (Future<Object> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            return api.countRequestsMatching(postRequestedFor(urlEqualTo("/token")).build()).getCount();
        } finally {
            api.stop();
        }
    }
}
