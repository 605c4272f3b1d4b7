package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.model.Project;
import gongkai.source.Node;
import gongkai.source.SourceTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The {@code continues} field against the other years (GK410, GK411). Both are warnings: a wrong or doubtful
 * {@code continues} never puts a wrong fact on a page (the project's own table is unaffected; the comparison falls
 * back to matching by name or is left out), and the earlier year may simply not be published on this site, so it must
 * not stop a disclosure that has a legal deadline.
 *
 * <ul>
 *   <li>GK410: the code is not a project of an earlier year of the same unit. Not reported when the earlier year the
 *       code names (by the unit's {@code region} and the two digits of the year after it) is not in the content, or,
 *       for a code whose year cannot be read, when the unit has no earlier year in the content: there is nothing to
 *       check against, and the field is still the true 项目编码 of the budget system.</li>
 *   <li>GK411: two projects of the same unit and year name the same earlier code, usually because one file was
 *       copied from the other. Both still show the earlier year; a project split into two may keep both.</li>
 * </ul>
 */
final class LineageChecker {

    /** A checked project with the file it came from. */
    record ProjectFile(int year, String unitCode, Optional<String> region, Project project, SourceTree.YamlFile file) {}

    private LineageChecker() {}

    static void check(List<ProjectFile> projects, Diagnostics diagnostics) {
        Map<String, TreeMap<Integer, List<ProjectFile>>> byUnit = new HashMap<>();
        Map<String, List<ProjectFile>> byCode = new HashMap<>();
        for (ProjectFile pf : projects) {
            byUnit.computeIfAbsent(pf.unitCode(), k -> new TreeMap<>())
                    .computeIfAbsent(pf.year(), k -> new ArrayList<>()).add(pf);
            byCode.computeIfAbsent(pf.project().code(), k -> new ArrayList<>()).add(pf);
        }
        for (ProjectFile pf : projects) {
            pf.project().continues().ifPresent(code -> predecessor(pf, code, byUnit.get(pf.unitCode()), byCode, diagnostics));
        }
        byUnit.values().forEach(years -> years.values().forEach(list -> duplicates(list, diagnostics)));
    }

    private static void predecessor(ProjectFile pf, String code, TreeMap<Integer, List<ProjectFile>> unitYears,
            Map<String, List<ProjectFile>> byCode, Diagnostics diagnostics) {
        List<ProjectFile> named = byCode.getOrDefault(code, List.of());
        if (named.stream().anyMatch(o -> o.unitCode().equals(pf.unitCode()) && o.year() < pf.year())) {
            return;
        }
        OptionalInt namedYear = yearOf(code, pf.region(), pf.year());
        String message;
        if (code.equals(pf.project().code())) {
            message = "延续的项目编码“" + code + "”就是本项目自己的编码。请填写上一年度同一项目的编码（编码中的年份不同）；不是延续项目时请删除这一行。";
        } else if (named.stream().anyMatch(o -> o.year() >= pf.year())) {
            ProjectFile o = named.get(0);
            message = "延续的项目编码“" + code + "”是 " + o.year() + " 年度的项目（" + o.project().name() + "），不是更早年度的项目。"
                    + "请填写上一年度同一项目的编码。";
        } else if (!named.isEmpty()) {
            ProjectFile o = named.get(0);
            message = "延续的项目编码“" + code + "”是另一个单位（" + o.unitCode() + "）" + o.year() + " 年度的项目（" + o.project().name()
                    + "）。历年对比只在同一单位内查找，请核对项目编码。";
        } else {
            boolean earlierYearPublished = namedYear.isPresent()
                    ? namedYear.getAsInt() < pf.year() && unitYears.containsKey(namedYear.getAsInt())
                    : unitYears.headMap(pf.year(), false).size() > 0;
            if (!earlierYearPublished) {
                return;
            }
            int searched = namedYear.orElse(unitYears.lowerKey(pf.year()));
            Optional<ProjectFile> sameName = unitYears.get(searched).stream()
                    .filter(o -> o.project().name().equals(pf.project().name())).findFirst();
            message = "在本单位 " + searched + " 年度的项目中找不到延续的项目编码“" + code + "”。请照 " + searched + " 年度公开文件核对项目编码"
                    + sameName.map(o -> "；同名项目“" + o.project().name() + "”的编码是“" + o.project().code() + "”").orElse("")
                    + "。找不到时网站按项目名称对应上一年度的项目。";
        }
        diagnostics.report(Code.GK410, position(pf.file()), "continues", message);
    }

    private static void duplicates(List<ProjectFile> sameYear, Diagnostics diagnostics) {
        Map<String, ProjectFile> first = new LinkedHashMap<>();
        for (ProjectFile pf : sameYear) {
            pf.project().continues().ifPresent(code -> {
                ProjectFile earlier = first.putIfAbsent(code, pf);
                if (earlier != null) {
                    diagnostics.report(Code.GK411, position(pf.file()), "continues",
                            "项目“" + earlier.project().name() + "”（" + earlier.file().file().path() + "）也写了延续项目编码“" + code
                                    + "”。是不是复制文件后忘了改？请核对；如果上一年度的一个项目拆分成了这几个项目，可以保留。");
                }
            });
        }
    }

    /**
     * The year a project code names: the two digits after the unit's region, read as the latest year not after the
     * fiscal year with those last two digits ({@code 130208} + {@code 21} in 2022 → 2021).
     */
    static OptionalInt yearOf(String code, Optional<String> region, int fiscalYear) {
        if (region.isEmpty() || !code.startsWith(region.get()) || code.length() < region.get().length() + 2) {
            return OptionalInt.empty();
        }
        String yy = code.substring(region.get().length(), region.get().length() + 2);
        if (!yy.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int back = Math.floorMod(fiscalYear % 100 - Integer.parseInt(yy), 100);
        return OptionalInt.of(fiscalYear - back);
    }

    private static Position position(SourceTree.YamlFile file) {
        return file.root().filter(Node.Mapping.class::isInstance).map(Node.Mapping.class::cast)
                .flatMap(root -> root.entry("continues")).map(e -> e.value().position())
                .orElse(Position.ofFile(file.file().path()));
    }
}
