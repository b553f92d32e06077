package org.camelvzaps.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTest {

    @Test
    void restartsAfterStopKeepingStateAndDeliveries() {
        try (VZapsSandbox sb = VZapsSandbox.builder().autoPairAfterQrFetches(0).build(); Receiver receiver = new Receiver()) {
            assertThrows(IllegalStateException.class, sb::port);
            sb.start();
            Api api = new Api(sb);
            String id = api.createInstance(api.jwt(), Map.of("name", "survivor", "webhook", receiver.url(), "events_subscribe", "All"));
            sb.stop();
            assertFalse(sb.isRunning());
            sb.stop(); // idempotent
            sb.start();
            assertTrue(sb.isRunning());
            assertEquals(200, api.call("POST", "/token", Map.of("client_token", sb.clientToken(), "client_secret", sb.clientSecret())).status());
            assertTrue(sb.instance(id).isPresent());
            sb.scan(id);
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.hits().size() == 1);
        }
    }

    @Test
    void slowReceiverIsAFailedDeliveryAfterTheDeliveryTimeout() {
        try (VZapsSandbox sb = VZapsSandbox.builder().deliveryTimeout(Duration.ofMillis(300)).build().start();
             Receiver receiver = new Receiver().delay(Duration.ofMillis(1500))) {
            Api api = new Api(sb);
            String id = api.createInstance(api.jwt(), Map.of("name", "slow receiver", "webhook", receiver.url(),
                    "events_subscribe", "Connected"));
            sb.scan(id);
            await().atMost(Duration.ofSeconds(10)).until(() -> sb.deliveryLogs(id).size() == 1
                    && "failed".equals(sb.deliveryLogs(id).get(0).status()));
            DeliveryLog log = sb.deliveryLogs(id).get(0);
            assertEquals(null, log.responseStatus());
            assertTrue(log.error().contains("Timeout"), log.error());
        }
    }

    @Test
    void builderRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> VZapsSandbox.builder().port(-1));
        assertThrows(IllegalArgumentException.class, () -> VZapsSandbox.builder().tokenLifetime(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> VZapsSandbox.builder().autoPairAfterQrFetches(-1));
        assertThrows(IllegalArgumentException.class, () -> VZapsSandbox.builder().clientSecret(" "));
        try (VZapsSandbox sb = VZapsSandbox.builder().build()) {
            assertThrows(IllegalArgumentException.class, () -> sb.scan("VZNOPE"));
        }
    }
}
