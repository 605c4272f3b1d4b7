package gongkai.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The digest of each template together with everything it includes or imports, read once per build from the
 * templates folder ({@code static/} is not a template: its files are outputs of their own). A page is made again
 * when the digest of its template changes, and only then: a change to {@code print/unit.ftlh} re-renders the unit
 * PDFs and nothing else, a change to {@code layout.ftlh} every page that imports it.
 *
 * <p>Includes are found in the text ({@code <#include "…">}, {@code <#import "…" as …>}), resolved like FreeMarker
 * does (relative to the including template, or from the folder's root with a leading {@code /}). A template that
 * names what it includes with an expression instead of a literal depends, to be safe, on every template.
 */
public final class TemplateDigests {

    private static final Pattern DIRECTIVE = Pattern.compile("<#(?:include|import)\\b\\s*(\"([^\"]*)\"|'([^']*)')?");

    private final Map<String, byte[]> files;
    private final Map<String, String> closures = new ConcurrentHashMap<>();

    private TemplateDigests(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Reads every file of the templates folder except those under {@code static/}. */
    public static TemplateDigests read(Path templates) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(templates)) {
            try (Stream<Path> walk = Files.walk(templates)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    String name = templates.relativize(f).toString().replace('\\', '/');
                    if (!name.startsWith("static/")) {
                        files.put(name, Files.readAllBytes(f));
                    }
                }
            }
        }
        return new TemplateDigests(files);
    }

    /** The digest of every template together. */
    public String all() {
        return closures.computeIfAbsent("", n -> {
            Digest d = Digest.start();
            files.forEach((name, bytes) -> d.add(name).add(bytes));
            return d.hex();
        });
    }

    /** The digest of template {@code name} and everything it includes, transitively. */
    public String of(String name) {
        return closures.computeIfAbsent(name, this::closure);
    }

    private String closure(String name) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(name);
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            byte[] bytes = files.get(next);
            if (bytes == null) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            while (m.find()) {
                if (m.group(1) == null) {
                    seen.addAll(files.keySet());
                    todo.clear();
                    break;
                }
                todo.add(resolve(next, m.group(2) != null ? m.group(2) : m.group(3)));
            }
        }
        Digest d = Digest.start();
        for (String n : seen) {
            d.add(n).add(files.getOrDefault(n, new byte[0]));
        }
        return d.hex();
    }

    /** {@code name} as included from template {@code from}. */
    static String resolve(String from, String name) {
        if (name.startsWith("/")) {
            return Path.of(name.substring(1)).normalize().toString().replace('\\', '/');
        }
        Path parent = Path.of(from).getParent();
        return (parent == null ? Path.of(name) : parent.resolve(name)).normalize().toString().replace('\\', '/');
    }
}
