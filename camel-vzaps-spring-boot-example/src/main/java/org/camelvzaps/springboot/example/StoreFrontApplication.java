package org.camelvzaps.springboot.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StoreFrontApplication {

    public static void main(String[] args) {
        SpringApplication.run(StoreFrontApplication.class, args);
    }
}
