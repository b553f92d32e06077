package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/** POST /token: exchanges client_token + client_secret for a JWT (top-level answer, no envelope). */
final class TokenHandler implements SandboxArea {

    private final Tokens tokens;

    TokenHandler(Tokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void register(RouteTable.Registrar routes) {
        routes.add("POST", "/token", Route.Auth.NONE, this::token);
    }

    ApiResponse token(ApiRequest req) {
        JsonNode body = req.body();
        if (!tokens.credentialsMatch(Json.text(body, "client_token"), Json.text(body, "client_secret"))) {
            return ApiResponse.error(401, "bad credentials");
        }
        Tokens.Issued issued = tokens.issue();
        return ApiResponse.ok(Json.object()
                .put("access_token", issued.jwt())
                .put("expires_in", issued.expiresInSeconds())
                .put("token_type", "Bearer"));
    }
}
