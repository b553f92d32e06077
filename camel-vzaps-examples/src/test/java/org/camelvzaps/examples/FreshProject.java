package org.camelvzaps.examples;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.camelvzaps.component.VZapsComponent;

/**
 * A Maven project outside this build, as a user starts one: a pom.xml around the dependencies a docs page shows, and
 * the page's files. It is built offline by this repository's Maven wrapper against a local repository of its own
 * that holds only camel-vzaps as this build made it (the component's jar, its pom and the parent pom: what
 * {@code install} would put there), chained to this build's local repository for everything else (Camel, Log4j,
 * plugins), read-only ({@code maven.repo.local.tail}). So it resolves the SNAPSHOT inside {@code ./mvnw verify}, where
 * nothing is installed, and never sees a stale installed copy.
 */
final class FreshProject {

    /** Plugin versions of this build, pinned so the offline build finds them (a user's pom may leave them out). */
    private static final String BUILD = """
                <build>
                    <plugins>
                        <plugin>
                            <groupId>org.apache.maven.plugins</groupId>
                            <artifactId>maven-resources-plugin</artifactId>
                            <version>3.3.1</version>
                        </plugin>
                        <plugin>
                            <groupId>org.apache.maven.plugins</groupId>
                            <artifactId>maven-compiler-plugin</artifactId>
                            <version>3.13.0</version>
                        </plugin>
                    </plugins>
                </build>
            """;

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Path dir;
    private final List<String> modules = new ArrayList<>();

    FreshProject(Path dir) {
        this.dir = dir;
    }

    /** Adds a module {@code name} whose pom.xml holds {@code dependencies} (a page's block); returns its folder. */
    Path module(String name, String dependencies) throws IOException {
        Path module = dir.resolve(name);
        Files.createDirectories(module);
        Files.writeString(module.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                    <modelVersion>4.0.0</modelVersion>
                    <groupId>com.example</groupId>
                    <artifactId>%s</artifactId>
                    <version>1.0</version>
                    <properties>
                        <maven.compiler.release>17</maven.compiler.release>
                        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    </properties>
                %s%s</project>
                """.formatted(name, indent(dependencies), BUILD));
        modules.add(name);
        return module;
    }

    /** Writes {@code content} to {@code path} below {@code module}. */
    static void write(Path module, String path, String content) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /**
     * Builds every module ({@code compile}) and writes each one's runtime class path to {@code <module>/classpath.txt};
     * fails with Maven's output when the build fails or takes longer than {@code timeoutSeconds}.
     */
    void build(long timeoutSeconds) throws Exception {
        StringBuilder aggregator = new StringBuilder("""
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                    <modelVersion>4.0.0</modelVersion>
                    <groupId>com.example</groupId>
                    <artifactId>fresh</artifactId>
                    <version>1.0</version>
                    <packaging>pom</packaging>
                    <modules>
                """);
        for (String module : modules) {
            aggregator.append("        <module>").append(module).append("</module>\n");
        }
        Files.writeString(dir.resolve("pom.xml"), aggregator.append("    </modules>\n</project>\n"));

        Path repo = dir.resolve("repository");
        installThisBuildsCamelVZaps(repo);
        String tail = System.getProperty("fresh.localRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        String mvnw = ROOT.resolve(isWindows() ? "mvnw.cmd" : "mvnw").toString();
        Path log = dir.resolve("maven.log");
        Process maven = new ProcessBuilder(mvnw, "-B", "-o", "-f", dir.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + repo, "-Dmaven.repo.local.tail=" + tail,
                "compile", System.getProperty("fresh.dependencyPlugin", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1")
                        + ":build-classpath", "-Dmdep.outputFile=classpath.txt", "-Dmdep.includeScope=runtime")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            maven.descendants().forEach(ProcessHandle::destroyForcibly);
            maven.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the fresh project's build took over " + timeoutSeconds + " s:\n" + Files.readString(log));
        }
        if (maven.exitValue() != 0) {
            throw new AssertionError("the fresh project does not build:\n" + Files.readString(log));
        }
    }

    /** The class path to run {@code module} with: its classes, then its dependencies. */
    String classpath(String module) throws IOException {
        Path m = dir.resolve(module);
        return m.resolve("target/classes") + File.pathSeparator + Files.readString(m.resolve("classpath.txt")).trim();
    }

    /** camel-vzaps as {@code install} would put it into {@code repo}: jar, pom, and the parent pom it names. */
    private static void installThisBuildsCamelVZaps(Path repo) throws Exception {
        String version = System.getProperty("fresh.vzapsVersion", "0.1.0-SNAPSHOT");
        Path group = repo.resolve("org/camelvzaps");
        Path component = Files.createDirectories(group.resolve("camel-vzaps").resolve(version));
        Path parent = Files.createDirectories(group.resolve("camel-vzaps-parent").resolve(version));
        Files.copy(ROOT.resolve("pom.xml"), parent.resolve("camel-vzaps-parent-" + version + ".pom"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(ROOT.resolve("camel-vzaps-component/pom.xml"), component.resolve("camel-vzaps-" + version + ".pom"),
                StandardCopyOption.REPLACE_EXISTING);
        Path built = Path.of(VZapsComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = component.resolve("camel-vzaps-" + version + ".jar");
        if (Files.isDirectory(built)) {
            jar(built, jar); // a build that stopped before package: its classes
        } else {
            Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
    }

    private static String indent(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n")) {
            out.append("    ").append(line).append('\n');
        }
        return out.toString();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase().contains("win");
    }
}
