package gongkai.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An indicator taxonomy: the 一级指标 and the 二级指标 each allows.
 *
 * @param aliases other names a form prints for a 二级指标 (社会公众或服务对象满意度指标 for 服务对象满意度指标), each
 *                with the name it stands for
 */
public record Framework(String id, String name, List<Level1> level1, Map<String, String> aliases) {

    /**
     * A score written after a 一级指标's name in the same cell, as forms print it: {@code (0-20)分}, {@code (70分)},
     * {@code （30分）}, {@code 20分}.
     */
    private static final Pattern SCORE_SUFFIX =
            Pattern.compile("\\s*[（(]?\\s*[0-9０-９.．]+(?:\\s*[-－~～—–至]\\s*[0-9０-９.．]+)?\\s*分?\\s*[)）]?\\s*分?\\s*");

    public record Level1(String name, boolean required, List<String> level2) {
        public Level1 {
            level2 = List.copyOf(level2);
        }
    }

    public Framework {
        level1 = List.copyOf(level1);
        aliases = Map.copyOf(aliases);
    }

    public Framework(String id, String name, List<Level1> level1) {
        this(id, name, level1, Map.of());
    }

    /** The 一级指标 written as {@code level1Name}, also when a score follows the name ({@code 成本指标(0-20)分}). */
    public Optional<Level1> find(String level1Name) {
        String bare = bare(level1Name);
        for (Level1 l : level1) {
            if (l.name().equals(level1Name) || l.name().equals(bare)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code level2Name}, or the 二级指标 it is an alias of, belongs to {@code l1}. */
    public boolean allows(Level1 l1, String level2Name) {
        return l1.level2().contains(level2Name) || l1.level2().contains(aliases.getOrDefault(level2Name, level2Name));
    }

    /** The name a 二级指标 stands for: itself, or the name it is an alias of. */
    public String canonical(String level2Name) {
        return aliases.getOrDefault(level2Name, level2Name);
    }

    /**
     * A 一级指标 as written without a score after it: {@code 成本指标} for {@code 成本指标(0-20)分}. Text that is only a
     * score, or has no digit after the name, is returned as it is.
     */
    public static String bare(String level1Name) {
        if (!hasDigit(level1Name)) {
            return level1Name; // no tail of it can be a score
        }
        for (int i = 1; i < level1Name.length(); i++) {
            String tail = level1Name.substring(i);
            if (hasDigit(tail) && SCORE_SUFFIX.matcher(tail).matches()) {
                return level1Name.substring(0, i).strip();
            }
        }
        return level1Name;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
