package org.camelvzaps.springboot.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/spring-boot.md shows this module as it is: each block marked {@code <!-- app: spring-boot … -->} is a file of
 * the module, or (the pom blocks) a part of its pom.xml with the versions the module's properties hold.
 */
class SpringBootPageTest {

    private static final Path DOC = Path.of("..", "docs", "spring-boot.md");
    private static final Path JAVA = Path.of("src", "main", "java", "org", "camelvzaps", "springboot", "example");
    private static final Pattern BLOCK = Pattern.compile("<!-- app: spring-boot ([a-z]+) -->\\n```[a-z]+\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theMarkedBlocksAreTheModulesFiles() throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            blocks.put(m.group(1), m.group(2));
        }
        assertEquals(Set.of("bom", "dependencies", "properties", "application", "routes", "test"), blocks.keySet());
        assertEquals(Files.readString(Path.of("src/main/resources/application.properties")), blocks.get("properties"));
        assertEquals(Files.readString(JAVA.resolve("StoreFrontApplication.java")), blocks.get("application"));
        assertEquals(Files.readString(JAVA.resolve("StoreFrontRoutes.java")), blocks.get("routes"));
        assertEquals(Files.readString(Path.of("src/test/java/org/camelvzaps/springboot/example/StoreFrontApplicationTest.java")),
                blocks.get("test"));
        String pom = Files.readString(Path.of("pom.xml"));
        for (String property : new String[] {"spring-boot.version", "camel-spring-boot.version"}) {
            Matcher value = Pattern.compile("<" + property + ">(.*?)</").matcher(pom);
            assertTrue(value.find(), property);
            pom = pom.replace("${" + property + "}", value.group(1));
        }
        for (String part : new String[] {"bom", "dependencies"}) {
            assertTrue(strip(pom).contains(strip(blocks.get(part))), "the " + part + " block is the pom's:\n" + blocks.get(part));
        }
    }

    /** Lines without their indentation: the page shows the pom's sections one level less indented. */
    private static String strip(String xml) {
        return xml.lines().map(String::strip).reduce("", (a, b) -> a + b + "\n");
    }
}
