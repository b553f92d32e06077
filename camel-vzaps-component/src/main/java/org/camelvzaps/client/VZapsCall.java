package org.camelvzaps.client;

/**
 * One API call: the operation, the instance it targets (when instance-scoped), and the request body
 * (a typed request, a {@code Map}, a Jackson {@code JsonNode}, JSON text, or null).
 */
public record VZapsCall(VZapsOperation operation, String instanceId, String instanceToken, Object body) {

    public static VZapsCall of(VZapsOperation operation) {
        return new VZapsCall(operation, null, null, null);
    }

    public VZapsCall withInstance(String id, String token) {
        return new VZapsCall(operation, id, token, body);
    }

    public VZapsCall withBody(Object newBody) {
        return new VZapsCall(operation, instanceId, instanceToken, newBody);
    }

    VZapsCall withOperation(VZapsOperation other) {
        return new VZapsCall(other, instanceId, instanceToken, body);
    }

    @Override
    public String toString() {
        return "VZapsCall[" + operation + ", instanceId=" + instanceId
               + ", instanceToken=" + (instanceToken == null ? "none" : "xxxxxx") + "]";
    }
}
