package org.camelvzaps.sandbox;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock extension behind the sandbox's single catch-all stub: applies faults, routes the call, checks auth,
 * runs the handler and turns its answer into a WireMock response. Every answer carries X-Request-Id.
 */
final class SandboxTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "vzaps-sandbox";
    static final String ADMIN_PREFIX = "/__sandbox/";

    private final RouteTable routes;
    private final Authenticator authenticator;
    private final Faults faults;
    private final Journal journal;

    SandboxTransformer(RouteTable routes, Authenticator authenticator, Faults faults, Journal journal) {
        this.routes = routes;
        this.authenticator = authenticator;
        this.faults = faults;
        this.journal = journal;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Instant receivedAt = Instant.now();
        Request request = serveEvent.getRequest();
        String path = pathOf(request.getUrl());
        String method = request.getMethod().toString();
        Fault fault = isAdmin(path) ? null : faults.next();
        ApiResponse response;
        if (fault != null && fault.kind() == Fault.Kind.RATE_LIMIT) {
            response = ApiResponse.json(429, Json.error(429, "slow down").put("error_code", "rate_limit"))
                    .header("Retry-After", String.valueOf(fault.retryAfterSeconds()));
        } else if (fault != null && fault.kind() == Fault.Kind.SERVER_ERROR) {
            response = ApiResponse.error(fault.status(), "simulated server error");
        } else {
            response = dispatch(method, path, request);
            if (fault != null) {
                response.delayMillis = fault.duration().toMillis();
            }
        }
        if (!isAdmin(path)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (HttpHeader h : request.getHeaders().all()) {
                headers.put(h.key(), h.firstValue());
            }
            journal.record(method, path, headers, request.getBodyAsString(), response.status, receivedAt);
        }
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status)
                .withHeader("X-Request-Id", Ids.requestId())
                .withBody(response.body);
        if (response.contentType != null) {
            b.withHeader("Content-Type", response.contentType);
        }
        response.headers.forEach(b::withHeader);
        if (response.delayMillis > 0) {
            b.withFixedDelay((int) Math.min(Integer.MAX_VALUE, response.delayMillis));
        }
        return b.build();
    }

    private ApiResponse dispatch(String method, String path, Request request) {
        try {
            RouteTable.Match match = routes.find(method, path);
            ApiRequest req = new ApiRequest(method, path, queryOf(request.getUrl()), match.params(),
                    request::getHeader, request.getBodyAsString());
            authenticator.authorize(match.route(), req);
            return match.route().handler.handle(req);
        } catch (ApiException e) {
            return ApiResponse.error(e.status, e.getMessage());
        } catch (RouteTable.MethodNotAllowed e) {
            return ApiResponse.error(405, "method " + method + " not allowed on " + path).header("Allow", e.allow);
        } catch (RuntimeException e) {
            return ApiResponse.error(500, "sandbox internal error: " + e);
        }
    }

    static String pathOf(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    static String queryOf(String url) {
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q + 1);
    }

    static boolean isAdmin(String path) {
        return path.startsWith(ADMIN_PREFIX) || path.equals("/__sandbox");
    }
}
