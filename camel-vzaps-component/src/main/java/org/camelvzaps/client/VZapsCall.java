package org.camelvzaps.client;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One API call: the operation, its parameter values (path, query, dynamic method/path), the instance token to use
 * (when instance-scoped), and the request body (a typed request, a {@code Map}, a Jackson {@code JsonNode}, JSON
 * text, or null).
 */
public record VZapsCall(VZapsOperation operation, Map<Param, String> params, String instanceToken, Object body) {

    public VZapsCall {
        EnumMap<Param, String> copy = new EnumMap<>(Param.class);
        if (params != null) {
            params.forEach((param, value) -> {
                if (value != null && !value.isBlank()) {
                    copy.put(param, value);
                }
            });
        }
        params = Collections.unmodifiableMap(copy);
    }

    /** A call that needs only the instance id (or nothing) besides its body. */
    public static VZapsCall forInstance(VZapsOperation operation, String instanceId, String instanceToken, Object body) {
        return new VZapsCall(operation, instanceId == null ? Map.of() : Map.of(Param.instanceId, instanceId),
                instanceToken, body);
    }

    public String param(Param param) {
        return params.get(param);
    }

    VZapsCall withOperation(VZapsOperation other) {
        return new VZapsCall(other, params, instanceToken, body);
    }

    @Override
    public String toString() {
        return "VZapsCall[" + operation + ", params=" + params
               + ", instanceToken=" + (instanceToken == null ? "none" : "xxxxxx") + "]";
    }
}
