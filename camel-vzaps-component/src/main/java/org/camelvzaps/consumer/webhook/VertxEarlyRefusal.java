package org.camelvzaps.consumer.webhook;

import java.util.ArrayList;
import java.util.List;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.camelvzaps.component.VZapsConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the default engine (platform-http on Vert.x), refuses a webhook call with a wrong or missing secret (401) or a
 * declared length above {@code maxBodySize} (413) before its body is read, so unauthenticated callers cost nothing and
 * no declared-oversize body is buffered. It runs as a Vert.x route on the webhook path placed before platform-http's
 * own. A body sent without a length (HTTP/1.1 chunked) it reads itself with a Vert.x body handler limited to
 * {@code maxBodySize}, so it is cut off with 413 as soon as it passes the limit instead of being buffered up to the
 * server's own limit first; platform-http's body handler sees the body already read and does not read it again.
 * Loaded only when camel-platform-http-vertx is on the classpath.
 */
final class VertxEarlyRefusal {

    private static final Logger LOG = LoggerFactory.getLogger(VertxEarlyRefusal.class);

    private final List<Route> routes = new ArrayList<>();

    static boolean available() {
        try {
            Class.forName("org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter", false,
                    VertxEarlyRefusal.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Adds the guard to every Vert.x platform-http router; call before the platform-http consumer starts. */
    void install(CamelContext context, String path, VZapsConfiguration config, WebhookActivity activity) {
        for (VertxPlatformHttpRouter router : context.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            BodyHandler bodyLimit = BodyHandler.create(false).setBodyLimit(config.getMaxBodySize());
            routes.add(router.route(path).method(HttpMethod.POST)
                    .handler(ctx -> refuseEarly(ctx, config, bodyLimit, activity))
                    .failureHandler(ctx -> answerBodyLimit(ctx, config, activity)));
        }
        LOG.debug("VZaps webhook {}: early refusal installed on {} Vert.x router(s)", path, routes.size());
    }

    void remove() {
        routes.forEach(Route::remove);
        routes.clear();
    }

    private static void refuseEarly(RoutingContext ctx, VZapsConfiguration config, BodyHandler bodyLimit,
                                    WebhookActivity activity) {
        HttpServerRequest request = ctx.request();
        if (!WebhookRequestCheck.secretMatches(config.getWebhookSecret(), request.query())) {
            refuse(ctx, 401, WebhookRequestCheck.WRONG_SECRET, activity);
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && declaredLength(length) > config.getMaxBodySize()) {
            refuse(ctx, 413, WebhookRequestCheck.tooLarge(config.getMaxBodySize()), activity);
            return;
        }
        if (length == null && request.version() != HttpVersion.HTTP_2) {
            // Vert.x refuses a body handler after a user handler on one route, so it is called from here; it calls
            // next(). Not on HTTP/2: platform-http resumes the request before its own body handler, which HTTP/2
            // refuses once the body has been read, so there the server's body limit applies.
            bodyLimit.handle(ctx);
        } else {
            ctx.next();
        }
    }

    /** The body handler fails the request with 413 once a body without a declared length passes the limit. */
    private static void answerBodyLimit(RoutingContext ctx, VZapsConfiguration config, WebhookActivity activity) {
        if (ctx.statusCode() == 413 && !ctx.response().ended()) {
            refuse(ctx, 413, WebhookRequestCheck.tooLarge(config.getMaxBodySize()), activity);
        } else {
            ctx.next();
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Answers at once, without reading the body. On HTTP/1.x the connection is closed after the answer (the unread
     * body would otherwise have to be drained); HTTP/2 forbids the {@code Connection} header and ends only the
     * request's own stream, so it is left out there.
     */
    private static void refuse(RoutingContext ctx, int status, String reason, WebhookActivity activity) {
        activity.refused(status);
        var response = ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json");
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            response.putHeader("Connection", "close");
        }
        response.end("{\"success\":false,\"error\":\"" + reason + "\"}");
    }
}
