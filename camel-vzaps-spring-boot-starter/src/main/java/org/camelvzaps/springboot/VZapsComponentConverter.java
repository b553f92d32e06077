package org.camelvzaps.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns a bean reference in a {@code camel.component.vzaps.*} property into the Spring bean, for the options whose
 * value is an object (the catalog's object options: httpClientConfigurer, sslContextParameters, idempotentRepository,
 * stateRepository, x509HostnameVerifier, configuration, ...; see {@link VZapsComponentConfiguration#BEAN_TYPES}):
 * {@code #bean:name} (or {@code #name}) looks the bean up by name,
 * {@code #type:com.example.Type} takes the only bean of that type. Anything else fails the binding, so Spring Boot
 * names the property in the startup error.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class VZapsComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public VZapsComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> pairs = new LinkedHashSet<>();
        for (Class<?> target : VZapsComponentConfiguration.BEAN_TYPES) {
            pairs.add(new ConvertiblePair(String.class, target));
        }
        return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString().trim();
        Class<?> type = targetType.getType();
        if (ref.startsWith("#type:")) {
            Class<?> named;
            try {
                named = Class.forName(ref.substring(6), true, applicationContext.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("No class " + ref.substring(6) + " for the bean reference " + ref, e);
            }
            if (!type.isAssignableFrom(named)) {
                throw new IllegalArgumentException(ref + " is not a " + type.getName());
            }
            return applicationContext.getBean(named);
        }
        if (ref.startsWith("#")) {
            String name = ref.startsWith("#bean:") ? ref.substring(6) : ref.substring(1);
            return applicationContext.getBean(name, type);
        }
        throw new IllegalArgumentException("'" + ref + "' is not a bean reference; a " + type.getName()
                + " option takes #bean:<bean name> or #type:<class name>");
    }
}
