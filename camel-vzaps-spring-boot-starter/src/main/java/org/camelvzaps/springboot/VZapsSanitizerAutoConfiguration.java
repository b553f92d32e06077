package org.camelvzaps.springboot;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link VZapsSanitizer} when Spring Boot Actuator is on the class path (the starter does not bring it), so
 * the component's secrets are masked in {@code /actuator/env} and {@code /actuator/configprops}.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class VZapsSanitizerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public VZapsSanitizer vzapsSanitizer() {
        return new VZapsSanitizer();
    }
}
