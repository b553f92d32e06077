package org.camelvzaps.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An application in its own JVM, its output in a file; {@link #close()} ends it by its pid, bounded. */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private AppProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Runs {@code mainClass} with {@code classpath} in {@code workDir}, with {@code env} and {@code -D} properties. */
    static AppProcess start(Path workDir, String classpath, String mainClass, Map<String, String> env,
                            Map<String, String> systemProperties) throws IOException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", classpath, mainClass));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Path output = workDir.resolve("app.log");
        builder.redirectOutput(output.toFile());
        builder.environment().putAll(env);
        return new AppProcess(builder.start(), output);
    }

    /** Everything the application printed so far. */
    String output() {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        ProcessHandle handle = process.toHandle();
        handle.destroy(); // SIGTERM: Camel Main stops its routes
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            handle.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
