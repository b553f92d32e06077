package org.camelvzaps.springboot.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application docs/spring-boot.md describes: the starter, camel-platform-http-starter, Spring MVC on Tomcat. */
@SpringBootApplication
public class VZapsApplication {

    public static void main(String[] args) {
        SpringApplication.run(VZapsApplication.class, args);
    }
}
