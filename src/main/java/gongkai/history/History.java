package gongkai.history;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The change history of the content files: an input of the build, read once from git before the pages are made
 * ({@link GitHistory}), or given (tests). Immutable; no I/O. Paths are relative to the content folder with forward
 * slashes, such as {@code 2022/425001/projects/13020822P00908810002X.yaml}.
 *
 * @param unavailableReason why there is no history (not a git repository, a shallow clone …), in Chinese for the
 *                          person running the build; empty when the history is available
 * @param changes           for every file changed by some commit, those commits, newest first
 * @param uncommitted       the files whose working-tree state is not committed (modified, added, deleted, untracked)
 */
public record History(Optional<String> unavailableReason, NavigableMap<String, List<Revision>> changes,
                      NavigableSet<String> uncommitted) {

    public History {
        TreeMap<String, List<Revision>> copy = new TreeMap<>();
        changes.forEach((path, revisions) -> copy.put(path, List.copyOf(revisions)));
        changes = Collections.unmodifiableNavigableMap(copy);
        uncommitted = Collections.unmodifiableNavigableSet(new TreeSet<>(uncommitted));
        if (unavailableReason.isPresent() && (!changes.isEmpty() || !uncommitted.isEmpty())) {
            throw new IllegalArgumentException("an unavailable history has no changes");
        }
    }

    /** No history: the pages say 历史记录不可用. */
    public static History unavailable(String reason) {
        return new History(Optional.of(reason), new TreeMap<>(), new TreeSet<>());
    }

    /** A history with these changes (newest first for each file) and these uncommitted files. */
    public static History of(Map<String, List<Revision>> changes, Collection<String> uncommitted) {
        return new History(Optional.empty(), new TreeMap<>(changes), new TreeSet<>(uncommitted));
    }

    public boolean isAvailable() {
        return unavailableReason.isEmpty();
    }

    /** The commits that changed {@code file}, newest first; empty when none did or there is no history. */
    public List<Revision> changes(String file) {
        return changes.getOrDefault(file, List.of());
    }

    /**
     * Whether the file as it is now has not been committed: it differs from the last commit, or no commit has it at
     * all (also when git ignores it). Only meaningful for files that exist; false when there is no history.
     */
    public boolean isUncommitted(String file) {
        return isAvailable() && (uncommitted.contains(file) || !changes.containsKey(file));
    }

    /** Every file below {@code folder} (such as {@code 2022/425001/}) with a commit or an uncommitted change, sorted. */
    public SortedSet<String> filesUnder(String folder) {
        String from = folder.endsWith("/") ? folder : folder + "/";
        String to = from.substring(0, from.length() - 1) + (char) ('/' + 1);
        TreeSet<String> files = new TreeSet<>(changes.subMap(from, to).keySet());
        files.addAll(uncommitted.subSet(from, to));
        return files;
    }
}
