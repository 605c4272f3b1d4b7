package gongkai.diff;

import gongkai.diff.SiteDiff.ProjectDiff;
import gongkai.diff.SiteDiff.Status;
import gongkai.diff.SiteDiff.UnitDiff;
import gongkai.diff.SiteDiff.YearDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Writes a {@link SiteDiff} for people: as plain text (one line per unit and per project, for a terminal) or as
 * Markdown (a heading, then one bullet list per unit and per project, for a pull-request comment). Pure.
 */
public final class DiffReport {

    /** Texts up to this many characters are shown whole; longer ones as an excerpt around what changed. */
    static final int SHORT = 40;
    /** Unchanged characters shown on each side of the changed part of a long text. */
    static final int CONTEXT = 10;
    /** The longest changed part shown of a long text. */
    static final int MIDDLE = 60;

    private static final String TITLE = "预算绩效目标的修改";

    private DiffReport() {}

    public static String text(SiteDiff diff, Side from, Side to) {
        StringBuilder out = new StringBuilder();
        out.append(TITLE).append('：').append(from.label()).append(" → ").append(to.label()).append('\n');
        out.append(summary(diff)).append('\n');
        UnaryOperator<String> esc = s -> s;
        if (!diff.site().isEmpty()) {
            out.append('\n').append("网站设置：").append(join(diff.site(), esc)).append('\n');
        }
        for (YearDiff y : diff.years()) {
            if (y.status() != Status.CHANGED) {
                out.append('\n').append(verb(y.status())).append(' ').append(y.year()).append(" 年度：").append(yearTotals(y)).append('\n');
                continue;
            }
            if (!y.changes().isEmpty()) {
                out.append('\n').append(y.year()).append(" 年度：").append(join(y.changes(), esc)).append('\n');
            }
            for (UnitDiff u : y.units()) {
                out.append('\n').append(y.year()).append(" 年度 ").append(unitTitle(u));
                if (u.status() != Status.CHANGED) {
                    out.append('：').append(unitTotals(u));
                } else if (!u.changes().isEmpty()) {
                    out.append('：').append(join(u.changes(), esc));
                }
                out.append('\n');
                for (ProjectDiff p : u.projects()) {
                    out.append("  ").append(projectTitle(p, esc)).append('：')
                            .append(p.status() == Status.CHANGED ? join(p.changes(), esc) : projectTotals(p)).append('\n');
                }
            }
        }
        return out.toString();
    }

    public static String markdown(SiteDiff diff, Side from, Side to) {
        UnaryOperator<String> esc = DiffReport::escape;
        StringBuilder out = new StringBuilder();
        out.append("### ").append(TITLE).append("\n\n");
        out.append(markdownSide(from)).append(" → ").append(markdownSide(to)).append("：").append(summary(diff)).append('\n');
        if (!diff.site().isEmpty()) {
            section(out, "网站设置", diff.site().stream().map(c -> change(c, esc)).toList());
        }
        for (YearDiff y : diff.years()) {
            if (y.status() != Status.CHANGED) {
                section(out, verb(y.status()) + " " + y.year() + " 年度", List.of(yearTotals(y)));
                continue;
            }
            if (!y.changes().isEmpty()) {
                section(out, y.year() + " 年度", y.changes().stream().map(c -> change(c, esc)).toList());
            }
            for (UnitDiff u : y.units()) {
                out.append("\n#### ").append(y.year()).append(" 年度 ").append(esc.apply(unitTitle(u))).append('\n');
                List<String> items = u.status() != Status.CHANGED ? List.of(unitTotals(u))
                        : u.changes().stream().map(c -> change(c, esc)).toList();
                bullets(out, items);
                for (ProjectDiff p : u.projects()) {
                    out.append("\n**").append(projectTitle(p, esc)).append("**\n");
                    bullets(out, p.status() == Status.CHANGED ? p.changes().stream().map(c -> change(c, esc)).toList()
                            : List.of(projectTotals(p)));
                }
            }
        }
        return out.toString();
    }

