import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the starter's {@code VZapsComponentConfiguration} (the {@code camel.component.vzaps.*} properties) from the
 * component's catalog JSON, so a new component option reaches Spring Boot with no edit in the starter. Run by the
 * starter's build (exec-maven-plugin, generate-sources) as a single-file Java program:
 * {@code java -cp <starter's compile class path> GenerateComponentConfiguration.java <output source folder>}. The
 * catalog is read from the class path, i.e. from the camel-vzaps jar (or classes) the starter is built against.
 * <p>
 * Every {@code componentProperties} entry becomes a nullable field (primitives boxed) with the catalog's description
 * as Javadoc (the Spring Boot configuration processor turns it into spring-configuration-metadata.json) and its
 * default, and a setter that records the option as explicitly set; enum options are checked in their setter. The
 * class also lists the options the catalog marks secret (masked by the starter's sanitizer) and the object types a
 * bean reference may name (resolved by VZapsComponentConverter).
 */
public class GenerateComponentConfiguration {

    static final String CATALOG = "META-INF/org/camelvzaps/component/vzaps.json";
    static final String PACKAGE = "org.camelvzaps.springboot";
    static final String CLASS = "VZapsComponentConfiguration";
    static final String PREFIX = "camel.component.vzaps";

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GenerateComponentConfiguration <output source folder>");
        }
        JsonNode catalog;
        // the system class loader holds -classpath; on Java 22+ the source launcher loads this class in a loader of its own
        try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream(CATALOG)) {
            if (in == null) {
                throw new IllegalStateException(CATALOG + " is not on the class path: run with the camel-vzaps jar on -cp");
            }
            catalog = new ObjectMapper().readTree(in);
        }
        JsonNode options = catalog.path("componentProperties");
        if (!options.isObject() || options.isEmpty()) {
            throw new IllegalStateException(CATALOG + " has no componentProperties");
        }
        Path file = Path.of(args[0], PACKAGE.replace('.', '/'), CLASS + ".java");
        Files.createDirectories(file.getParent());
        String source = write(options);
        if (!Files.exists(file) || !Files.readString(file).equals(source)) {
            Files.writeString(file, source, StandardCharsets.UTF_8);
        }
        System.out.println("Wrote " + file + " (" + options.size() + " options from " + CATALOG + ")");
    }

    static String write(JsonNode options) {
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        Set<String> secrets = new LinkedHashSet<>();
        Set<String> beanTypes = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : options.properties()) {
            String name = entry.getKey();
            JsonNode option = entry.getValue();
            String javaType = option.path("javaType").asText();
            String type = boxed(javaType);
            String description = option.path("description").asText().trim();
            if ("object".equals(option.path("type").asText())) {
                description += " The option is a " + javaType + " type; set it to a bean reference: #bean:name or"
                        + " #type:class.name.";
                beanTypes.add(erased(javaType));
            }
            JsonNode allowed = option.get("enum");
            if (allowed != null && allowed.isArray()) {
                List<String> values = new ArrayList<>();
                allowed.forEach(value -> values.add(value.asText()));
                description += " One of: " + String.join(", ", values) + ".";
            }
            if (option.path("secret").asBoolean()) {
                secrets.add(name);
            }
            fields.append(javadoc("    ", description));
            fields.append("    private ").append(simple(type)).append(' ').append(name);
            JsonNode defaultValue = option.get("defaultValue");
            if (defaultValue != null && !defaultValue.isNull()) {
                fields.append(" = ").append(literal(name, type, defaultValue));
            }
            fields.append(";\n\n");

            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            accessors.append("    public ").append(simple(type)).append(" get").append(capitalized).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n\n");
            accessors.append("    public void set").append(capitalized).append('(').append(simple(type)).append(' ')
                    .append(name).append(") {\n");
            if (allowed != null && allowed.isArray() && "java.lang.String".equals(type)) {
                accessors.append("        checkEnum(\"").append(kebab(name)).append("\", ").append(name);
                allowed.forEach(value -> accessors.append(", ").append(quote(value.asText())));
                accessors.append(");\n");
            }
            accessors.append("        this.").append(name).append(" = ").append(name).append(";\n")
                    .append("        explicitlySet.add(\"").append(name).append("\");\n    }\n\n");
        }

        StringBuilder out = new StringBuilder();
        out.append("// Generated by src/build/java/GenerateComponentConfiguration.java from the vzaps component's catalog\n")
                .append("// (").append(CATALOG).append("): do not edit; add or change the option in the component.\n")
                .append("package ").append(PACKAGE).append(";\n\n")
                .append("import java.util.Arrays;\nimport java.util.Collections;\nimport java.util.LinkedHashSet;\n")
                .append("import java.util.List;\nimport java.util.Set;\n\n")
                .append("import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n")
                .append("import org.springframework.boot.context.properties.ConfigurationProperties;\n\n")
                .append("/**\n")
                .append(" * The {@code ").append(PREFIX).append(".*} properties: every option of the vzaps component (its\n")
                .append(" * {@code componentProperties} in the catalog JSON), bound with Spring's relaxed binding ({@code base-url},\n")
                .append(" * {@code client-token}, ...). The defaults are documentation only: {@link VZapsComponentAutoConfiguration}\n")
                .append(" * applies just the options whose setter Spring called (see {@link #explicitlySetOptions()}), so a\n")
                .append(" * {@code VZapsComponent} bean configured in code keeps its values for the options the properties leave out.\n")
                .append(" */\n")
                .append("@ConfigurationProperties(prefix = \"").append(PREFIX).append("\", ignoreUnknownFields = false)\n")
                .append("public class ").append(CLASS).append(" extends ComponentConfigurationPropertiesCommon {\n\n")
                .append("    /** The options the catalog marks secret (as the component spells them): masked by VZapsSanitizer. */\n")
                .append("    public static final Set<String> SECRET_OPTIONS = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(\n")
                .append(joinQuoted(secrets)).append(")));\n\n")
                .append("    /** The types of the options that take a bean reference: VZapsComponentConverter resolves them. */\n")
                .append("    public static final List<Class<?>> BEAN_TYPES = List.of(\n").append(joinClasses(beanTypes))
                .append(");\n\n")
                .append("    /**\n     * Whether to enable auto configuration of the vzaps component. This is enabled by default.\n     */\n")
                .append("    private Boolean enabled;\n\n")
                .append(fields)
                .append("    private final Set<String> explicitlySet = new LinkedHashSet<>();\n\n")
                .append(accessors)
                .append("    /** Names (as the component spells them) of the options a property set, in binding order. */\n")
                .append("    public Set<String> explicitlySetOptions() {\n")
                .append("        return Collections.unmodifiableSet(explicitlySet);\n    }\n\n")
                .append("    private static void checkEnum(String property, String value, String... allowed) {\n")
                .append("        if (value != null && !Arrays.asList(allowed).contains(value)) {\n")
                .append("            throw new IllegalArgumentException(\"").append(PREFIX)
                .append(".\" + property + \"=\" + value\n")
                .append("                    + \" is not one of \" + String.join(\", \", allowed));\n")
                .append("        }\n    }\n}\n");
        return out.toString();
    }

    static String boxed(String javaType) {
        return switch (javaType) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            case "float" -> "java.lang.Float";
            case "short" -> "java.lang.Short";
            case "byte" -> "java.lang.Byte";
            case "char" -> "java.lang.Character";
            case "" -> throw new IllegalStateException("an option in " + CATALOG + " has no javaType");
            default -> javaType.replace("$", ".");
        };
    }

    /** The type as written in the source: java.lang types by their simple name, the others fully qualified. */
    static String simple(String type) {
        return type.startsWith("java.lang.") && type.indexOf('.', 10) < 0 ? type.substring(10) : type;
    }

    static String erased(String javaType) {
        int generic = javaType.indexOf('<');
        return generic < 0 ? javaType : javaType.substring(0, generic);
    }

    static String literal(String name, String type, JsonNode value) {
        String text = value.asText();
        return switch (type) {
            case "java.lang.String" -> quote(text);
            case "java.lang.Boolean" -> Boolean.toString(Boolean.parseBoolean(text));
            case "java.lang.Integer" -> Integer.toString(Integer.parseInt(text));
            case "java.lang.Long" -> Long.parseLong(text) + "L";
            case "java.lang.Double" -> Double.parseDouble(text) + "d";
            default -> throw new IllegalStateException("option " + name + ": no way to write the default '" + text
                    + "' of a " + type + "; teach GenerateComponentConfiguration.literal this type");
        };
    }

    static String javadoc(String indent, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : escaped.split("\\s+")) {
            if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > 120) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        lines.forEach(l -> out.append(indent).append(" * ").append(l).append('\n'));
        return out.append(indent).append(" */\n").toString();
    }

    static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    static String joinQuoted(Set<String> names) {
        return String.join(",\n", names.stream().map(n -> "            " + quote(n)).toList());
    }

    static String joinClasses(Set<String> types) {
        return String.join(",\n", types.stream().map(t -> "            " + t.replace("$", ".") + ".class").toList());
    }

    static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase();
    }
}
