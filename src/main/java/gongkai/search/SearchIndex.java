package gongkai.search;

import gongkai.format.ProjectField;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.model.UnitTable;
import gongkai.output.GeneratedFile;
import gongkai.view.ViewBuilder;
import gongkai.view.YearTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index: a pure function of the model to JavaScript files that the search page loads with
 * {@code <script>} tags (never fetch, which does not work from {@code file://}), split so that a query loads only
 * the part of the index its terms are in, and then only the documents it shows.
 *
 * <p><b>Documents.</b> A year's documents are its units, projects and indicators; a document is named by three
 * numbers {@code (unit, project, indicator)}: the unit's place in the year (from 0); 0 for the unit itself, else the
 * project's place in the unit (from 1); 0 for the unit or project itself, else the indicator's row (from 1). Each
 * document has numbered fields: a unit 0 code, 1 name, 2 主管部门, 3 部门（单位）职责, 4 年度总体绩效目标; a project
 * 0 code, 1 name, 2 资金用途, 3 绩效目标, 4 项目分类; an indicator 0 一级, 1 二级, 2 三级, 3 指标值. The title fields
 * (whose matches rank first) are a unit's or project's code and name and an indicator's 三级指标 and 指标值.
 *
 * <p><b>Files</b> (version {@link #VERSION}; each is one call of a function of {@code window.gongkaiSearch} with
 * JSON written by Jackson, {@code <}, U+2028 and U+2029 escaped):
 * <ul>
 * <li>{@code search/manifest.js}: {@code manifest({"v":2,"years":[{"y":2022,"docs":"search/2022/docs/","terms":
 *     "search/2022/terms/","positions":"search/2022/positions/","u":["425001",…],"t":[[first term, name, 1 when it
 *     has positions],…]}]})}, newest year first: the unit codes in order (a unit's number is its place) and the
 *     term files, each holding the terms from its first term up to the next file's first;</li>
 * <li>{@code search/<year>/terms/<name>.js}: {@code terms({"v":2,"y":…,"f":…,"t":"term term …","d":…})}: sorted
 *     terms ({@link Tokenizer}: Han characters, bigrams and trigrams, words; sorted by UTF-16 code units) and, in {@code d},
 *     their postings as {@link Varint}s: per term the number of units, per unit the unit number (then the gap from
 *     the previous) and the number of projects, per project the project number (then the gap) and the number of
 *     documents, per document {@code 4 × indicator number (then the gap) + flags}, flag 1: the term is in a title
 *     field, flag 2: a title field is exactly the term;</li>
 * <li>{@code search/<year>/positions/<name>.js}: {@code positions({"v":2,"y":…,"f":…,"o":…})} for the trigrams
 *     of the term file of the same name, in its order, document by document as in its postings: the number of
 *     occurrences, then each as {@code 16 × offset + 8 when it ends the field + field}; the offset counts code
 *     points of the normalised field. A query of four or more Han characters checks with them that trigrams
 *     covering it follow each other in one field;</li>
 * <li>{@code search/<year>/docs/<unit code>/<project number>.js}: {@code doc({"v":2,"y":…,"f":…,…})} with the texts
 *     to show: for number 0 the unit, {@code "u":[code, name, 主管部门, page, 职责, 年度总体绩效目标]}; else the
 *     unit {@code "u":[code, name]}, the project {@code "p":[code, name, 资金用途, 绩效目标, page, 项目分类]} and its
 *     indicators {@code "i":[[一级, 二级, 三级, 指标值, row anchor],…]}; null where blank.</li>
 * </ul>
 * Term files are cut where a term's hash says (about {@link #TERM_FILE} characters each, a term as large alone) and
 * before a file would pass {@link #MAX_TERM_FILE} characters, and named by a hash of their first term: an edit of a
 * project changes its document file and the term files of the terms it gains or loses, and moves no other boundary.
 */
public final class SearchIndex {

    public static final int VERSION = 2;
    public static final String MANIFEST = "search/manifest.js";
    /** Characters of postings per term file on average. */
    static final int TERM_FILE = 16 * 1024;
    /** A term file grows beyond this many characters only when one term's postings alone are larger. */
    static final int MAX_TERM_FILE = 48 * 1024;
    /** search.js packs a document's three numbers into one; projects per unit and indicators per project stay below. */
    static final int MAX_NUMBER = 65_535;

    private SearchIndex() {}

    /**
     * The files the pages' scripts load to find things: the search index ({@link #index}) and the year pages'
     * project lists ({@link YearTables#files}, listed here until the build lists them on its own).
     */
    public static List<GeneratedFile> files(Site site) {
        List<GeneratedFile> files = new ArrayList<>(index(site));
        files.addAll(YearTables.files(site));
        return files;
    }

    /** The manifest, then every year's term, position and document files. */
    public static List<GeneratedFile> index(Site site) {
        List<GeneratedFile> files = new ArrayList<>();
        List<Map<String, Object>> years = new ArrayList<>();
        for (FiscalYear year : site.years()) {
            YearIndex index = new YearIndex(year);
            years.add(index.write(files));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", VERSION);
        manifest.put("years", years);
        files.add(0, GeneratedFile.text(MANIFEST, ScriptFiles.script("gongkaiSearch.manifest", manifest)));
        return files;
    }

    public static String docsFolder(int year) {
        return "search/" + year + "/docs/";
    }

    public static String termsFolder(int year) {
        return "search/" + year + "/terms/";
    }

    public static String positionsFolder(int year) {
        return "search/" + year + "/positions/";
    }

    /** Title fields by kind of document: bits of the field numbers. */
    private static final int UNIT_TITLES = 0b11;
    private static final int PROJECT_TITLES = 0b11;
    private static final int INDICATOR_TITLES = 0b1100;

    /** One year's index being built: the postings of every term, document by document. */
    private static final class YearIndex {
        final FiscalYear year;
        final TreeMap<String, Postings> terms = new TreeMap<>();

        YearIndex(FiscalYear year) {
            this.year = year;
        }

        Map<String, Object> write(List<GeneratedFile> files) {
            List<String> units = new ArrayList<>();
            for (int u = 0; u < year.units().size(); u++) {
                Unit unit = year.units().get(u);
                units.add(unit.code());
                files.addAll(documents(u, unit));
            }
            List<Map.Entry<String, String>> encoded = new ArrayList<>();
            terms.forEach((term, postings) -> encoded.add(Map.entry(term, postings.docs())));
            List<List<Map.Entry<String, String>>> groups = ScriptFiles.groups(encoded, Map.Entry::getKey,
                    e -> e.getKey().length() + 1 + e.getValue().length(), TERM_FILE, MAX_TERM_FILE);
            List<List<Object>> chunks = new ArrayList<>();
            Map<String, String> names = new HashMap<>();
            for (List<Map.Entry<String, String>> group : groups) {
                String first = group.get(0).getKey();
                String name = ScriptFiles.name(first);
                String clash = names.put(name, first);
                if (clash != null) {
                    throw new IllegalStateException("搜索索引的两个文件同名（" + name + "）：“" + clash + "”和“" + first + "”");
                }
                StringBuilder t = new StringBuilder();
                StringBuilder d = new StringBuilder();
                StringBuilder o = new StringBuilder();
                for (Map.Entry<String, String> e : group) {
                    t.append(t.length() > 0 ? " " : "").append(e.getKey());
                    d.append(e.getValue());
                    if (Tokenizer.isTrigram(e.getKey())) {
                        o.append(terms.get(e.getKey()).occurrences);
                    }
                }
                String termFile = termsFolder(year.year()) + name + ".js";
                Map<String, Object> json = header(termFile);
                json.put("t", t.toString());
                json.put("d", d.toString());
                files.add(GeneratedFile.text(termFile, ScriptFiles.script("gongkaiSearch.terms", json)));
                boolean positions = o.length() > 0;
                if (positions) {
                    String positionFile = positionsFolder(year.year()) + name + ".js";
                    Map<String, Object> p = header(positionFile);
                    p.put("o", o.toString());
                    files.add(GeneratedFile.text(positionFile, ScriptFiles.script("gongkaiSearch.positions", p)));
                }
                chunks.add(List.of(first, name, positions ? 1 : 0));
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("y", year.year());
            entry.put("docs", docsFolder(year.year()));
            entry.put("terms", termsFolder(year.year()));
            entry.put("positions", positionsFolder(year.year()));
            entry.put("u", units);
            entry.put("t", chunks);
            return entry;
        }

        private Map<String, Object> header(String file) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("v", VERSION);
            json.put("y", year.year());
            json.put("f", file);
            return json;
        }

        /** The document files of a unit (its own, then one per project), posting every document's terms. */
        private List<GeneratedFile> documents(int u, Unit unit) {
            if (unit.projects().size() > MAX_NUMBER) {
                throw new IllegalStateException("搜索索引最多支持一个单位有 " + MAX_NUMBER + " 个项目：" + year.year() + " 年度单位 "
                        + unit.code() + " 有 " + unit.projects().size() + " 个");
            }
            List<GeneratedFile> files = new ArrayList<>();
            String folder = docsFolder(year.year()) + unit.code() + "/";
            String duties = unit.table().flatMap(UnitTable::duties).filter(t -> !t.isEmpty()).orElse(null);
            String target = unit.table().flatMap(UnitTable::target).filter(t -> !t.isEmpty()).orElse(null);
            post(u, 0, 0, UNIT_TITLES, unit.code(), unit.name(), unit.department().orElse(null), duties, target);
            Map<String, Object> own = header(folder + "0.js");
            own.put("u", Arrays.asList(unit.code(), unit.name(), unit.department().orElse(null),
                    ViewBuilder.unitPath(year.year(), unit.code()), duties, target));
            files.add(GeneratedFile.text(folder + "0.js", ScriptFiles.script("gongkaiSearch.doc", own)));
            for (int p = 0; p < unit.projects().size(); p++) {
                Project project = unit.projects().get(p);
                if (project.indicators().size() > MAX_NUMBER) {
                    throw new IllegalStateException("搜索索引最多支持一个项目有 " + MAX_NUMBER + " 项绩效指标：项目 " + project.code());
                }
                String purpose = project.purpose().orElse(null);
                String category = project.text(ProjectField.CATEGORY).filter(t -> !t.isEmpty()).orElse(null);
                post(u, p + 1, 0, PROJECT_TITLES, project.code(), project.name(), purpose, project.goal(), category);
                List<Object> indicators = new ArrayList<>();
                for (int k = 0; k < project.indicators().size(); k++) {
                    Indicator ind = project.indicators().get(k);
                    String level2 = ind.level2().orElse(null);
                    post(u, p + 1, k + 1, INDICATOR_TITLES, ind.level1(), level2, ind.level3(), ind.value().text());
                    indicators.add(Arrays.asList(ind.level1(), level2, ind.level3(), ind.value().text(), ViewBuilder.indicatorAnchor(k)));
                }
                String file = folder + (p + 1) + ".js";
                Map<String, Object> json = header(file);
                json.put("u", List.of(unit.code(), unit.name()));
                json.put("p", Arrays.asList(project.code(), project.name(), purpose, project.goal(),
                        ViewBuilder.projectPath(year.year(), unit.code(), project.code()), category));
                json.put("i", indicators);
                files.add(GeneratedFile.text(file, ScriptFiles.script("gongkaiSearch.doc", json)));
            }
            return files;
        }

        /** Posts one document: the terms of its fields (null: blank) with their flags and, for trigrams, positions. */
        private void post(int unit, int project, int indicator, int titles, String... fields) {
            Map<String, int[]> flags = new LinkedHashMap<>();
            Map<String, List<Integer>> occurrences = new HashMap<>();
            for (int f = 0; f < fields.length; f++) {
                if (fields[f] == null) {
                    continue;
                }
                boolean title = (titles & (1 << f)) != 0;
                for (Tokenizer.Token token : Tokenizer.tokens(fields[f])) {
                    int[] flag = flags.computeIfAbsent(token.term(), k -> new int[1]);
                    if (title) {
                        flag[0] |= token.whole() ? 3 : 1;
                    }
                    if (token.kind() == Tokenizer.Kind.TRIGRAM) {
                        occurrences.computeIfAbsent(token.term(), k -> new ArrayList<>())
                                .add(16 * token.offset() + (token.end() ? 8 : 0) + f);
                    }
                }
            }
            flags.forEach((term, flag) -> terms.computeIfAbsent(term, k -> new Postings())
                    .add(unit, project, indicator, flag[0], occurrences.get(term)));
        }
    }

    /**
     * The postings of one term, written as they come (documents arrive in order): units, each with its projects, each
     * with its documents. A group's count comes before its entries but is known only when the group ends, so each
     * open group waits in a {@link Level} until then.
     */
    private static final class Postings {
        final StringBuilder occurrences = new StringBuilder();
        final Level units = new Level();
        final Level projects = new Level();
        final Level documents = new Level();
        int lastUnit = -1;
        int lastProject = -1;
        int lastIndicator = -1;

        void add(int unit, int project, int indicator, int flags, List<Integer> positions) {
            if (unit != lastUnit) {
                documents.closeInto(projects);
                projects.closeInto(units);
                units.entry(lastUnit < 0 ? unit : unit - lastUnit);
                lastUnit = unit;
                lastProject = -1;
            }
            if (project != lastProject) {
                documents.closeInto(projects);
                projects.entry(lastProject < 0 ? project : project - lastProject);
                lastProject = project;
                lastIndicator = -1;
            }
            documents.entry(4 * (lastIndicator < 0 ? indicator : indicator - lastIndicator) + flags);
            lastIndicator = indicator;
            if (positions != null) {
                Varint.write(occurrences, positions.size());
                positions.forEach(v -> Varint.write(occurrences, v));
            }
        }

        /** The postings, written: the number of units, then each unit's group. */
        String docs() {
            documents.closeInto(projects);
            projects.closeInto(units);
            StringBuilder out = new StringBuilder();
            Varint.write(out, units.count);
            return out.append(units.text).toString();
        }
    }

    /** The entries of an open group (a unit's projects, a project's documents), each begun by its number. */
    private static final class Level {
        final StringBuilder text = new StringBuilder();
        int count;

        void entry(int number) {
            Varint.write(text, number);
            count++;
        }

        /** Ends the group: its count and its entries complete the parent's last entry. */
        void closeInto(Level parent) {
            if (count > 0) {
                Varint.write(parent.text, count);
                parent.text.append(text);
                text.setLength(0);
                count = 0;
            }
        }
    }
}