    /** {@code 删除 1 个项目，修改 1 个单位、1 个项目。}, or that nothing the site shows has changed. */
    static String summary(SiteDiff diff) {
        if (diff.isEmpty()) {
            return "公开内容没有修改。";
        }
        SiteDiff.Counts c = diff.counts();
        List<String> parts = new ArrayList<>();
        if (!diff.site().isEmpty()) {
            parts.add("修改网站设置");
        }
        counted(parts, "新增", c.yearsAdded(), c.unitsAdded(), c.projectsAdded());
        counted(parts, "删除", c.yearsRemoved(), c.unitsRemoved(), c.projectsRemoved());
        counted(parts, "修改", c.yearsChanged(), c.unitsChanged(), c.projectsChanged());
        return String.join("，", parts) + "。";
    }

    private static void counted(List<String> parts, String verb, int years, int units, int projects) {
        List<String> what = new ArrayList<>();
        if (years > 0) {
            what.add(years + " 个年度");
        }
        if (units > 0) {
            what.add(units + " 个单位");
        }
        if (projects > 0) {
            what.add(projects + " 个项目");
        }
        if (!what.isEmpty()) {
            parts.add(verb + " " + String.join("、", what));
        }
    }

    private static String verb(Status status) {
        return switch (status) {
            case ADDED -> "新增";
            case REMOVED -> "删除";
            case CHANGED -> "修改";
        };
    }

    private static String yearTotals(YearDiff y) {
        return y.unitCount() + " 个单位、" + y.projectCount() + " 个项目，预算数合计 " + y.total() + " 万元";
    }

    private static String unitTitle(UnitDiff u) {
        return (u.status() == Status.CHANGED ? "" : verb(u.status())) + "单位 " + u.code() + " " + u.name();
    }

    private static String unitTotals(UnitDiff u) {
        return u.projectCount() + " 个项目，预算数合计 " + u.total() + " 万元";
    }

    private static String projectTitle(ProjectDiff p, UnaryOperator<String> esc) {
        return (p.status() == Status.CHANGED ? "" : verb(p.status())) + "项目 " + esc.apply(p.code()) + " " + esc.apply(p.name());
    }

    private static String projectTotals(ProjectDiff p) {
        return "预算数 " + p.total() + " 万元，" + p.indicatorCount() + " 项绩效指标";
    }

    private static String markdownSide(Side side) {
        return side.revision().map(r -> "`" + r.replace("`", "") + "`（" + side.commit() + "）").orElse("工作区");
    }

    private static void section(StringBuilder out, String heading, List<String> items) {
        out.append("\n#### ").append(heading).append('\n');
        bullets(out, items);
    }

    private static void bullets(StringBuilder out, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.append('\n');
        items.forEach(i -> out.append("- ").append(i).append('\n'));
    }

    private static String join(List<Change> changes, UnaryOperator<String> esc) {
        return changes.stream().map(c -> change(c, esc)).collect(Collectors.joining("；"));
    }

    /** One change as a phrase: {@code 预算数 30.00 → 32.00 万元}, {@code 新增指标 质量指标/运行正常运转率 ≥95%}. */
    static String change(Change change, UnaryOperator<String> esc) {
        if (change instanceof Change.Edited e) {
            return edited(e, esc);
        } else if (change instanceof Change.IndicatorAdded a) {
            return "新增指标 " + esc.apply(flat(a.key())) + (a.value().isEmpty() ? "" : " " + esc.apply(flat(a.value())));
        } else if (change instanceof Change.IndicatorRemoved r) {
            return "删除指标 " + esc.apply(flat(r.key())) + (r.value().isEmpty() ? "" : " " + esc.apply(flat(r.value())));
        } else if (change instanceof Change.IndicatorChanged c) {
            return "指标 " + esc.apply(flat(c.key())) + " " + c.edits().stream().map(e -> edited(e, esc)).collect(Collectors.joining("，"));
        } else if (change instanceof Change.IndicatorsReordered) {
            return "指标顺序有调整";
        } else if (change instanceof Change.GoalAdded a) {
            return "新增分项绩效目标“" + esc.apply(flat(a.title())) + "”";
        } else if (change instanceof Change.GoalRemoved r) {
            return "删除分项绩效目标“" + esc.apply(flat(r.title())) + "”";
        } else if (change instanceof Change.InTable t) {
            return esc.apply(t.table()) + " " + change(t.change(), esc);
        } else if (change instanceof Change.TableAdded a) {
            return "新增" + esc.apply(a.table()) + "，" + a.rows() + " 行绩效指标";
        } else if (change instanceof Change.TableRemoved r) {
            return "删除" + esc.apply(r.table()) + "，" + r.rows() + " 行绩效指标";
        } else if (change instanceof Change.GoalChanged c) {
            return "分项绩效目标“" + esc.apply(flat(c.title())) + "” " + c.edits().stream().map(e -> edited(e, esc)).collect(Collectors.joining("，"));
        } else {
            return "分项绩效目标顺序有调整";
        }
    }

