package gongkai.view;

import gongkai.model.IndicatorValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the text of a table cell may break across lines. Pure: no I/O, no state.
 *
 * <p>Chinese text may break between any two characters, so in a narrow column a browser or the PDF renderer breaks
 * {@code ≤65万元} as {@code ≤65万|元} and {@code 满意度指标} as {@code 满意度指|标}: the reader sees a number without
 * its unit, or half a term. A cell's text is therefore split into segments, and a segment marked {@code keep} is
 * printed so that it never breaks inside (the table widens its column instead). Everything else breaks as usual,
 * so long descriptions still wrap. Kept together are:
 *
 * <ul>
 *   <li><b>A short cell, whole</b>: a cell without spaces at most {@code room} ems wide (a Chinese character or
 *       full-width sign is one em, any other character {@value #NARROW} em), such as {@code 数量指标},
 *       {@code 服务对象满意度指标}, {@code 其中：财政资金}, {@code 群众满意度（%）}. These are the labels and terms of the
 *       form; a reader takes them in at a glance, and a break inside any of them reads as two words.</li>
 *   <li><b>A number with its unit</b> in longer text, when it is at most {@code room} ems wide: an optional
 *       comparison ({@code ≥}, {@code ＞}, {@code 不低于}, {@code 大于等于} …, the ones {@link IndicatorValues} reads),
 *       a number ({@code 95}, {@code 93209.07}, {@code 1,200}) and a unit: {@code %}, {@code ‰}, {@code ℃}, or up
 *       to four letters (Chinese or Latin), optionally followed by a slash and up to two more ({@code 万元/月},
 *       {@code 人次/年}); a range joins two of them ({@code 80-100分}, {@code 2023.07-2024.01}). A number alone is
 *       left as it is: neither renderer breaks inside digits.</li>
 * </ul>
 *
 * <p>The unit is taken greedily, so in {@code 完成3项工作任务} the kept segment is {@code 3项工作任}: a segment only
 * removes places to break, it never adds one.
 *
 * <p><b>Room.</b> Every kept segment sets a lower bound on its column's width, and a table whose columns cannot
 * shrink any further runs off the page of the PDF. {@link #rooms(List)} therefore chooses, for one table, the widest
 * segment its cells and headings keep ({@value #MAX_ROOM} ems at most), so that the columns' narrowest widths
 * still fit one line of the A4 page ({@link #LINE_EMS}). The label columns (一级, 二级, 指标值, 分值 …: the form's
 * terms and the values) come first, then the headings: the room of the text columns (三级, 描述, 依据 …) shrinks
 * first, then that of the headings, and only then that of the labels. A number in a text column has the room of its
 * column. With
 * the six columns of the bundled tables every label and value is kept; with nine, headings such as 指标值确定依据 break
 * before 服务对象满意度指标 or ≤2.5万元/月 does.
 */
public final class Breaks {

    /** The widest segment kept together anywhere, in ems; also the room of a cell outside a fitted table. */
    public static final int MAX_ROOM = 9;
    /** The narrowest room a table gets: below it nothing but single characters would be kept. */
    public static final int MIN_ROOM = 2;
    /** The size of the text of an indicator table in the PDF ({@code .indicators} in print.css), in mm (10 pt). */
    static final double FONT_MM = 10 * 25.4 / 72;
    /**
     * One line of a table in the PDF, in ems of its text: A4 (210 mm) less the margins (25 and 18 mm of print.css),
     * 47.3 ems, less one em for the rounding of this estimate.
     */
    public static final double LINE_EMS = (210 - 25 - 18) / FONT_MM - 1;
    /** A cell's padding (1.2 mm each side in print.css) and border (0.6 pt), in ems. */
    public static final double CELL_EMS = (2 * 1.2 + 0.6 * 25.4 / 72) / FONT_MM;
    /** The width of a character that is not full width (digits, Latin letters, {@code %}), in ems, rounded up. */
    public static final double NARROW = 0.6;

    /**
     * A piece of a cell's text.
     *
     * @param keep whether it must not break inside
     */
    public record Segment(String text, boolean keep) {}

    /**
     * A column of a table: its heading and its cells.
     *
     * @param label whether its cells are labels or values, which keep their room longer than text
     */
    public record Column(String heading, List<String> cells, boolean label) {}

    /** The room, in ems, of the label columns, of the headings and of the text columns of one table. */
    public record Rooms(int labels, int headings, int text) {}

    private static final String NUMBER = "[0-9]+(?:[,，][0-9]{3})*(?:\\.[0-9]+)?";
    private static final String UNIT = "(?:[%‰％℃]|[\\p{IsHan}A-Za-z²³]{1,4}(?:/[\\p{IsHan}A-Za-z]{1,2})?)";
    private static final String RANGE = "[-~～–—]";

    private static final Pattern TOKEN = Pattern.compile(
            "(?<cmp>(?:" + comparators() + ") ?)?" + NUMBER + "(?<unit>" + UNIT + ")?"
                    + "(?<range> ?" + RANGE + " ?" + NUMBER + UNIT + "?)?");

    private Breaks() {}

    /** {@link #segments(String, double)} with the room of {@link #MAX_ROOM} ems. */
    public static List<Segment> segments(String text) {
        return segments(text, MAX_ROOM);
    }

    /**
     * The segments of {@code text}, in order; together they are exactly the text. Empty for an empty text.
     *
     * @param room the widest segment to keep together, in ems
     */
    public static List<Segment> segments(String text, double room) {
        List<Segment> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        if (!hasSpace(text) && ems(text) <= room) {
            out.add(new Segment(text, true));
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        int done = 0;
        while (m.find()) {
            boolean token = m.group("cmp") != null || m.group("unit") != null || m.group("range") != null;
            if (!token || ems(m.group()) > room) {
                continue;
            }
            if (m.start() > done) {
                out.add(new Segment(text.substring(done, m.start()), false));
            }
            out.add(new Segment(m.group(), true));
            done = m.end();
        }
        if (done < text.length()) {
            out.add(new Segment(text.substring(done), false));
        }
        return out;
    }

    /**
     * The rooms for one table: the largest room of the label columns, with it the largest room of the headings,
     * and with both the largest room of the text columns (whole ems from {@link #MAX_ROOM} down to
     * {@link #MIN_ROOM}) at which the narrowest width of every column, added up, fits {@link #LINE_EMS}. A column is
     * as narrow as its widest kept segment or its heading, and at least one character wide.
     */
    public static Rooms rooms(List<Column> columns) {
        List<Widths> widths = columns.stream().map(Widths::of).toList();
        for (int labels = MAX_ROOM; labels >= MIN_ROOM; labels--) {
            for (int headings = MAX_ROOM; headings >= MIN_ROOM; headings--) {
                for (int text = MAX_ROOM; text >= MIN_ROOM; text--) {
                    if (narrowest(widths, labels, headings, text) <= LINE_EMS) {
                        return new Rooms(labels, headings, text);
                    }
                }
            }
        }
        return new Rooms(MIN_ROOM, MIN_ROOM, MIN_ROOM);
    }

    /** The narrowest the table can be with these rooms, in ems. */
    static double narrowest(List<Column> columns, Rooms rooms) {
        return narrowest(columns.stream().map(Widths::of).toList(), rooms.labels(), rooms.headings(), rooms.text());
    }

    private static double narrowest(List<Widths> columns, double labels, double headings, double text) {
        double total = 0;
        for (Widths c : columns) {
            double widest = Math.max(1, c.heading().widestKept(headings));
            for (Kept cell : c.cells()) {
                widest = Math.max(widest, cell.widestKept(c.label() ? labels : text));
            }
            total += widest + CELL_EMS;
        }
        return total;
    }

    /** The segments a text may keep: the whole text (NaN when it has spaces) and each number with its unit, in ems. */
    private record Kept(double whole, double[] tokens) {
        static Kept of(String text) {
            List<Double> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                if (m.group("cmp") != null || m.group("unit") != null || m.group("range") != null) {
                    tokens.add(ems(m.group()));
                }
            }
            return new Kept(hasSpace(text) ? Double.NaN : ems(text), tokens.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** The widest segment {@link #segments(String, double)} keeps with this room; 0 when none. */
        double widestKept(double room) {
            if (whole <= room) {
                return whole;
            }
            double widest = 0;
            for (double t : tokens) {
                if (t <= room) {
                    widest = Math.max(widest, t);
                }
            }
            return widest;
        }
    }

    private record Widths(Kept heading, List<Kept> cells, boolean label) {
        static Widths of(Column c) {
            return new Widths(Kept.of(c.heading()), c.cells().stream().map(Kept::of).toList(), c.label());
        }
    }

    /** The width of {@code text} in ems: one per full-width character, {@link #NARROW} per other. */
    static double ems(String text) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            ems += wide(cp) ? 1 : NARROW;
            i += Character.charCount(cp);
        }
        return ems;
    }

    private static boolean hasSpace(String text) {
        return text.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /**
     * Whether a character takes a full em in a Chinese font: CJK ideographs, kana, hangul, CJK and full-width
     * punctuation, and the comparison signs {@code ≥ ≤ ⩾ ⩽}, which Chinese fonts draw full width.
     */
    static boolean wide(int cp) {
        return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD) || (cp >= 0x2260 && cp <= 0x2267) || (cp >= 0x2A7D && cp <= 0x2A7E);
    }

    /** The comparisons as one alternation, longest first, with the full-width forms that NFKC folds for the checker. */
    private static String comparators() {
        List<String> all = new ArrayList<>(IndicatorValues.comparators());
        all.addAll(List.of("＞", "＜", "＝", "＞＝", "＜＝"));
        return all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
