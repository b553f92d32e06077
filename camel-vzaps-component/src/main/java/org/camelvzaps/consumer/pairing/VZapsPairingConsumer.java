package org.camelvzaps.consumer.pairing;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckAware;
import org.apache.camel.support.ScheduledPollConsumer;
import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsCall;
import org.camelvzaps.client.VZapsClient;
import org.camelvzaps.client.VZapsConfigurationException;
import org.camelvzaps.client.VZapsException;
import org.camelvzaps.client.VZapsOperation;
import org.camelvzaps.client.VZapsResult;
import org.camelvzaps.component.VZapsConfiguration;
import org.camelvzaps.consumer.EventPipeline;
import org.camelvzaps.model.session.LinkingCode;
import org.camelvzaps.model.session.QrCode;
import org.camelvzaps.model.session.QrResult;
import org.camelvzaps.model.session.SessionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code from("vzaps:pairing?instanceId=...")}: polls the instance until it is paired. Emits each new QR code once
 * (body {@link QrCode}, converts to PNG bytes; {@code CamelVZapsEventType=QrCode}) — or, with {@code phone}, the
 * linking code to type on the phone ({@link LinkingCode}, {@code LinkingCode}) — then one {@code Connected} exchange
 * with the {@link SessionStatus}, and stops polling. Past {@code timeout} it emits a failed exchange instead.
 */
public class VZapsPairingConsumer extends ScheduledPollConsumer implements HealthCheckAware {

    /** Where pairing is, as the health check and console say it. */
    public enum PairingState {
        WAITING_FOR_SCAN("waiting for scan"), CONNECTED("connected"), TIMED_OUT("timed out");

        private final String text;

        PairingState(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public static final String QR_CODE = "QrCode";
    public static final String LINKING_CODE = "LinkingCode";
    public static final String CONNECTED = "Connected";
    public static final String TIMEOUT = "PairingTimeout";

    private static final Logger LOG = LoggerFactory.getLogger(VZapsPairingConsumer.class);

    private final VZapsConfiguration config;
    private final Supplier<VZapsClient> client;
    private volatile boolean finished;
    private volatile PairingState pairingState = PairingState.WAITING_FOR_SCAN;
    private final HealthCheck healthCheck = new PairingHealthCheck(this, this::instanceId);
    /** Every update goes out as an event does: same headers, failure handling and counting. */
    private final EventPipeline pipeline = new EventPipeline(this, null, null);
    private long startedAt;
    private String lastCode;

    public VZapsPairingConsumer(Endpoint endpoint, Processor processor, VZapsConfiguration config,
                                Supplier<VZapsClient> client) {
        super(endpoint, processor);
        this.config = config;
        this.client = client;
    }

    @Override
    protected void doStart() throws Exception {
        if (config.getInstanceId() == null || config.getInstanceId().isBlank()) {
            throw new VZapsConfigurationException("vzaps:pairing needs instanceId: the instance to pair");
        }
        finished = false;
        pairingState = PairingState.WAITING_FOR_SCAN;
        startedAt = 0;
        lastCode = null;
        super.doStart();
    }

    /** True once Connected (or the timeout) was emitted; no more polls follow. */
    public boolean isFinished() {
        return finished;
    }

    /** Waiting for the scan, connected, or timed out. */
    public PairingState pairingState() {
        return pairingState;
    }

    @Override
    public HealthCheck getHealthCheck() {
        return healthCheck;
    }

    private String instanceId() {
        return config.getInstanceId();
    }

    @Override
    protected int poll() throws Exception {
        if (finished) {
            return 0;
        }
        long now = System.nanoTime();
        if (startedAt == 0) {
            startedAt = now;
        }
        if (Duration.ofNanos(now - startedAt).toMillis() > config.getTimeout()) {
            // checked before any call, so an API that keeps failing cannot hold pairing open forever
            finished = true;
            pairingState = PairingState.TIMED_OUT;
            return emit(TIMEOUT, null, new VZapsException("VZaps instance " + config.getInstanceId()
                    + " was not paired within " + config.getTimeout() + " ms (timeout option): scan the QR code or type "
                    + "the linking code sooner, or raise timeout"));
        }
        SessionStatus status = (SessionStatus) call(VZapsOperation.getStatus).body();
        if (status != null && status.connected()) {
            finished = true;
            pairingState = PairingState.CONNECTED;
            LOG.info("VZaps instance {} is connected: pairing done", config.getInstanceId());
            return emit(CONNECTED, status, null);
        }
        return phone() == null ? pollQr() : pollLinkingCode();
    }

    private int pollQr() throws Exception {
        QrResult qr = (QrResult) call(VZapsOperation.getQr).body();
        if (qr instanceof QrCode code && !code.dataUrl().equals(lastCode)) {
            lastCode = code.dataUrl();
            return emit(QR_CODE, code, null);
        }
        return 0;
    }

    /** The linking code is asked for once; then only the status is polled until the phone confirms it. */
    private int pollLinkingCode() throws Exception {
        if (lastCode != null) {
            return 0;
        }
        LinkingCode code = (LinkingCode) call(VZapsOperation.getPairCode).body();
        lastCode = code.code();
        return emit(LINKING_CODE, code, null);
    }

    private int emit(String type, Object body, Exception failure) {
        pipeline.routeUpdate(type, config.getInstanceId(), body, failure);
        return 1;
    }

    private VZapsResult call(VZapsOperation op) {
        Map<Param, String> params = phone() == null ? Map.of(Param.instanceId, config.getInstanceId())
                : Map.of(Param.instanceId, config.getInstanceId(), Param.phone, phone());
        return client.get().call(new VZapsCall(op, params, config.getInstanceToken(), null));
    }

    private String phone() {
        String phone = config.getPhone();
        return phone == null || phone.isBlank() ? null : phone.trim();
    }
}
