package org.camelvzaps.test;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.camelvzaps.component.VZapsComponent;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Camel test with a WireMock stand-in for the VZaps API and a {@code vzaps} component pointed at it.
 */
public abstract class VZapsTestSupport extends CamelTestSupport {

    public static final String CLIENT_TOKEN = "ct_live_7f3a9c21d4e8b6";
    public static final String CLIENT_SECRET = "cs_live_b91e0d7a55c2f8";
    public static final String INSTANCE_ID = "VZ9K2M4N8P1Q3R5S7T0WABCD01EF";
    public static final String INSTANCE_TOKEN = "inst_4c8e1f0a9b7d62";
    public static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl";

    @RegisterExtension
    protected static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** Whether the component gets clientSecret (JWT mode) or not (instance-token mode). */
    protected boolean useClientSecret() {
        return true;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VZapsComponent vzaps = new VZapsComponent();
        vzaps.getConfiguration().setBaseUrl(api.baseUrl());
        vzaps.getConfiguration().setClientToken(CLIENT_TOKEN);
        if (useClientSecret()) {
            vzaps.getConfiguration().setClientSecret(CLIENT_SECRET);
        }
        context.addComponent("vzaps", vzaps);
        return context;
    }

    protected static void stubToken() {
        stubToken(JWT, 3600);
    }

    protected static void stubToken(String jwt, long expiresIn) {
        api.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"" + jwt + "\",\"expires_in\":" + expiresIn + "}")));
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
