package org.camelvzaps.client;

import org.camelvzaps.component.VZapsEndpoint;
import org.camelvzaps.model.session.QrResult;
import org.camelvzaps.model.session.SessionStatus;
import org.camelvzaps.test.Fixtures;
import org.camelvzaps.test.VZapsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link VZapsResult#body(Class)}, the typed accessor internal callers (the pairing, webhook and realtime consumers)
 * use instead of casting: the declared answer type comes back as is, an empty answer as null, and a caller that
 * expects another type gets an error naming the operation, both types and the request id, not a ClassCastException.
 */
class VZapsResultTest extends VZapsTestSupport {

    private static final String STATUS = "/instances/" + INSTANCE_ID + "/session/status";

    @BeforeEach
    void stubs() {
        api.resetAll();
        stubToken();
    }

    private VZapsResult getStatus() {
        VZapsClient client = context.getEndpoint("vzaps:getStatus?instanceId=" + INSTANCE_ID, VZapsEndpoint.class).getClient();
        return client.call(VZapsCall.forInstance(VZapsOperation.getStatus, INSTANCE_ID, null, null));
    }

    @Test
    void theDeclaredTypeComesBackTyped() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-connected.json"))));

        SessionStatus status = getStatus().body(SessionStatus.class);

        assertTrue(status.connected());
    }

    @Test
    void anEmptyAnswerIsNullForAnyType() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json("{\"code\":200,\"success\":true,\"data\":null}")));

        assertNull(getStatus().body(SessionStatus.class));
    }

    @Test
    void anotherTypeFailsNamingTheOperationBothTypesAndTheRequestId() {
        api.stubFor(get(urlEqualTo(STATUS)).willReturn(json(Fixtures.read("response-session-status-connected.json"))
                .withHeader("X-Request-Id", "req_77")));
        VZapsResult result = getStatus();

        VZapsApiException e = assertThrows(VZapsApiException.class, () -> result.body(QrResult.class));

        assertEquals("VZaps getStatus answered 200 with a " + SessionStatus.class.getName() + " where a "
                + QrResult.class.getName() + " was expected [request id req_77]", e.getMessage());
        assertEquals(200, e.getStatusCode());
        assertEquals("req_77", e.getRequestId());
    }
}
