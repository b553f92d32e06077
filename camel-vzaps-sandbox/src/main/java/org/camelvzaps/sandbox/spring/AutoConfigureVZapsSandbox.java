package org.camelvzaps.sandbox.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test against a {@link org.camelvzaps.sandbox.VZapsSandbox VZaps sandbox}: the sandbox starts
 * before the application context (on free ports, with random credentials), {@code camel.component.vzaps.base-url},
 * {@code realtime-url}, {@code client-token} and {@code client-secret} point the vzaps component at it (they win over
 * {@code application.properties}), the sandbox is a bean the test can autowire (to scan a QR code, inject an incoming
 * message, read the journal), and it stops when the context closes. A context Spring caches is shared by the test
 * classes that use it, and so is its sandbox.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * @AutoConfigureVZapsSandbox
 * class MyAppTest {
 *     @Autowired VZapsSandbox sandbox;
 * }
 * }</pre>
 *
 * Needs {@code spring-test} on the test class path (as {@code spring-boot-starter-test} brings it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = VZapsSandboxInitializer.class)
public @interface AutoConfigureVZapsSandbox {
}
