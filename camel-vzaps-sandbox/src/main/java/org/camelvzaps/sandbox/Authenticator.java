package org.camelvzaps.sandbox;

/**
 * Applies the platform's auth rules (docs/api-notes.md, "Authentication") to a routed request and resolves the
 * instance of {@code /instances/{id}/...} paths.
 *
 * <p>Order of checks: JWT-only routes: bearer present (else 403 when an instance token is sent instead, 401
 * otherwise), bearer valid (else 401), instance exists (else 404).
 * JWT-or-instance routes: a valid bearer wins (X-Client-Token is then not looked at); otherwise the pair
 * X-Instance-Token + X-Client-Token: client token missing 401, client token wrong 403, instance unknown 404,
 * instance token wrong 403; no valid bearer and no instance token: 401.
 */
final class Authenticator {

    static final String INSTANCE_TOKEN = "X-Instance-Token";
    static final String CLIENT_TOKEN = "X-Client-Token";

    private final Tokens tokens;
    private final Store store;

    Authenticator(Tokens tokens, Store store) {
        this.tokens = tokens;
        this.store = store;
    }

    void authorize(Route route, ApiRequest req) {
        switch (route.auth) {
            case NONE -> {
            }
            case JWT -> {
                String bearer = bearer(req);
                if (bearer == null && req.header(INSTANCE_TOKEN) != null) {
                    throw new ApiException(403,
                            "this endpoint requires the owner JWT (Authorization: Bearer); the instance token is not accepted");
                }
                if (bearer == null) {
                    throw new ApiException(401, "missing Authorization: Bearer token");
                }
                requireValid(tokens.check(bearer));
                resolveInstance(req);
            }
            case JWT_OR_INSTANCE -> {
                String bearer = bearer(req);
                Tokens.Check check = bearer == null ? null : tokens.check(bearer);
                if (check == Tokens.Check.VALID) {
                    resolveInstance(req);
                    return;
                }
                String instanceToken = req.header(INSTANCE_TOKEN);
                if (instanceToken != null) {
                    String clientToken = req.header(CLIENT_TOKEN);
                    if (clientToken == null) {
                        throw new ApiException(401, "X-Client-Token is required together with X-Instance-Token");
                    }
                    if (!tokens.clientTokenMatches(clientToken)) {
                        throw new ApiException(403, "X-Client-Token does not belong to the owner of this instance");
                    }
                    Instance instance = resolveInstance(req);
                    if (!instance.token.equals(instanceToken)) {
                        throw new ApiException(403, "X-Instance-Token is not valid for this instance");
                    }
                    return;
                }
                if (check == null) {
                    throw new ApiException(401, "missing credentials: send Authorization: Bearer <jwt> or X-Instance-Token with X-Client-Token");
                }
                requireValid(check);
            }
            default -> throw new IllegalStateException(route.auth.toString());
        }
    }

    private Instance resolveInstance(ApiRequest req) {
        String id = req.param("id");
        if (id == null) {
            return null;
        }
        req.instance = store.require(id);
        return req.instance;
    }

    private static void requireValid(Tokens.Check check) {
        if (check == Tokens.Check.EXPIRED) {
            throw new ApiException(401, "token expired");
        }
        if (check != Tokens.Check.VALID) {
            throw new ApiException(401, "invalid token");
        }
    }

    private static String bearer(ApiRequest req) {
        String auth = req.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String jwt = auth.substring(7).trim();
        return jwt.isEmpty() ? null : jwt;
    }
}
