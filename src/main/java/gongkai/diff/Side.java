package gongkai.diff;

import java.util.Optional;

/**
 * One side of a comparison as it is named to the reader: a revision as it was typed with its abbreviated commit id
 * ({@code HEAD~1（4f2a9c1）}), or the working tree ({@code 工作区}).
 */
public record Side(Optional<String> revision, String commit) {

    public static Side revision(String revision, String commit) {
        return new Side(Optional.of(revision), commit);
    }

    public static Side workingTree() {
        return new Side(Optional.empty(), "");
    }

    /** {@code HEAD~1（4f2a9c1）} or {@code 工作区}. */
    public String label() {
        return revision.map(r -> r + "（" + commit + "）").orElse("工作区");
    }
}
