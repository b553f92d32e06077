package org.camelvzaps.client;

/**
 * One API call: the operation, the instance it targets (when instance-scoped), and the request body
 * (a typed request, a {@code Map}, a Jackson {@code JsonNode}, JSON text, or null).
 */
public record VZapsCall(VZapsOperation operation, String instanceId, String instanceToken, Object body) {

    VZapsCall withOperation(VZapsOperation other) {
        return new VZapsCall(other, instanceId, instanceToken, body);
    }

    @Override
    public String toString() {
        return "VZapsCall[" + operation + ", instanceId=" + instanceId
               + ", instanceToken=" + (instanceToken == null ? "none" : "xxxxxx") + "]";
    }
}