    private static String edited(Change.Edited e, UnaryOperator<String> esc) {
        String head = esc.apply(e.label()) + (e.qualifier().isEmpty() ? "" : " " + esc.apply(e.qualifier())) + " ";
        Optional<String> before = e.before().map(DiffReport::flat);
        Optional<String> after = e.after().map(DiffReport::flat);
        switch (e.field().kind()) {
            case AMOUNT:
                if (before.isPresent() && after.isPresent()) {
                    return head + before.get() + " → " + after.get() + " 万元";
                }
                return head + before.map(b -> b + " 万元").orElse("空白") + " → " + after.map(a -> a + " 万元").orElse("空白");
            case VALUE:
                return head + before.map(esc).orElse("空白") + " → " + after.map(esc).orElse("空白");
            default:
                if (before.isPresent() && after.isPresent()) {
                    String[] x = excerpt(before.get(), after.get());
                    return head + "“" + esc.apply(x[0]) + "” → “" + esc.apply(x[1]) + "”";
                }
                return head + before.map(b -> "“" + esc.apply(alone(b)) + "”").orElse("空白")
                        + " → " + after.map(a -> "“" + esc.apply(alone(a)) + "”").orElse("空白");
        }
    }

    /** Line breaks inside a value, shown as ↵ so that each change stays on its line. */
    static String flat(String s) {
        return s.strip().replaceAll("\\R", "↵");
    }

    /**
     * The parts of two texts that differ, with a little unchanged text on each side: short texts whole, long ones as
     * {@code …的正常运行和安全播出} / {@code …的正常运行}.
     */
    static String[] excerpt(String before, String after) {
        int[] a = before.codePoints().toArray();
        int[] b = after.codePoints().toArray();
        if (a.length <= SHORT && b.length <= SHORT) {
            return new String[] {before, after};
        }
        int p = 0;
        while (p < a.length && p < b.length && a[p] == b[p]) {
            p++;
        }
        int s = 0;
        while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] == b[b.length - 1 - s]) {
            s++;
        }
        return new String[] {cut(a, p, s), cut(b, p, s)};
    }

    private static String cut(int[] cps, int prefix, int suffix) {
        StringBuilder out = new StringBuilder();
        if (prefix > CONTEXT) {
            out.append('…').append(str(cps, prefix - CONTEXT, prefix));
        } else {
            out.append(str(cps, 0, prefix));
        }
        int end = cps.length - suffix;
        if (end - prefix > MIDDLE) {
            return out.append(str(cps, prefix, prefix + MIDDLE)).append('…').toString();
        }
        out.append(str(cps, prefix, end));
        if (suffix > CONTEXT) {
            out.append(str(cps, end, end + CONTEXT)).append('…');
        } else {
            out.append(str(cps, end, cps.length));
        }
        return out.toString();
    }

    /** A text that was added or removed as a whole: its beginning. */
    private static String alone(String text) {
        int[] cps = text.codePoints().toArray();
        return cps.length <= MIDDLE ? text : str(cps, 0, MIDDLE) + "…";
    }

    private static String str(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    /**
     * Content text inside a Markdown line: the characters that Markdown or GitHub read as markup within a line
     * (emphasis, code, links, HTML, tables, math, mentions, issue references) are escaped. Content never starts a
     * line, so list and heading markers need no escaping.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>#|~!&$@".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
