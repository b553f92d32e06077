package org.camelvzaps.client;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.camelvzaps.client.ApiTransport.Answer;
import org.camelvzaps.observe.VZapsObserver;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the VZaps REST API: builds the request from the {@link VZapsOperation} declaration, adds the auth headers
 * the official clients send, encodes and decodes JSON, unwraps the {@code {code, success, data}} envelope and maps
 * errors. Holds no Camel types and can be used on its own. Thread-safe; one instance per account and HTTP setup.
 */
public class VZapsClient implements Closeable {

    public static final String HEADER_CLIENT_TOKEN = "X-Client-Token";
    public static final String HEADER_INSTANCE_TOKEN = "X-Instance-Token";
    public static final String HEADER_REQUEST_ID = "X-Request-Id";
    /** An expires_in beyond this (a year) is taken as this, so expiry arithmetic cannot overflow. */
    static final long MAX_TOKEN_LIFETIME_SECONDS = 365L * 24 * 3600;

    private static final Logger LOG = LoggerFactory.getLogger(VZapsClient.class);
    /**
     * A reader per answer type, made on first use (one per model class, so bounded): reading through the mapper
     * looked the type and its deserializer up again on every call.
     */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.mapper().readerFor(type);
        }
    };

    private final VZapsClientSettings settings;
    private final ApiTransport transport;
    private final TokenManager tokens;
    private volatile VZapsObserver observer = VZapsObserver.NONE;
    /**
     * The last request URI, kept for the next call to the same path (an endpoint calls one instance's path again and
     * again): parsing it was about 5% of a call's CPU. One entry, replaced when the path changes.
     */
    private volatile RequestUri lastUri;

    private record RequestUri(String path, URI uri) {
    }

    /** {@code http} must not follow redirects (credentials would follow them to another host). */
    public VZapsClient(VZapsClientSettings settings, CloseableHttpClient http) {
        this.settings = settings;
        this.transport = new ApiTransport(http, settings.responseDeadline(), settings.maxResponseSize());
        this.tokens = new TokenManager(this::observedFetchToken, settings.clock(), settings.tokenRefreshSkew());
    }

    /** Where calls, retries and token fetches are reported; {@link VZapsObserver#NONE} by default. */
    public void observe(VZapsObserver observer) {
        this.observer = observer == null ? VZapsObserver.NONE : observer;
    }

    /** When the cached JWT expires (never the token itself), or null without one. */
    public Instant tokenExpiresAt() {
        return tokens.expiresAt();
    }

    public VZapsClientSettings settings() {
        return settings;
    }

    /**
     * A JWT for calls the client does not make itself (the realtime handshake): the cached one, or a fresh one when it
     * is near expiry; null without clientSecret.
     */
    public String accessToken() {
        return settings.credentials().canObtainJwt() ? tokens.token() : null;
    }

    /** The platform refused this JWT elsewhere (a 401 handshake): the next {@link #accessToken()} fetches a new one. */
    public void refuseAccessToken(String jwt) {
        if (jwt != null) {
            tokens.invalidate(jwt);
        }
    }

    /**
     * Makes the call, retried as the {@link RetryPolicy} allows; when its route is missing (404/405) and it declares
     * a fallback, makes that call instead. A failure that is given up on carries the number of attempts.
     */
    public VZapsResult call(VZapsCall call) {
        VZapsObserver seen = observer;
        if (seen == VZapsObserver.NONE) {
            return callRetried(call, seen);
        }
        long started = System.nanoTime();
        String operation = call.operation().name();
        String instanceId = call.param(Param.instanceId);
        try {
            VZapsResult result = callRetried(call, seen);
            seen.call(operation, instanceId, VZapsObserver.SUCCESS, result.statusCode(), System.nanoTime() - started);
            return result;
        } catch (VZapsConfigurationException e) {
            throw e; // no call was made
        } catch (VZapsException e) {
            seen.call(operation, instanceId, outcomeOf(e), e instanceof VZapsApiException api ? api.getStatusCode() : 0,
                    System.nanoTime() - started);
            throw e;
        }
    }

    /** The call outcome a failure stands for, as metrics name it. */
    static String outcomeOf(RuntimeException failure) {
        if (failure instanceof VZapsRateLimitException) {
            return VZapsObserver.RATE_LIMITED;
        }
        return failure instanceof VZapsTransportException ? VZapsObserver.TRANSPORT_ERROR : VZapsObserver.API_ERROR;
    }

    private static String retryReason(VZapsException failure) {
        if (failure instanceof VZapsRateLimitException) {
            return "rate_limited";
        }
        return failure instanceof VZapsTransportException ? "transport" : "server_error";
    }

    private VZapsResult callRetried(VZapsCall call, VZapsObserver seen) {
        for (int attempt = 1; ; attempt++) {
            try {
                return callWithFallback(call);
            } catch (VZapsException e) {
                Duration wait = settings.retry().waitAfter(attempt, e, isIdempotent(call));
                if (wait == null) {
                    e.setAttempts(attempt);
                    throw e;
                }
                LOG.debug("{} failed ({}); attempt {} in {} ms", call.operation(), e.getClass().getSimpleName(),
                        attempt + 1, wait.toMillis());
                seen.retry(call.operation().name(), call.param(Param.instanceId), retryReason(e));
                pause(wait, e, attempt);
            }
        }
    }

    private static boolean isIdempotent(VZapsCall call) {
        OperationSpec spec = call.operation().isOperation() ? call.operation().spec() : null;
        if (spec == null) {
            return false;
        }
        if (spec.isDynamic()) {
            String method = call.param(Param.httpMethod);
            return "GET".equalsIgnoreCase(method) || "DELETE".equalsIgnoreCase(method);
        }
        return spec.isIdempotent();
    }

    private static void pause(Duration wait, VZapsException failure, int attempt) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.setAttempts(attempt);
            throw failure;
        }
    }

    private VZapsResult callWithFallback(VZapsCall call) {
        try {
            return callOnce(call);
        } catch (VZapsApiException e) {
            VZapsOperation fallback = call.operation().isOperation()
                    ? call.operation().spec().fallbackOnMissingRoute() : null;
            if (fallback != null && (e.getStatusCode() == 404 || e.getStatusCode() == 405)) {
                LOG.debug("{} answered {}: the platform has no such route, calling {} instead",
                        call.operation(), e.getStatusCode(), fallback);
                return callOnce(call.withOperation(fallback));
            }
            throw e;
        }
    }

    private VZapsResult callOnce(VZapsCall call) {
        VZapsOperation op = call.operation();
        if (!op.isOperation()) {
            throw new VZapsConfigurationException("vzaps:" + op + " is a consumer endpoint: use it in from(...), not to(...)");
        }
        OperationSpec spec = op.spec();
        CallTarget target = CallTarget.of(call);
        HttpEntity body = encodeBody(call);
        String instanceToken = spec.auth() == AuthScope.JWT ? null : VZapsCredentials.blankToNull(call.instanceToken());
        String clientToken = settings.credentials().clientToken();

        if (settings.credentials().canObtainJwt()) {
            String jwt = tokens.token();
            Answer answer = send(target, body, jwt, clientToken, instanceToken, call);
            if (answer.status() == 401) {
                LOG.debug("{} {} answered 401: refreshing the JWT and retrying once", target.method(), target.path());
                tokens.invalidate(jwt);
                answer = send(target, body, tokens.token(), clientToken, instanceToken, call);
            }
            return toResult(op, target, answer, call);
        }
        if (spec.auth() == AuthScope.JWT) {
            throw new VZapsConfigurationException("vzaps:" + op + " needs a JWT, which VZaps issues only for clientToken "
                    + "+ clientSecret: set the clientSecret option (instance tokens are no substitute for this operation)");
        }
        if (clientToken == null || instanceToken == null) {
            throw new VZapsConfigurationException("vzaps:" + op + " needs credentials: set clientToken and clientSecret, "
                    + "or clientToken and an instance token (instanceToken option or CamelVZapsInstanceToken header)"
                    + missing(clientToken, instanceToken));
        }
        return toResult(op, target, send(target, body, null, clientToken, instanceToken, call), call);
    }

    private static String missing(String clientToken, String instanceToken) {
        List<String> missing = new ArrayList<>();
        if (clientToken == null) {
            missing.add("clientToken");
        }
        if (instanceToken == null) {
            missing.add("instance token");
        }
        return "; missing: " + String.join(", ", missing);
    }

    /** The request body, repeatable so a retry can send it again; a streamed media field is encoded while sent. */
    private HttpEntity encodeBody(VZapsCall call) {
        VZapsOperation op = call.operation();
        OperationSpec spec = op.spec();
        Object body = call.body();
        switch (spec.body()) {
            case NONE:
                return null;
            case DEFAULT_EMPTY_OBJECT:
                if (body == null) {
                    return json("{}".getBytes(StandardCharsets.UTF_8));
                }
                break;
            case OPTIONAL:
                if (body == null) {
                    return null;
                }
                break;
            default:
                if (body == null) {
                    throw new VZapsConfigurationException("vzaps:" + op + " needs a request body: a "
                            + spec.requestType().getSimpleName() + ", a Map or JSON text");
                }
        }
        try {
            if (body instanceof String text) {
                Json.mapper().readTree(text); // refuse malformed JSON before it reaches the API
                return json(text.getBytes(StandardCharsets.UTF_8));
            }
            StreamedDataUrl media = StreamedDataUrl.in(body);
            byte[] json = Json.mapper().writeValueAsBytes(body);
            return media == null ? json(json) : new StreamedJsonEntity(json, media);
        } catch (JsonProcessingException e) {
            throw new VZapsConfigurationException("vzaps:" + op + " body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static HttpEntity json(byte[] body) {
        return new ByteArrayEntity(body, ContentType.APPLICATION_JSON);
    }

    private Answer send(CallTarget target, HttpEntity body, String jwt, String clientToken, String instanceToken,
                        VZapsCall call) {
        HttpUriRequestBase request = new HttpUriRequestBase(target.method(), uriOf(target.path()));
        request.addHeader(HttpHeaders.ACCEPT, "application/json");
        identify(jwt, clientToken, instanceToken, request::addHeader);
        if (body != null) {
            request.setEntity(body);
        }
        return execute(request, target.method() + " " + target.path(), call);
    }

    private URI uriOf(String path) {
        RequestUri last = lastUri;
        if (last != null && last.path().equals(path)) {
            return last.uri();
        }
        URI uri = URI.create(settings.baseUrl() + path);
        lastUri = new RequestUri(path, uri);
        return uri;
    }

    /**
     * Hands {@code header} the identity headers of a VZaps request, REST call or realtime handshake alike: the
     * {@code User-Agent}, then {@code Authorization: Bearer <jwt>}, {@code X-Client-Token} and
     * {@code X-Instance-Token} for each token given (null or blank: left out). Tokens travel in headers only.
     */
    public void identify(String jwt, String clientToken, String instanceToken, BiConsumer<String, String> header) {
        header.accept(HttpHeaders.USER_AGENT, settings.userAgent());
        if (jwt != null && !jwt.isBlank()) {
            header.accept(HttpHeaders.AUTHORIZATION, "Bearer " + jwt);
        }
        if (clientToken != null && !clientToken.isBlank()) {
            header.accept(HEADER_CLIENT_TOKEN, clientToken);
        }
        if (instanceToken != null && !instanceToken.isBlank()) {
            header.accept(HEADER_INSTANCE_TOKEN, instanceToken);
        }
    }

    private Answer execute(HttpUriRequestBase request, String what, VZapsCall call) {
        long started = System.nanoTime();
        try {
            Answer answer = transport.execute(request);
            if (LOG.isDebugEnabled()) {
                LOG.debug("VZaps {} answered {} in {} ms", what, answer.status(), (System.nanoTime() - started) / 1_000_000);
            }
            return answer;
        } catch (ApiTransport.AnswerTooLarge e) {
            throw new VZapsApiException("VZaps API answer to " + what + " was refused: " + e.getMessage(), 0, null, null,
                    null, null);
        } catch (IOException e) {
            throw new VZapsTransportException(SecretScrubber.scrub("Could not call VZaps " + what + " at "
                    + settings.baseUrl() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), secrets(call)), e);
        }
    }

    private VZapsResult toResult(VZapsOperation op, CallTarget target, Answer answer, VZapsCall call) {
        String what = target.method() + " " + target.path();
        if (answer.status() >= 300 && answer.status() < 400) {
            throw redirectRefused(what, answer);
        }
        if (answer.status() < 200 || answer.status() > 299) {
            throw ApiErrors.toException(what, answer.status(), answer.reason(), answer.body(), answer.requestId(),
                    answer.retryAfter(), secrets(call));
        }
        if (answer.isEmpty()) {
            return new VZapsResult(null, answer.status(), answer.requestId(), op);
        }
        Class<?> responseType = op.spec().responseType();
        Object[] data = readEnvelopeData(answer.bytes(), responseType);
        if (data != null) {
            return new VZapsResult(data[0], answer.status(), answer.requestId(), op);
        }
        return fromTree(op, what, answer, call, responseType);
    }

    /**
     * The usual successful answer, {@code {"code":200,"success":true,"data":...}}, read in one pass with {@code data}
     * going straight into the operation's type. Null for anything else (no envelope, {@code success} not true, data
     * that does not fit), which {@link #fromTree} then reads and explains; a one-element array holds the data, which
     * may itself be null.
     */
    private static Object[] readEnvelopeData(byte[] body, Class<?> type) {
        try (JsonParser parser = Json.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Object data = null;
            boolean hasData = false;
            boolean succeeded = false;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("data".equals(field)) {
                    if (hasData) {
                        return null; // a repeated field: the tree reading decides which one counts
                    }
                    hasData = true;
                    data = value == JsonToken.VALUE_NULL ? null : JsonNode.class.equals(type)
                            ? Json.mapper().readTree(parser) : READERS.get(type).readValue(parser);
                } else if ("success".equals(field)) {
                    succeeded = value == JsonToken.VALUE_TRUE;
                } else {
                    parser.skipChildren();
                }
            }
            return hasData && succeeded && parser.nextToken() == null ? new Object[] {data} : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Any answer shape: a tree first, then the envelope checks and the data's type, with a precise error for each. */
    private VZapsResult fromTree(VZapsOperation op, String what, Answer answer, VZapsCall call, Class<?> responseType) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(answer.bytes());
        } catch (IOException e) {
            throw unreadable(what, answer, call, "is not JSON");
        }
        JsonNode data = unwrap(json);
        if (json.isObject() && json.path("success").isBoolean() && !json.path("success").asBoolean()) {
            int status = json.path("code").isInt() ? json.path("code").asInt() : answer.status();
            throw ApiErrors.toException(what + " (success=false in a " + answer.status() + " answer)", status, null,
                    answer.body(), answer.requestId(), answer.retryAfter(), secrets(call));
        }
        Object body;
        if (JsonNode.class.equals(responseType) || data.isNull()) {
            body = data.isNull() ? null : data;
        } else {
            try {
                body = Json.mapper().treeToValue(data, responseType);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw unreadable(what, answer, call, "could not be read as " + responseType.getSimpleName() + ": "
                        + (e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage()));
            }
        }
        return new VZapsResult(body, answer.status(), answer.requestId(), op);
    }

    /** Redirects are not followed: the credentials on the request must never reach another host. */
    private static VZapsApiException redirectRefused(String what, Answer answer) {
        String host = null;
        try {
            host = answer.location() == null ? null : URI.create(answer.location().trim()).getHost();
        } catch (IllegalArgumentException e) {
            host = "an unreadable Location";
        }
        return new VZapsApiException("VZaps API answered " + answer.status() + " to " + what + ", a redirect to "
                + (host == null ? "the same host" : host) + "; redirects are not followed, so credentials only go to "
                + "baseUrl: check baseUrl", answer.status(), null, null, answer.requestId(), null);
    }

    private VZapsApiException unreadable(String what, Answer answer, VZapsCall call, String problem) {
        String body = SecretScrubber.scrub(ApiErrors.truncate(answer.body()), secrets(call));
        return new VZapsApiException("VZaps API answered " + answer.status() + " to " + what + " but the body " + problem
                , answer.status(), null, null, answer.requestId(), body);
    }

    /** Unwraps {@code {code, success, data}}; other shapes (create, subscribe, cancel...) are the data. */
    static JsonNode unwrap(JsonNode json) {
        if (json.isObject() && json.has("data") && (json.has("success") || json.has("code"))) {
            return json.get("data");
        }
        return json;
    }

    private TokenManager.IssuedToken observedFetchToken() {
        try {
            TokenManager.IssuedToken issued = fetchToken();
            observer.tokenFetch(VZapsObserver.SUCCESS);
            return issued;
        } catch (RuntimeException e) {
            observer.tokenFetch(outcomeOf(e));
            throw e;
        }
    }

    private TokenManager.IssuedToken fetchToken() {
        VZapsCredentials credentials = settings.credentials();
        ObjectNode request = Json.mapper().createObjectNode()
                .put("client_token", credentials.clientToken())
                .put("client_secret", credentials.clientSecret());
        byte[] body;
        try {
            body = Json.mapper().writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpUriRequestBase httpRequest = new HttpUriRequestBase("POST", URI.create(settings.baseUrl() + "/token"));
        httpRequest.addHeader(HttpHeaders.ACCEPT, "application/json");
        httpRequest.addHeader(HttpHeaders.USER_AGENT, settings.userAgent());
        httpRequest.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        Answer answer = execute(httpRequest, "POST /token", null);
        if (answer.status() >= 300 && answer.status() < 400) {
            throw redirectRefused("POST /token", answer);
        }
        if (answer.status() < 200 || answer.status() > 299) {
            throw ApiErrors.toException("POST /token", answer.status(), answer.reason(), answer.body(),
                    answer.requestId(), answer.retryAfter(), secretsOf(null));
        }
        JsonNode json;
        try {
            json = Json.mapper().readTree(answer.bytes() == null ? new byte[0] : answer.bytes());
        } catch (IOException e) {
            json = null;
        }
        JsonNode source = json != null && !json.has("access_token") && !json.has("accessToken") ? unwrap(json) : json;
        String token = source == null ? null : firstText(source, "access_token", "accessToken");
        long expiresIn = source == null ? 0 : firstLong(source, "expires_in", "expiresIn");
        if (token == null || expiresIn <= 0) {
            throw new VZapsApiException("VZaps API answered " + answer.status() + " to POST /token without "
                    + (token == null ? "access_token" : "a positive expires_in"), answer.status(), null, null,
                    answer.requestId(), null);
        }
        expiresIn = Math.min(expiresIn, MAX_TOKEN_LIFETIME_SECONDS);
        LOG.debug("Obtained a VZaps JWT valid for {} s", expiresIn);
        return new TokenManager.IssuedToken(token, expiresIn);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    private static long firstLong(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.canConvertToLong()) {
                return value.asLong();
            }
            if (value != null && value.isTextual()) {
                try {
                    return Long.parseLong(value.asText().trim());
                } catch (NumberFormatException ignored) {
                    // try the next spelling
                }
            }
        }
        return 0;
    }

    private List<String> secrets(VZapsCall call) {
        return secretsOf(call == null ? null : call.instanceToken());
    }

    private List<String> secretsOf(String instanceToken) {
        List<String> values = new ArrayList<>(settings.credentials().secretValues());
        String jwt = tokens.currentValue();
        if (jwt != null) {
            values.add(jwt);
        }
        if (instanceToken != null) {
            values.add(instanceToken);
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
