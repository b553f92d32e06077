package org.camelvzaps.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Everything one API operation needs, as data: the HTTP call, where its path and query values come from, what body
 * it sends and which conveniences build that body, how its answer is read and which answer fields become headers.
 * Declared once per operation in {@link VZapsOperation}; the client, the producer, the generated metadata, the docs
 * table and the sandbox coverage test all read it.
 */
public final class OperationSpec {

    /** Paths that do not start with {@code /} are relative to the instance. */
    public static final String INSTANCE_ROOT = "/instances/{instanceId}";

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** What the operation sends as its JSON request body. */
    public enum BodyKind {
        /** No body, whatever the exchange holds (it may be the previous step's result). */
        NONE,
        /** A body is required. */
        REQUIRED,
        /** A JSON object the caller gives is sent; otherwise no body. */
        OPTIONAL,
        /** A JSON object the caller gives is sent; otherwise {@code {}}. */
        DEFAULT_EMPTY_OBJECT
    }

    /** A query parameter, sent when it has a value; a required one fails the call when it has none. */
    public record QueryParam(Param param, boolean required) {
    }

    /** A body field filled from a parameter when the body lacks it; the call fails when neither has it. */
    public record BodyFill(String field, Param param) {
    }

    /**
     * The body is a media send: a binary body (bytes, stream, file) becomes a base64 data URL in {@code field};
     * {@code fileNameField}/{@code captionField} are filled from the file name and caption header when absent.
     */
    public record Media(String field, long maxBytes, String fileNameField, String captionField) {
    }

    /** A header set on the answer from the typed result (null values are not set). */
    public record ResultHeader(String header, Function<Object, Object> value) {
    }

    /** Another path used when {@code param} has a value (startTypebotSession with a typebot id). */
    public record PathAlternative(Param param, String pathTemplate) {
    }

    private final String method;
    private final String pathTemplate;
    private final AuthScope auth;
    private final BodyKind body;
    private final Class<?> requestType;
    private final Class<?> responseType;
    private final List<QueryParam> query;
    private final List<BodyFill> fills;
    private final String textField;
    private final Media media;
    private final String eventMediaKind;
    private final List<ResultHeader> resultHeaders;
    private final String fallbackOnMissingRoute;
    private final PathAlternative alternative;
    private final boolean dynamic;
    private final boolean idempotent;
    private final boolean messageSend;

    /** Read on every call, so collected once. */
    private final Set<Param> params;

    private OperationSpec(Builder<?> b) {
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.auth = b.auth;
        this.body = b.body;
        this.requestType = b.requestType;
        this.responseType = b.responseType;
        this.query = List.copyOf(b.query);
        this.fills = List.copyOf(b.fills);
        this.textField = b.textField;
        this.media = b.media;
        this.eventMediaKind = b.eventMediaKind;
        this.resultHeaders = List.copyOf(b.resultHeaders);
        this.fallbackOnMissingRoute = b.fallbackOnMissingRoute;
        this.alternative = b.alternative;
        this.dynamic = b.dynamic;
        this.idempotent = b.idempotent != null ? b.idempotent : "GET".equals(b.method) || "DELETE".equals(b.method);
        this.messageSend = b.messageSend;
        this.params = collectParams();
    }

    public static Builder<JsonNode> get(String path) {
        return new Builder<>("GET", path);
    }

    public static Builder<JsonNode> post(String path) {
        return new Builder<>("POST", path);
    }

    public static Builder<JsonNode> put(String path) {
        return new Builder<>("PUT", path);
    }

    public static Builder<JsonNode> patch(String path) {
        return new Builder<>("PATCH", path);
    }

    public static Builder<JsonNode> delete(String path) {
        return new Builder<>("DELETE", path);
    }

    /** {@code request}: method and path come from {@link Param#httpMethod} and {@link Param#path}. */
    public static Builder<JsonNode> dynamicCall() {
        Builder<JsonNode> b = new Builder<>(null, null);
        b.dynamic = true;
        b.body = BodyKind.OPTIONAL;
        b.requestType = JsonNode.class;
        return b;
    }

    /** HTTP method, or null for {@code request} (it comes from {@link Param#httpMethod}). */
    public String method() {
        return method;
    }

    /** Absolute path template with {@code {param}} placeholders, or null for {@code request}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    public AuthScope auth() {
        return auth;
    }

    public BodyKind body() {
        return body;
    }

    /** The typed request a body converts to, or null when the operation sends none. */
    public Class<?> requestType() {
        return requestType;
    }

    /** The type the unwrapped JSON answer is read as. */
    public Class<?> responseType() {
        return responseType;
    }

    public List<QueryParam> query() {
        return query;
    }

    public List<BodyFill> fills() {
        return fills;
    }

    /** A plain, non-JSON text body becomes {@code {textField: text}}; null when text is not accepted. */
    public String textField() {
        return textField;
    }

    /** Media conveniences, or null when the operation sends no media. */
    public Media media() {
        return media;
    }

    /**
     * For downloads: a received {@code Message} event as body sends its {@code <kind>_message} media node; null for
     * other operations.
     */
    public String eventMediaKind() {
        return eventMediaKind;
    }

    public List<ResultHeader> resultHeaders() {
        return resultHeaders;
    }

    /** The operation (by name) called instead when this one's route is missing (404/405), or null. */
    public String fallbackOnMissingRoute() {
        return fallbackOnMissingRoute;
    }

    public PathAlternative alternative() {
        return alternative;
    }

    public boolean isDynamic() {
        return dynamic;
    }

    /**
     * True when calling twice has the effect of calling once (reads, deletes, configuration sets), so a 5xx or a broken
     * connection may be retried; never true for a send, which could deliver a message twice. Default: GET and DELETE.
     */
    public boolean isIdempotent() {
        return idempotent;
    }

