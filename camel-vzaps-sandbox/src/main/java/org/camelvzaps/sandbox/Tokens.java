package org.camelvzaps.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Issues and checks HS256 JWTs for the account; the sandbox can expire all issued tokens at once. */
final class Tokens {

    /** Outcome of a bearer check. */
    enum Check { VALID, EXPIRED, INVALID }

    private final byte[] key = Ids.secret("k").getBytes(StandardCharsets.UTF_8);
    /** jti → expiry; expiry kept here (millisecond precise) so expireTokens() can move it. */
    private final Map<String, Instant> issued = new ConcurrentHashMap<>();
    private final Settings settings;
    private final Clock clock;

    Tokens(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean credentialsMatch(String clientToken, String clientSecret) {
        return constantTimeEquals(settings.clientToken, clientToken) && constantTimeEquals(settings.clientSecret, clientSecret);
    }

    boolean clientTokenMatches(String clientToken) {
        return constantTimeEquals(settings.clientToken, clientToken);
    }

    /** A new JWT; returns {token, expiresInSeconds}. */
    Issued issue() {
        Instant now = clock.instant();
        Instant exp = now.plus(settings.tokenLifetime);
        String jti = Ids.hex(16);
        issued.put(jti, exp);
        ObjectNode header = Json.object().put("alg", "HS256").put("typ", "JWT");
        ObjectNode claims = Json.object()
                .put("iss", "vzaps-sandbox")
                .put("sub", settings.clientToken)
                .put("iat", now.getEpochSecond())
                .put("exp", (exp.toEpochMilli() + 999) / 1000)
                .put("jti", jti);
        String signingInput = b64(Json.write(header).getBytes(StandardCharsets.UTF_8)) + "."
                + b64(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        long seconds = Math.max(1, (settings.tokenLifetime.toMillis() + 999) / 1000);
        return new Issued(signingInput + "." + b64(sign(signingInput)), seconds);
    }

    Check check(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return Check.INVALID;
        }
        byte[] expected = sign(parts[0] + "." + parts[1]);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Check.INVALID;
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return Check.INVALID;
        }
        JsonNode claims;
        try {
            claims = Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return Check.INVALID;
        }
        Instant exp = issued.get(claims.path("jti").asText());
        if (exp == null) {
            return Check.INVALID;
        }
        return clock.instant().isBefore(exp) ? Check.VALID : Check.EXPIRED;
    }

    /** Every JWT issued so far is expired from now on. */
    void expireAll() {
        Instant now = clock.instant();
        issued.replaceAll((jti, exp) -> exp.isAfter(now) ? now : exp);
    }

    private byte[] sign(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean constantTimeEquals(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    record Issued(String jwt, long expiresInSeconds) {
    }
}
