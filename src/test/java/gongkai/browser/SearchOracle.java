package gongkai.browser;

import gongkai.format.ProjectField;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.model.UnitTable;
import gongkai.search.Tokenizer;
import gongkai.view.ViewBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a search should find, worked out the slow and obvious way from the model: every unit (code, name, 主管部门,
 * and the 部门（单位）职责 and 年度总体绩效目标 of its 部门（单位）整体绩效目标表), project (code, name, 资金用途, 绩效目标,
 * 项目分类) and indicator (一级, 二级, 三级, 指标值) whose texts contain each word of the query (Han text anywhere, letters and digits at the start of a
 * word), with the page (and row) a result links to. No index involved.
 */
final class SearchOracle {

    private SearchOracle() {}

    /** Links by group ({@code u}, {@code p}, {@code i}), relative to the site root. */
    static Map<String, List<String>> expected(Site site, String query) {
        List<String> needles = Tokenizer.runs(Tokenizer.normalize(query));
        Map<String, List<String>> out = new TreeMap<>(Map.of("u", new ArrayList<>(), "p", new ArrayList<>(), "i", new ArrayList<>()));
        for (FiscalYear y : site.years()) {
            for (Unit u : y.units()) {
                if (matches(needles, u.code(), u.name(), u.department().orElse(""), u.table().flatMap(UnitTable::duties).orElse(""),
                        u.table().flatMap(UnitTable::target).orElse(""))) {
                    out.get("u").add(ViewBuilder.unitPath(y.year(), u.code()));
                }
                for (Project p : u.projects()) {
                    String page = ViewBuilder.projectPath(y.year(), u.code(), p.code());
                    if (matches(needles, p.code(), p.name(), p.purpose().orElse(""), p.goal(), p.text(ProjectField.CATEGORY).orElse(""))) {
                        out.get("p").add(page);
                    }
                    for (int k = 0; k < p.indicators().size(); k++) {
                        Indicator i = p.indicators().get(k);
                        if (matches(needles, i.level1(), i.level2().orElse(""), i.level3(), i.value().text())) {
                            out.get("i").add(page + "#" + ViewBuilder.indicatorAnchor(k));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The same links in the order the results are shown: first documents whose title field (a unit's or project's
     * name or code, an indicator's 三级指标 or 指标值) is the query itself (a query of one word only), then those with
     * a match in a title field, then the rest; within each, by year (newest first) and then as the disclosure orders
     * them.
     */
    static Map<String, List<String>> ranked(Site site, String query) {
        List<String> needles = Tokenizer.runs(Tokenizer.normalize(query));
        Map<String, List<List<String>>> byScore = new TreeMap<>();
        for (String g : List.of("u", "p", "i")) {
            byScore.put(g, List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        for (FiscalYear y : site.years()) {
            for (Unit u : y.units()) {
                rank(byScore.get("u"), needles, ViewBuilder.unitPath(y.year(), u.code()), List.of(u.code(), u.name()), u.code(), u.name(),
                        u.department().orElse(""), u.table().flatMap(UnitTable::duties).orElse(""), u.table().flatMap(UnitTable::target).orElse(""));
                for (Project p : u.projects()) {
                    String page = ViewBuilder.projectPath(y.year(), u.code(), p.code());
                    rank(byScore.get("p"), needles, page, List.of(p.code(), p.name()), p.code(), p.name(), p.purpose().orElse(""), p.goal(),
                            p.text(ProjectField.CATEGORY).orElse(""));
                    for (int k = 0; k < p.indicators().size(); k++) {
                        Indicator i = p.indicators().get(k);
                        rank(byScore.get("i"), needles, page + "#" + ViewBuilder.indicatorAnchor(k), List.of(i.level3(), i.value().text()),
                                i.level1(), i.level2().orElse(""), i.level3(), i.value().text());
                    }
                }
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        byScore.forEach((g, scores) -> out.put(g, scores.stream().flatMap(List::stream).toList()));
        return out;
    }

    private static void rank(List<List<String>> byScore, List<String> needles, String link, List<String> titles, String... fields) {
        if (!matches(needles, fields)) {
            return;
        }
        List<String> folded = titles.stream().map(Tokenizer::normalize).toList();
        if (needles.size() == 1 && folded.contains(needles.get(0))) {
            byScore.get(0).add(link);
        } else if (needles.stream().anyMatch(n -> folded.stream().anyMatch(t -> occurs(t, n)))) {
            byScore.get(1).add(link);
        } else {
            byScore.get(2).add(link);
        }
    }

    private static boolean matches(List<String> needles, String... fields) {
        return !needles.isEmpty() && needles.stream().allMatch(n -> Stream.of(fields).map(Tokenizer::normalize).anyMatch(f -> occurs(f, n)));
    }

    private static boolean occurs(String text, String needle) {
        boolean han = Character.UnicodeScript.of(needle.codePointAt(0)) == Character.UnicodeScript.HAN;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            if (han || at == 0) {
                return true;
            }
            int before = text.codePointBefore(at);
            if (!(Character.isLetterOrDigit(before) && Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN)) {
                return true;
            }
        }
        return false;
    }
}
