package org.camelvzaps.component;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository explains itself: no source, doc, README, pom or resource cites a document that is not in it (the
 * product design, outside notes on the API, a Camel guide, response-shape notes, or a numbered section of any of them).
 * Such a citation tells a reader of the repository or of the published jar to look where they cannot; write the
 * fact itself, or link a page under {@code docs/} ({@code docs/api-notes.md} holds what the VZaps API does).
 *
 * <p>Every text file of the checkout is scanned, build output and VCS folders excepted, so a new module or file
 * type is covered without a change here.
 */
class SelfContainedRepoTest {

    /** Phrases that only make sense with a document outside the repository at hand. */
    static final Pattern OUTSIDE_CITATION = Pattern.compile(String.join("|",
            "design " + "\u00a7", // the design document, by section
            "design" + "\\.md",
            "API " + "notes", // the outside notes on the API, with or without a section
            "camel" + "-guide",
            "vzaps" + "-api\\.md",
            "response" + "-shapes",
            "/work/" + "shared",
            "shared/" + "fixtures",
            "\u00a7" + " ?[0-9]")); // any numbered section, in any document

    /** Folders never scanned: build output, VCS and IDE state. */
    private static final Set<String> SKIPPED_DIRS = Set.of("target", ".git", ".idea", ".vscode", "node_modules",
            ".mvn", ".quarkus");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("java", "md", "adoc", "xml", "yaml", "yml", "properties",
            "json", "txt", "sh", "cmd", "kt", "groovy", "html", "ts", "js", "cfg", "conf");

    /**
     * Files another change rewrites, with the one citation each may still hold until then. An entry only tolerates
     * that exact text in that file; delete the entry when the file is rewritten.
     */
    private static final Map<String, String> PENDING = Map.of(); // none left: the realtime rewrite removed the last

    @Test
    void noFileCitesADocumentOutsideTheRepository() throws IOException {
        Path root = RepoRoot.find();
        List<Path> files = textFiles(root);
        assertTrue(files.size() > 100, "found only " + files.size() + " text files under " + root);
        assertTrue(files.contains(root.resolve("README.md")) && files.contains(root.resolve("docs/api-notes.md")),
                "the scan misses README.md or docs/");
        List<String> citations = new ArrayList<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (file.getFileName().toString().equals(getClass().getSimpleName() + ".java")) {
                continue; // spells the patterns out in its own comments
            }
            String text = read(file);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = OUTSIDE_CITATION.matcher(lines[i]);
                while (m.find()) {
                    String pending = PENDING.get(relative);
                    if (pending != null && lines[i].contains(pending)) {
                        continue;
                    }
                    citations.add(relative + ":" + (i + 1) + ": '" + m.group() + "' in: " + lines[i].strip());
                }
            }
        }
        assertEquals(List.of(), citations, "these cite a document that is not in the repository: write the fact "
                + "itself, or link a page under docs/ (what the VZaps API does goes in docs/api-notes.md)");
    }

    @Test
    void thePatternCatchesTheCitationsItIsFor() {
        for (String cited : List.of("see design " + "\u00a76", "(API " + "notes \u00a72.3)", "ORDER MATTERS (camel" + "-guide \u00a74)",
                "`vzaps" + "-api.md`", "notes/response-shapes.md", "the documented types (\u00a75.2)",
                "where the API " + "notes are silent", "copied from shared/fixtures")) {
            assertTrue(OUTSIDE_CITATION.matcher(cited).find(), cited);
        }
        for (String fine : List.of("see [api-notes.md](api-notes.md#authentication)", "docs/architecture.md",
                "the guide's [Errors](vzaps-component.md#errors)", "RFC 9110: delay-seconds")) {
            assertTrue(!OUTSIDE_CITATION.matcher(fine).find(), fine);
        }
    }

    private static List<Path> textFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot > 0 && TEXT_EXTENSIONS.contains(name.substring(dot + 1)) || !name.contains(".")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** The file as UTF-8 text, or null when it is not text (an extension-less binary). */
    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (MalformedInputException binary) {
            return null;
        }
    }
}
