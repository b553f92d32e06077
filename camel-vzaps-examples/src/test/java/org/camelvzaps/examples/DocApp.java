package org.camelvzaps.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of an application as a docs page shows them: each code block marked {@code <!-- app: <name> -->} (the
 * marker line right above the fence), by name.
 */
record DocApp(Path page, Map<String, String> blocks) {

    private static final Pattern BLOCK = Pattern.compile("<!-- app: ([a-z0-9 -]+) -->\\n```[a-z]+\\n(.*?)```", Pattern.DOTALL);

    static DocApp read(Path page) throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(Files.readString(page));
        while (m.find()) {
            if (blocks.put(m.group(1), m.group(2)) != null) {
                throw new IllegalStateException(page + " marks two blocks <!-- app: " + m.group(1) + " -->");
            }
        }
        return new DocApp(page, blocks);
    }

    String block(String name) {
        String block = blocks.get(name);
        if (block == null) {
            throw new IllegalStateException(page + " has no block marked <!-- app: " + name + " --> (it has " + blocks.keySet() + ")");
        }
        return block;
    }
}
