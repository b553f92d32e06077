package org.camelvzaps.client;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.model.instance.CreateInstanceRequest;
import org.camelvzaps.model.instance.Instance;
import org.camelvzaps.model.session.QrResult;
import org.camelvzaps.model.message.SendResult;
import org.camelvzaps.model.message.SendTextRequest;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.model.webhook.SetWebhookRequest;
import org.camelvzaps.model.instance.SubscriptionResult;
import org.camelvzaps.model.webhook.WebhookConfig;

/**
 * The operation catalog: every {@code vzaps:} endpoint name, declared once. The producer, the consumer lookup,
 * the generated component metadata (the {@code operation} path enum), the docs' operation table and the sandbox
 * coverage test all read these declarations.
 * <p>
 * Constant names are the names users type ({@code vzaps:createInstance}), hence lower camel case.
 */
public enum VZapsOperation {

    createInstance("PUT", "/instances/create", AuthScope.JWT, RequestBody.REQUIRED,
            CreateInstanceRequest.class, Instance.class,
            "Creates an instance; a String body is taken as its name."),
    subscribe("POST", "/instances/{instanceId}/subscribe", AuthScope.JWT, RequestBody.OPTIONAL_DEFAULT_EMPTY_OBJECT,
            JsonNode.class, SubscriptionResult.class,
            "Starts billing for the instance; in checkout mode a person must open the returned url."),
    connect("POST", "/instances/{instanceId}/connect", AuthScope.JWT_OR_INSTANCE_TOKEN, RequestBody.NONE,
            null, JsonNode.class,
            "Starts the connection flow; where the platform has no connect route (404/405) it calls getQr instead."),
    getQr("GET", "/instances/{instanceId}/session/qr", AuthScope.JWT_OR_INSTANCE_TOKEN, RequestBody.NONE,
            null, QrResult.class,
            "Fetches the pairing QR code (a PNG data URL), or the already-connected state."),
    getStatus("GET", "/instances/{instanceId}/session/status", AuthScope.JWT_OR_INSTANCE_TOKEN, RequestBody.NONE,
            null, SessionStatus.class,
            "Reads the WhatsApp session status and profile."),
    getWebhook("GET", "/instances/{instanceId}/webhook", AuthScope.JWT_OR_INSTANCE_TOKEN, RequestBody.NONE,
            null, WebhookConfig.class,
            "Reads the instance's webhook URL and subscribed events."),
    setWebhook("POST", "/instances/{instanceId}/webhook", AuthScope.JWT_OR_INSTANCE_TOKEN, RequestBody.REQUIRED,
            SetWebhookRequest.class, WebhookConfig.class,
            "Sets the webhook URL (webhookURL) and the CSV list of events."),
    sendText("POST", "/instances/{instanceId}/chat/send/text", AuthScope.JWT_OR_INSTANCE_TOKEN, RequestBody.REQUIRED,
            SendTextRequest.class, SendResult.class,
            "Sends a text message; a String body is the text, the phone comes from the CamelVZapsPhone header."),

    /** Consumer: webhook callbacks received over platform-http. */
    webhook("Receives VZaps webhook callbacks (use in from()).");

    private final String method;
    private final String pathTemplate;
    private final AuthScope auth;
    private final RequestBody requestBody;
    private final Class<?> requestType;
    private final Class<?> responseType;
    private final String description;

    VZapsOperation(String method, String pathTemplate, AuthScope auth, RequestBody requestBody,
                   Class<?> requestType, Class<?> responseType, String description) {
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.auth = auth;
        this.requestBody = requestBody;
        this.requestType = requestType;
        this.responseType = responseType;
        this.description = description;
    }

    VZapsOperation(String description) {
        this(null, null, AuthScope.NONE, RequestBody.NONE, null, null, description);
    }

    /** True for endpoints used in {@code from(...)}; they have no HTTP call of their own. */
    public boolean isConsumer() {
        return method == null;
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public AuthScope auth() {
        return auth;
    }

    public RequestBody requestBody() {
        return requestBody;
    }

    /** The typed request a body converts to, or null when the operation sends none. */
    public Class<?> requestType() {
        return requestType;
    }

    /** The type the unwrapped JSON answer is read as. */
    public Class<?> responseType() {
        return responseType;
    }

    public String description() {
        return description;
    }

    public boolean needsInstanceId() {
        return pathTemplate != null && pathTemplate.contains("{instanceId}");
    }

    /** A 404/405 answer to {@code connect} means the platform has no such route: start the flow with getQr. */
    public VZapsOperation fallbackOnMissingRoute() {
        return this == connect ? getQr : null;
    }

    /** Finds an operation by the name users type, or explains which names exist. */
    public static VZapsOperation fromName(String name) {
        for (VZapsOperation op : values()) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        for (VZapsOperation op : values()) {
            if (op.name().equalsIgnoreCase(name)) {
                return op;
            }
        }
        StringBuilder known = new StringBuilder();
        for (VZapsOperation op : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(op.name());
        }
        throw new IllegalArgumentException("Unknown VZaps operation '" + name + "'. Known operations: " + known);
    }
}
