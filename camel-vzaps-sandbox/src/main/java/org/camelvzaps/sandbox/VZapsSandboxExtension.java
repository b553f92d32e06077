package org.camelvzaps.sandbox;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * JUnit 5 extension running a {@link VZapsSandbox}: started before all tests, stopped after all; journal, faults,
 * realtime fault switches and recorded handshakes reset before each test (instances, delivery logs and realtime event
 * logs are kept). Also injects {@link VZapsSandbox} parameters.
 *
 * <pre>{@code
 * @RegisterExtension
 * static VZapsSandboxExtension sandbox = VZapsSandboxExtension.builder().autoPairAfterQrFetches(0).build();
 * ...
 * from("vzaps:realtime?instanceId=" + id + "&realtimeUrl=" + sandbox.realtimeUrl())
 * }</pre>
 */
public final class VZapsSandboxExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private final VZapsSandbox sandbox;
    private ExtensionContext owner;

    private VZapsSandboxExtension(VZapsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Extension with all defaults (free port, random credentials). */
    public static VZapsSandboxExtension create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running sandbox. */
    public VZapsSandbox get() {
        return sandbox;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (owner == null) {
            owner = context;
            sandbox.start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context == owner) {
            sandbox.stop();
            owner = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sandbox.start(); // registered on an instance field: no beforeAll; start lazily
        sandbox.resetJournal();
        sandbox.faults().clear();
        sandbox.resetRealtime();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == VZapsSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox;
    }

    // ---- delegates to the sandbox

    public String baseUrl() {
        return sandbox.baseUrl();
    }

    public int port() {
        return sandbox.port();
    }

    /** Root of the realtime WebSocket ({@code ws://127.0.0.1:<port>}): the component's {@code realtimeUrl}. */
    public String realtimeUrl() {
        return sandbox.realtimeUrl();
    }

    public int realtimePort() {
        return sandbox.realtimePort();
    }

    public String clientToken() {
        return sandbox.clientToken();
    }

    public String clientSecret() {
        return sandbox.clientSecret();
    }

    public Optional<SandboxInstance> instance(String instanceId) {
        return sandbox.instance(instanceId);
    }

    public List<SandboxInstance> instances() {
        return sandbox.instances();
    }

    public void scan(String instanceId) {
        sandbox.scan(instanceId);
    }

    public void disconnect(String instanceId) {
        sandbox.disconnect(instanceId);
    }

    public void completeCheckout(String instanceId) {
        sandbox.completeCheckout(instanceId);
    }

    public void setCardOnFile(boolean cardOnFile) {
        sandbox.setCardOnFile(cardOnFile);
    }

    public String injectInboundMessage(String instanceId, String phone, String pushName, String text) {
        return sandbox.injectInboundMessage(instanceId, phone, pushName, text);
    }

    public String injectInboundMedia(String instanceId, String phone, String pushName, String kind, byte[] bytes,
                                     String mimetype, String caption, String fileName) {
        return sandbox.injectInboundMedia(instanceId, phone, pushName, kind, bytes, mimetype, caption, fileName);
    }

    public void holdQueue(String instanceId, boolean hold) {
        sandbox.holdQueue(instanceId, hold);
    }

    /** See {@link VZapsSandbox#setUnreachable(String, boolean)}. */
    public void setUnreachable(String phone, boolean unreachable) {
        get().setUnreachable(phone, unreachable);
    }

    public Faults faults() {
        return sandbox.faults();
    }

    public List<DeliveryLog> deliveryLogs(String instanceId) {
        return sandbox.deliveryLogs(instanceId);
    }

    public List<RecordedCall> journal() {
        return sandbox.journal();
    }

    public void resetJournal() {
        sandbox.resetJournal();
    }

    public void expireTokens() {
        sandbox.expireTokens();
    }

    public List<RealtimeEvent> realtimeEvents(String instanceId) {
        return sandbox.realtimeEvents(instanceId);
    }

    public List<String> realtimeAcks(String instanceId) {
        return sandbox.realtimeAcks(instanceId);
    }

    public int realtimeConnections(String instanceId) {
        return sandbox.realtimeConnections(instanceId);
    }

    public int abortRealtimeConnections(String instanceId) {
        return sandbox.abortRealtimeConnections(instanceId);
    }

    public int closeRealtimeConnections(String instanceId, int code) {
        return sandbox.closeRealtimeConnections(instanceId, code);
    }

    public void setRealtimeSilent(String instanceId, boolean silent) {
        sandbox.setRealtimeSilent(instanceId, silent);
    }

    public void refuseRealtimeHandshakes(String instanceId, int count, int status) {
        sandbox.refuseRealtimeHandshakes(instanceId, count, status);
    }

    public List<RealtimeHandshake> realtimeHandshakes(String instanceId) {
        return sandbox.realtimeHandshakes(instanceId);
    }

    public List<RealtimeHandshake> realtimeHandshakes() {
        return sandbox.realtimeHandshakes();
    }

    public List<Integer> realtimeCloseCodes(String instanceId) {
        return sandbox.realtimeCloseCodes(instanceId);
    }

    public void resetRealtime() {
        sandbox.resetRealtime();
    }

    /** Same options as {@link VZapsSandbox.Builder}. */
    public static final class Builder {
        private final VZapsSandbox.Builder delegate = VZapsSandbox.builder();

        private Builder() {
        }

        public Builder port(int port) {
            delegate.port(port);
            return this;
        }

        public Builder bindAddress(String bindAddress) {
            delegate.bindAddress(bindAddress);
            return this;
        }

        public Builder clientToken(String clientToken) {
            delegate.clientToken(clientToken);
            return this;
        }

        public Builder clientSecret(String clientSecret) {
            delegate.clientSecret(clientSecret);
            return this;
        }

        public Builder tokenLifetime(Duration tokenLifetime) {
            delegate.tokenLifetime(tokenLifetime);
            return this;
        }

        public Builder qrRotation(Duration qrRotation) {
            delegate.qrRotation(qrRotation);
            return this;
        }

        public Builder autoPairAfterQrFetches(int fetches) {
            delegate.autoPairAfterQrFetches(fetches);
            return this;
        }

        public Builder cardOnFile(boolean cardOnFile) {
            delegate.cardOnFile(cardOnFile);
            return this;
        }

        public Builder connectEndpoint(boolean connectEndpoint) {
            delegate.connectEndpoint(connectEndpoint);
            return this;
        }

        public Builder receiptDelays(Duration delivered, Duration read) {
            delegate.receiptDelays(delivered, read);
            return this;
        }

        public Builder eventGap(Duration eventGap) {
            delegate.eventGap(eventGap);
            return this;
        }

        public Builder deliveryTimeout(Duration deliveryTimeout) {
            delegate.deliveryTimeout(deliveryTimeout);
            return this;
        }

        public Builder qrKeySnakeCase(boolean qrKeySnakeCase) {
            delegate.qrKeySnakeCase(qrKeySnakeCase);
            return this;
        }

        public Builder realtimePort(int realtimePort) {
            delegate.realtimePort(realtimePort);
            return this;
        }

        public Builder realtimeRetention(int events) {
            delegate.realtimeRetention(events);
            return this;
        }

        public VZapsSandboxExtension build() {
            return new VZapsSandboxExtension(delegate.build());
        }
    }
}
