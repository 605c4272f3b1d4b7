package gongkai.view;

import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.output.GeneratedFile;
import gongkai.search.ScriptFiles;
import gongkai.search.Varint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project lists behind the year pages' project tables: a year page holds its units and the first
 * {@link #PAGE_SIZE} projects; its script ({@code static/tables.js}) loads every project from these files to sort,
 * filter and page through them. Scripts, not fetch, so that they load from {@code file://}. Pure.
 *
 * <p><b>Parts</b>, {@code tables/<year>/<first unit code>.js}: {@code gongkaiTables.part({"v":1,"y":…,"f":…,"s":[…],
 * "u":[[code, name, page, project page before its code, after it],…],"p":[[unit, code, name, 预算数, [一级, 二级 or -1,
 * …]],…]})}: consecutive units of the year (cut where a unit code's hash says, about {@link #PART_PROJECTS} projects
 * and at most {@link #MAX_PART_PROJECTS} each, so an edit of one project changes one part), with their
 * projects in the disclosure's order. Names are positions in the part's string table {@code s}; pages are relative
 * to the year page; 预算数 as written; each project's indicator categories are its distinct (一级, 二级) pairs in the
 * order they first occur (二级 -1 when blank).
 *
 * <p><b>Name order</b>, {@code tables/<year>/name-order.js}: {@code gongkaiTables.order({"v":1,"y":…,"f":…,"r":…})},
 * for every project of the year in the disclosure's order the place of its name in Chinese (pinyin) collation, 1
 * first, as {@link Varint}s: one file, since a new name moves the places of others.
 */
public final class YearTables {

    public static final int VERSION = 1;
    /** Rows of a year page's project table at a time, and rows written into the page itself. */
    public static final int PAGE_SIZE = 50;
    /** Projects per part on average. */
    static final int PART_PROJECTS = 400;
    static final int MAX_PART_PROJECTS = 1000;

    private YearTables() {}

    public static String folder(int year) {
        return "tables/" + year + "/";
    }

    public static String orderPath(int year) {
        return folder(year) + "name-order.js";
    }

    /** The year's units cut into parts, in order. */
    static List<List<Unit>> parts(FiscalYear year) {
        return ScriptFiles.groups(year.units(), Unit::code, u -> u.projects().size(), PART_PROJECTS, MAX_PART_PROJECTS);
    }

    /** The files of the parts of a year, in order. */
    public static List<String> partPaths(FiscalYear year) {
        return parts(year).stream().map(p -> folder(year.year()) + p.get(0).code() + ".js").toList();
    }

    /** Every year's parts and name order. */
    public static List<GeneratedFile> files(Site site) {
        List<GeneratedFile> files = new ArrayList<>();
        for (FiscalYear year : site.years()) {
            String page = ViewBuilder.yearPath(year.year());
            for (List<Unit> part : parts(year)) {
                files.add(part(year.year(), part, page));
            }
            List<ProjectTables.Item> items = year.units().stream()
                    .flatMap(u -> u.projects().stream().map(p -> new ProjectTables.Item(year.year(), u, p))).toList();
            StringBuilder ranks = new StringBuilder();
            for (int rank : ProjectTables.nameRanks(items)) {
                Varint.write(ranks, rank);
            }
            Map<String, Object> json = header(year.year(), orderPath(year.year()));
            json.put("r", ranks.toString());
            files.add(GeneratedFile.text(orderPath(year.year()), ScriptFiles.script("gongkaiTables.order", json)));
        }
        return files;
    }

    private static Map<String, Object> header(int year, String file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", VERSION);
        json.put("y", year);
        json.put("f", file);
        return json;
    }

    private static GeneratedFile part(int year, List<Unit> units, String page) {
        String path = folder(year) + units.get(0).code() + ".js";
        List<String> strings = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        java.util.function.ToIntFunction<String> string = s -> ids.computeIfAbsent(s, k -> {
            strings.add(k);
            return strings.size() - 1;
        });
        List<Object> unitRows = new ArrayList<>();
        List<Object> projectRows = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            // The page of a project relative to the year page, cut around its code (the same for every project of the unit).
            String marker = "\u0000";
            String projectHref = ViewBuilder.relative(page, ViewBuilder.projectPath(year, unit.code(), marker));
            int at = projectHref.indexOf(marker);
            unitRows.add(List.of(unit.code(), string.applyAsInt(unit.name()), ViewBuilder.relative(page, ViewBuilder.unitPath(year, unit.code())),
                    projectHref.substring(0, at), projectHref.substring(at + marker.length())));
            for (Project p : unit.projects()) {
                Set<List<String>> pairs = new LinkedHashSet<>();
                for (Indicator ind : p.indicators()) {
                    pairs.add(java.util.Arrays.asList(ind.level1(), ind.level2().orElse(null)));
                }
                List<Integer> categories = new ArrayList<>();
                for (List<String> pair : pairs) {
                    categories.add(string.applyAsInt(pair.get(0)));
                    categories.add(pair.get(1) == null ? -1 : string.applyAsInt(pair.get(1)));
                }
                projectRows.add(List.of(u, p.code(), string.applyAsInt(p.name()), Format.amount(p.budget().total()), categories));
            }
        }
        Map<String, Object> json = header(year, path);
        json.put("s", strings);
        json.put("u", unitRows);
        json.put("p", projectRows);
        return GeneratedFile.text(path, ScriptFiles.script("gongkaiTables.part", json));
    }
}
