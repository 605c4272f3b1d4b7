package gongkai.source;

import gongkai.diag.Diagnostics;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What checking and parsing each content file gave, kept from one load of a content folder to the next (the preview
 * server loads again after every save), so that only the files whose text changed are checked and parsed again.
 *
 * <p>A result is used again only for the same path and exactly the same text, compared in full (not by a hash), so
 * it is always what checking and parsing that text afresh would give: the nodes, their positions and the file's
 * diagnostics depend on nothing else. Each load drops the entries of files it did not read, so the cache holds what
 * the last load read, which its {@link SourceTree} holds anyway. Kept in memory only; safe to use from several
 * threads.
 */
public final class ParseCache {

    /**
     * One file's text after checking ({@link ContentText}) and, for YAML, parsing: {@code fit} is false when the text
     * was refused before parsing; {@code root} is empty when it was not parsed or could not be. {@code diagnostics}
     * holds what was found and is not changed after it is made.
     */
    record Parsed(SourceFile file, boolean yaml, boolean fit, Optional<Node> root, Diagnostics diagnostics) {}

    private final ConcurrentHashMap<String, Parsed> byPath = new ConcurrentHashMap<>();

    /** The cached result for this path and text, or {@code parse}'s, which is then kept. */
    Parsed get(String path, String text, boolean yaml, Supplier<Parsed> parse) {
        Parsed known = byPath.get(path);
        if (known != null && known.yaml() == yaml && known.file().text().equals(text)) {
            return known;
        }
        Parsed parsed = parse.get();
        byPath.put(path, parsed);
        return parsed;
    }

    /** Drops the results of every file but these (the files the last load read). */
    void keepOnly(Set<String> paths) {
        byPath.keySet().retainAll(paths);
    }

    /** How many files' results are kept. */
    public int size() {
        return byPath.size();
    }
}
