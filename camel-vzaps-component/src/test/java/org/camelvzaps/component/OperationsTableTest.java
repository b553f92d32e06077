package org.camelvzaps.component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.camelvzaps.client.AuthScope;
import org.camelvzaps.client.OperationSpec;
import org.camelvzaps.client.OperationSpec.BodyKind;
import org.camelvzaps.client.Param;
import org.camelvzaps.client.VZapsOperation;
import org.junit.jupiter.api.Test;

/**
 * The operations table of docs/operations.md is rendered from the catalog, so it cannot drift: this test fails when
 * the file differs from what the catalog says. {@code -Dvzaps.updateDocs} writes the table instead.
 */
class OperationsTableTest {

    static final Path DOC = Path.of("..", "docs", "operations.md");

    @Test
    void operationsTableMatchesTheCatalog() throws Exception {
        GeneratedTables.check(DOC, "operations-table", "VZapsOperation by OperationsTableTest", render(),
                "an operation was added, removed or changed in VZapsOperation");
    }

    static String render() {
        StringBuilder table = new StringBuilder();
        table.append("| operation | HTTP call | auth | body | result | headers in | headers out |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        for (VZapsOperation op : VZapsOperation.operations()) {
            OperationSpec spec = op.spec();
            table.append("| `").append(op.name()).append("` | ")
                    .append(call(spec)).append(" | ")
                    .append(spec.auth() == AuthScope.JWT ? "JWT" : "JWT or instance token").append(" | ")
                    .append(body(spec)).append(" | ")
                    .append(typeName(spec.responseType())).append(" | ")
                    .append(headersIn(spec)).append(" | ")
                    .append(headersOut(spec)).append(" |\n");
        }
        return table.toString();
    }

    private static String call(OperationSpec spec) {
        if (spec.isDynamic()) {
            return "any: `CamelVZapsHttpMethod` `CamelVZapsPath`";
        }
        String query = spec.query().stream().map(q -> q.param().queryName() + (q.required() ? "" : "?"))
                .collect(Collectors.joining("&"));
        String calls = spec.pathTemplates().stream().map(path -> "`" + spec.method() + " " + path
                + (query.isEmpty() ? "" : "?" + query) + "`").collect(Collectors.joining(" or "));
        if (spec.fallbackOnMissingRoute() != null) {
            calls += "; on 404/405 `" + spec.fallbackOnMissingRoute() + "`";
        }
        return calls;
    }

    private static String body(OperationSpec spec) {
        if (spec.body() == BodyKind.NONE) {
            return "none (exchange body ignored)";
        }
        List<String> parts = new ArrayList<>();
        String type = typeName(spec.requestType());
        parts.add(switch (spec.body()) {
            case REQUIRED -> type;
            case OPTIONAL -> type + " (optional)";
            default -> type + " (default `{}`)";
        });
        if (spec.textField() != null) {
            parts.add("text → `" + spec.textField() + "`");
        }
        if (spec.media() != null) {
            parts.add("byte[]/File/Path/InputStream → `" + spec.media().field() + "` data URL (max "
                    + spec.media().maxBytes() / (1024 * 1024) + " MB)");
        }
        if (spec.eventMediaKind() != null) {
            parts.add("a received Message event → its `" + spec.eventMediaKind() + "_message`");
        }
        for (OperationSpec.BodyFill fill : spec.fills()) {
            parts.add("`" + fill.field() + "` ← `" + fill.param().header() + "`");
        }
        return String.join("; ", parts);
    }

    private static String headersIn(OperationSpec spec) {
        List<String> names = new ArrayList<>();
        for (Param param : spec.params()) {
            if (spec.fills().stream().noneMatch(f -> f.param() == param)) {
                names.add("`" + param.header() + "`");
            }
        }
        if (spec.media() != null) {
            names.add("`" + VZapsConstants.MIME_TYPE + "`");
            if (spec.media().captionField() != null) {
                names.add("`" + VZapsConstants.CAPTION + "`");
            }
            if (spec.media().fileNameField() != null) {
                names.add("`CamelFileName`");
            }
        }
        return names.isEmpty() ? "–" : String.join(" ", names);
    }

    private static String headersOut(OperationSpec spec) {
        String names = spec.resultHeaders().stream().map(h -> "`" + h.header() + "`").collect(Collectors.joining(" "));
        return names.isEmpty() ? "–" : names;
    }

    private static String typeName(Class<?> type) {
        return JsonNode.class.equals(type) ? "JSON" : type.getSimpleName();
    }
}
