package gongkai.history;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One commit that changed content files.
 *
 * @param order   the commit's position in the history, newest first (0 is the newest commit read); orders the changes
 *                of several files (a unit's history) and is the same for every file the commit changed
 * @param id      the abbreviated commit id, as git shows it ({@code 3f2a9c1})
 * @param date    the author date in {@link GitHistory#ZONE} (Beijing time)
 * @param message the first line of the commit message (the 变更说明), control characters replaced by spaces
 */
public record Revision(int order, String id, LocalDate date, String message) {
    public Revision {
        Objects.requireNonNull(id);
        Objects.requireNonNull(date);
        Objects.requireNonNull(message);
    }
}
