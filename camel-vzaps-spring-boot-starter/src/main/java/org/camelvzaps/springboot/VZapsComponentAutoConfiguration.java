package org.camelvzaps.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.BeanIntrospection;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.support.PluginHelper;
import org.camelvzaps.component.VZapsComponent;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.vzaps.*} properties to the {@code vzaps} component through a
 * {@link ComponentCustomizer}, the way Camel's own starters do: Camel runs it when it creates (or finds) the
 * component, and it honours {@code camel.component.customizer.enabled} and
 * {@code camel.component.vzaps.customizer.enabled}. {@code camel.component.enabled=false} or
 * {@code camel.component.vzaps.enabled=false} switches the whole auto-configuration off.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, VZapsComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, VZapsComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.vzaps" })
public class VZapsComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureVZapsComponent(ApplicationContext applicationContext,
            CamelContext camelContext, VZapsComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.setCamelProperties(camelContext, target,
                        explicitlySet(camelContext, configuration), true);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                        "camel.component.customizer", "camel.component.vzaps.customizer")
                        && target instanceof VZapsComponent;
            }
        };
    }

    /**
     * The options a property set, {@code configuration} first so the single options land on the configuration
     * bean it names. Defaults are left out: the component has the same ones, and a component bean keeps its own.
     */
    static Map<String, Object> explicitlySet(CamelContext camelContext, VZapsComponentConfiguration configuration) {
        Map<String, Object> all = new LinkedHashMap<>();
        BeanIntrospection introspection = PluginHelper.getBeanIntrospection(camelContext);
        introspection.getProperties(configuration, all, null, true);
        Map<String, Object> set = new LinkedHashMap<>();
        if (configuration.explicitlySetOptions().contains("configuration")) {
            set.put("configuration", configuration.getConfiguration());
        }
        for (String option : configuration.explicitlySetOptions()) {
            if (!option.equals("configuration")) {
                set.put(option, all.get(option));
            }
        }
        return set;
    }
}
