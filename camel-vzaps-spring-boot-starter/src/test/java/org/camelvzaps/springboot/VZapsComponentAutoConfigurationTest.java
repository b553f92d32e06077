package org.camelvzaps.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.camelvzaps.component.VZapsComponent;
import org.camelvzaps.component.VZapsConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binding, bean references, the customizer switches and startup failures, without a web server. */
class VZapsComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, VZapsComponentConverter.class,
                    VZapsComponentAutoConfiguration.class));

    private static VZapsComponent vzaps(org.springframework.context.ApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("vzaps", VZapsComponent.class);
    }

    @Test
    void appliesKebabCaseProperties() {
        runner.withPropertyValues(
                "camel.component.vzaps.base-url=http://127.0.0.1:1",
                "camel.component.vzaps.client-token=ct",
                "camel.component.vzaps.client-secret=cs",
                "camel.component.vzaps.connect-timeout=2500",
                "camel.component.vzaps.max-retries=3",
                "camel.component.vzaps.http-method=PATCH",
                "camel.component.vzaps.use-global-ssl-context-parameters=true",
                "camel.component.vzaps.lazy-start-producer=true").run(context -> {
                    assertThat(context).hasNotFailed();
                    VZapsComponent component = vzaps(context);
                    VZapsConfiguration configuration = component.getConfiguration();
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://127.0.0.1:1");
                    assertThat(configuration.getClientToken()).isEqualTo("ct");
                    assertThat(configuration.getClientSecret()).isEqualTo("cs");
                    assertThat(configuration.getConnectTimeout()).isEqualTo(2500);
                    assertThat(configuration.getMaxRetries()).isEqualTo(3);
                    assertThat(configuration.getHttpMethod()).isEqualTo("PATCH");
                    assertThat(component.isUseGlobalSslContextParameters()).isTrue();
                    assertThat(component.isLazyStartProducer()).isTrue();
                });
    }

    @Test
    void resolvesBeanReferencesByNameAndByType() {
        runner.withUserConfiguration(Repositories.class)
                .withPropertyValues("camel.component.vzaps.idempotent-repository=#bean:seenEvents",
                        "camel.component.vzaps.state-repository=#type:org.camelvzaps.springboot.VZapsComponentAutoConfigurationTest$Cursors")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    VZapsConfiguration configuration = vzaps(context).getConfiguration();
                    assertThat(configuration.getIdempotentRepository()).isSameAs(context.getBean("seenEvents"));
                    assertThat(configuration.getStateRepository()).isSameAs(context.getBean(Cursors.class));
                });
    }

    @Test
    void unsetPropertiesLeaveAComponentBeanAlone() {
        runner.withUserConfiguration(OwnComponent.class)
                .withPropertyValues("camel.component.vzaps.client-token=from-properties")
                .run(context -> {
                    VZapsConfiguration configuration = vzaps(context).getConfiguration();
                    assertThat(configuration.getBaseUrl()).isEqualTo("http://own.example");
                    assertThat(configuration.getClientToken()).isEqualTo("from-properties");
                });
    }

    @Test
    void customizerSwitchesTurnThePropertiesOff() {
        for (String off : new String[] { "camel.component.customizer.enabled=false",
                "camel.component.vzaps.customizer.enabled=false", "camel.component.vzaps.enabled=false" }) {
            runner.withPropertyValues("camel.component.vzaps.base-url=http://127.0.0.1:1", off).run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(vzaps(context).getConfiguration().getBaseUrl()).as(off).isEqualTo("https://api.vzaps.com");
            });
        }
        runner.withPropertyValues("camel.component.customizer.enabled=false",
                "camel.component.vzaps.customizer.enabled=true", "camel.component.vzaps.base-url=http://127.0.0.1:1")
                .run(context -> assertThat(vzaps(context).getConfiguration().getBaseUrl()).isEqualTo("http://127.0.0.1:1"));
    }

    @Test
    void wrongValueFailsStartupNamingTheProperty() {
        runner.withPropertyValues("camel.component.vzaps.connect-timeout=abc").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isNotNull();
            assertThat(messages(context.getStartupFailure())).contains("camel.component.vzaps.connect-timeout");
        });
    }

    @Test
    void unknownEnumValueFailsStartupNamingTheProperty() {
        runner.withPropertyValues("camel.component.vzaps.import-scope=everything").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains("camel.component.vzaps.import-scope")
                    .contains("contacts, messages, all");
        });
    }

    @Test
    void unknownOptionFailsStartupNamingTheProperty() {
        runner.withPropertyValues("camel.component.vzaps.client-tokn=ct").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains("camel.component.vzaps.client-tokn");
        });
    }

    @Test
    void missingBeanFailsStartupNamingTheProperty() {
        runner.withPropertyValues("camel.component.vzaps.http-client-configurer=#bean:nothere").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure())).contains("camel.component.vzaps.http-client-configurer")
                    .contains("nothere");
        });
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Configuration(proxyBeanMethods = false)
    static class Repositories {
        @Bean
        IdempotentRepository seenEvents() {
            return MemoryIdempotentRepository.memoryIdempotentRepository(100);
        }

        @Bean
        Cursors cursors() {
            return new Cursors();
        }
    }

    /** A state repository type to reference with #type:. */
    public static class Cursors extends org.apache.camel.support.processor.state.MemoryStateRepository {
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnComponent {
        @Bean
        VZapsComponent vzaps() {
            VZapsComponent component = new VZapsComponent();
            component.getConfiguration().setBaseUrl("http://own.example");
            return component;
        }
    }
}
