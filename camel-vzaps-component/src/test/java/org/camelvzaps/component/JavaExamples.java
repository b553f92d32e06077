package org.camelvzaps.component;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compiles the Java DSL examples of a docs page as RouteBuilders (each block is the body of configure(), its import
 * lines go on top), so the doc example tests run the code exactly as the page shows it.
 */
final class JavaExamples {

    /** An example of a docs page: {@code <!-- example: id -->} followed by a java or yaml code fence. */
    record Block(String id, String dsl, String code) {
    }

    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example: ([a-z0-9-]+) -->\\s*\\n```(java|yaml)\\n(.*?)\\n```", Pattern.DOTALL);

    private final Path doc;
    private final Supplier<Map<String, String>> pageBlocks;
    private final Map<String, Class<?>> compiled = new HashMap<>();
    private boolean batchFailed;

    /** The Java examples of one page; {@code pageBlocks} gives those that can be compiled together (id to code). */
    JavaExamples(Path doc, Supplier<Map<String, String>> pageBlocks) {
        this.doc = doc;
        this.pageBlocks = pageBlocks;
    }

    /** The page's example blocks, in page order; a page without any fails. */
    static List<Block> blocks(Path doc) throws IOException {
        List<Block> blocks = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(Files.readString(doc));
        while (m.find()) {
            blocks.add(new Block(m.group(1), m.group(2), m.group(3)));
        }
        assertFalse(blocks.isEmpty(), doc + " has no <!-- example: id --> blocks");
        return blocks;
    }

    /** The page's Java blocks (id to code) that pass {@code filter}, for compiling them together. */
    static Map<String, String> javaBlocks(Path doc, Predicate<Block> filter) {
        Map<String, String> java = new LinkedHashMap<>();
        try {
            blocks(doc).stream().filter(b -> "java".equals(b.dsl()) && filter.test(b)).forEach(b -> java.put(b.id(), b.code()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java;
    }

    /**
     * Adds an example block (Java or YAML) to the context as routes. The page's Java blocks are compiled together
     * once; when that fails, each on its own, so only the broken example fails. A block rewritten for the test
     * ({@code rewritten}) is compiled on its own.
     */
    void addRoutes(CamelContext context, String id, String dsl, String code, boolean rewritten) throws Exception {
        if ("yaml".equals(dsl)) {
            PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString(id + ".yaml", code));
        } else {
            Class<?> type = rewritten ? compile(Map.of(id, code), doc).get(id) : routeBuilder(id, code);
            context.addRoutes((RoutesBuilder) type.getDeclaredConstructor().newInstance());
        }
    }

    private synchronized Class<?> routeBuilder(String id, String code) throws IOException {
        if (compiled.isEmpty() && !batchFailed) {
            try {
                compiled.putAll(compile(pageBlocks.get(), doc));
            } catch (AssertionError e) {
                batchFailed = true;
            }
        }
        Class<?> type = compiled.get(id);
        if (type == null) {
            type = compile(Map.of(id, code), doc).get(id);
            compiled.put(id, type);
        }
        return type;
    }

    static Map<String, Class<?>> compile(Map<String, String> examples, Path doc) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests need a JDK to compile the Java examples");
        Path out = Files.createTempDirectory("docs-examples");
        List<JavaFileObject> units = new ArrayList<>();
        Map<String, String> classNames = new LinkedHashMap<>();
        for (Map.Entry<String, String> example : examples.entrySet()) {
            String className = "DocsExample_" + example.getKey().replace('-', '_');
            classNames.put(example.getKey(), "docs." + className);
            units.add(source(className, example.getValue()));
        }
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(errors, null, null,
                List.of("-d", out.toString(), "-classpath", String.join(File.pathSeparator, classpath()), "-proc:none",
                        "-Xlint:none", "-nowarn"), null, units).call();
        assertTrue(ok, "Java example " + examples.keySet() + " of " + doc + " does not compile:\n" + errors);
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                JavaExamples.class.getClassLoader());
        Map<String, Class<?>> classes = new LinkedHashMap<>();
        for (Map.Entry<String, String> name : classNames.entrySet()) {
            try {
                classes.put(name.getKey(), loader.loadClass(name.getValue()));
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        return classes;
    }

    /** A RouteBuilder whose configure() is the example; its import lines go on top. */
    private static JavaFileObject source(String className, String code) {
        StringBuilder imports = new StringBuilder("import org.apache.camel.builder.RouteBuilder;\n");
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        String text = "package docs;\n" + imports + "public class " + className + " extends RouteBuilder {\n"
                      + "@Override public void configure() throws Exception {\n" + body + "}\n}\n";
        return new SimpleJavaFileObject(URI.create("string:///docs/" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }

    /** The test classpath, with the entries of a manifest-only jar (as Surefire starts forks) spelled out. */
    private static List<String> classpath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
                continue;
            }
            try (JarFile jar = new JarFile(entry)) {
                Manifest manifest = jar.getManifest();
                String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                if (classPath == null || classPath.isBlank()) {
                    continue;
                }
                for (String item : classPath.trim().split("\\s+")) {
                    URI uri = URI.create(item);
                    Path path = uri.isAbsolute() ? Path.of(uri)
                            : Path.of(entry).toAbsolutePath().getParent().resolve(URLDecoder.decode(item, StandardCharsets.UTF_8));
                    if (Files.exists(path)) {
                        entries.add(path.toString());
                    }
                }
            }
        }
        return new ArrayList<>(entries);
    }
}
