package org.camelvzaps.component;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The root of the camel-vzaps checkout, found from wherever the test runs (a module folder under Maven, the root
 * in an IDE): the nearest folder upwards that holds the Maven wrapper, the parent pom and {@code docs/}.
 */
final class RepoRoot {

    private RepoRoot() {
    }

    static Path find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("camel-vzaps-component"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No camel-vzaps checkout (mvnw, pom.xml, docs/, camel-vzaps-component/) above "
                + Path.of("").toAbsolutePath());
    }
}
