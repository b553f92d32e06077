package org.camelvzaps.springboot;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the vzaps component's secrets in Spring Boot Actuator's {@code /actuator/env} and
 * {@code /actuator/configprops}, also when {@code management.endpoint.env.show-values=always} (or
 * {@code configprops}) shows every other value. A property is masked when its name ends with a secret option of the
 * component's catalog ({@link VZapsComponentConfiguration#SECRET_OPTIONS}: clientSecret, clientToken,
 * instanceToken, webhookSecret, proxyAuthUsername, proxyAuthPassword) in any spelling Spring Boot binds:
 * {@code camel.component.vzaps.client-secret}, {@code CAMEL_COMPONENT_VZAPS_CLIENTSECRET}, the configprops entry
 * {@code clientSecret}, and a placeholder property such as {@code vzaps.webhook-secret}.
 */
public class VZapsSanitizer implements SanitizingFunction {

    private static final List<String> SECRETS = VZapsComponentConfiguration.SECRET_OPTIONS.stream()
            .map(VZapsSanitizer::normalized).toList();

    @Override
    public SanitizableData apply(SanitizableData data) {
        if (data.getValue() == null || data.getKey() == null) {
            return data;
        }
        String key = normalized(data.getKey());
        for (String secret : SECRETS) {
            if (key.endsWith(secret)) {
                return data.withValue(SanitizableData.SANITIZED_VALUE);
            }
        }
        return data;
    }

    /** client-secret, clientSecret, CLIENT_SECRET and CLIENTSECRET all become clientsecret. */
    static String normalized(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