    /**
     * True when the operation sends a message to a chat (the {@code send*} family): only these are paced by
     * {@code sendInterval}, {@code sendLimiter} and {@code typing}; reads, lists and admin calls never are.
     */
    public boolean isMessageSend() {
        return messageSend;
    }

    /** Every path template this operation may call. */
    public List<String> pathTemplates() {
        List<String> all = new ArrayList<>();
        if (pathTemplate != null) {
            all.add(pathTemplate);
        }
        if (alternative != null) {
            all.add(alternative.pathTemplate());
        }
        return all;
    }

    /** The path template to call given the parameter values at hand. */
    public String pathTemplateFor(java.util.Map<Param, String> values) {
        return alternative != null && values.get(alternative.param()) != null ? alternative.pathTemplate() : pathTemplate;
    }

    /** Every parameter the operation reads: path placeholders, query parameters, body fills, dynamic method/path. */
    public Set<Param> params() {
        return params;
    }

    private Set<Param> collectParams() {
        Set<Param> all = new LinkedHashSet<>();
        for (String template : pathTemplates()) {
            all.addAll(placeholders(template));
        }
        query.forEach(q -> all.add(q.param()));
        fills.forEach(f -> all.add(f.param()));
        if (alternative != null) {
            all.add(alternative.param());
        }
        if (dynamic) {
            all.add(Param.httpMethod);
            all.add(Param.path);
        }
        return Collections.unmodifiableSet(all);
    }

    /** The parameters named by a path template's placeholders, in order. */
    public static List<Param> placeholders(String template) {
        List<Param> params = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            params.add(Param.ofPlaceholder(m.group(1)));
        }
        return params;
    }

    /** Declares an operation; see {@link VZapsOperation} for how the pieces read together. */
    public static final class Builder<R> {
        private final String method;
        private final String pathTemplate;
        private AuthScope auth;
        private BodyKind body = BodyKind.NONE;
        private Class<?> requestType;
        private Class<?> responseType = JsonNode.class;
        private final List<QueryParam> query = new ArrayList<>();
        private final List<BodyFill> fills = new ArrayList<>();
        private String textField;
        private Media media;
        private String eventMediaKind;
        private final List<ResultHeader> resultHeaders = new ArrayList<>();
        private String fallbackOnMissingRoute;
        private PathAlternative alternative;
        private boolean dynamic;
        private Boolean idempotent;
        private boolean messageSend;

        private Builder(String method, String path) {
            this.method = method;
            this.pathTemplate = path == null ? null : absolute(path);
            this.auth = AuthScope.JWT_OR_INSTANCE_TOKEN;
        }

        private static String absolute(String path) {
            if (path.startsWith("/")) {
                return path;
            }
            return path.isEmpty() ? INSTANCE_ROOT : INSTANCE_ROOT + "/" + path;
        }

        /** Owner JWT only: the API refuses an instance token on these calls. */
        public Builder<R> jwtOnly() {
            this.auth = AuthScope.JWT;
            return this;
        }

        /** Sends a required body read as {@code type} (a typed request, Map, JsonNode or JSON text). */
        public Builder<R> body(Class<?> type) {
            return body(BodyKind.REQUIRED, type);
        }

        public Builder<R> body(BodyKind kind, Class<?> type) {
            this.body = kind;
            this.requestType = type;
            return this;
        }

        /** A plain text body becomes {@code {field: text}}. */
        public Builder<R> text(String field) {
            this.textField = field;
            return this;
        }

        /** Fills a missing body field from the parameter. */
        public Builder<R> fill(String field, Param param) {
            fills.add(new BodyFill(field, param));
            return this;
        }

        public Builder<R> query(Param... params) {
            for (Param p : params) {
                query.add(new QueryParam(p, false));
            }
            return this;
        }

        public Builder<R> requiredQuery(Param param) {
            query.add(new QueryParam(param, true));
            return this;
        }

        public Builder<R> media(String field, long maxBytes, String fileNameField, String captionField) {
            this.media = new Media(field, maxBytes, fileNameField, captionField);
            return this;
        }

        public Builder<R> mediaFromEvent(String kind) {
            this.eventMediaKind = kind;
            return this;
        }

        @SuppressWarnings("unchecked")
        public <T> Builder<T> returns(Class<T> type) {
            this.responseType = type;
            return (Builder<T>) this;
        }

        /** Sets {@code header} on the answer to {@code value} of the typed result. */
        @SuppressWarnings("unchecked")
        public Builder<R> header(String header, Function<? super R, ?> value) {
            resultHeaders.add(new ResultHeader(header, result -> responseType.isInstance(result)
                    ? ((Function<Object, Object>) value).apply(result) : null));
            return this;
        }

        public Builder<R> fallbackOnMissingRoute(String operation) {
            this.fallbackOnMissingRoute = operation;
            return this;
        }

        public Builder<R> orWhenGiven(Param param, String path) {
            this.alternative = new PathAlternative(param, absolute(path));
            return this;
        }

        /** A GET or DELETE whose repetition is not harmless (a purge, a renewal, a new code). */
        public Builder<R> notIdempotent() {
            this.idempotent = false;
            return this;
        }

        /** Safe to repeat although not a GET or DELETE (a POST read, a configuration set). */
        public Builder<R> idempotent() {
            this.idempotent = true;
            return this;
        }

        /** Sends a message to a chat: paced when the endpoint asks for pacing. */
        public Builder<R> messageSend() {
            this.messageSend = true;
            return this;
        }

        public OperationSpec build() {
            return new OperationSpec(this);
        }
    }
}
