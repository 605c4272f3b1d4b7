package gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.format.ProjectField;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.model.UnitTable;
import gongkai.output.GeneratedFile;
import gongkai.view.ViewBuilder;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The search index: a pure function of the model to a few JavaScript files that the search page loads with
 * {@code <script>} tags (never fetch, which does not work from {@code file://}).
 *
 * <p><b>Files.</b> {@code search/manifest.js} lists the shards; each shard {@code search/<year>-<n>.js} holds the
 * units of one year, split into further parts when a year has more than {@link #MAX_DOCS} documents. The search
 * page loads the manifest, then only the shards of the years it searches, when the first query is made.
 *
 * <p><b>Manifest</b> (version {@link #VERSION}): {@code gongkaiSearch.manifest({"v":1,"shards":[{"y":2022,
 * "f":"search/2022-1.js","u":1,"p":6,"i":40}]})}: year, file (relative to the site root) and the number of unit,
 * project and indicator documents, newest year first.
 *
 * <p><b>Shard</b>: {@code gongkaiSearch.shard({...})} with
 * <ul>
 * <li>{@code v}: version; {@code y}: year; {@code f}: the shard's own file name;</li>
 * <li>{@code s}: the string table, every distinct text of the shard once (names, 绩效目标, indicator names and
 *     values, row anchors); documents refer to it by position;</li>
 * <li>{@code u}: units, {@code [code, name, department or -1, page, duties or -1, target or -1]} (the last two: the
 *     部门（单位）职责 and 年度总体绩效目标 of the unit's 部门（单位）整体绩效目标表, added within version 1);</li>
 * <li>{@code p}: projects, {@code [unit, code, name, purpose, goal, page, number of indicators, category or -1]}
 *     (unit: position in {@code u}; purpose is the empty string where the form has none; category, the 项目分类,
 *     added within version 1);</li>
 * <li>{@code i}: indicators, five string positions each, {@code 一级, 二级 + 1 (0 when blank), 三级, 指标值, row
 *     anchor}, all in one {@link Varint} text, in project order: the first {@code n} belong to the first project,
 *     which has {@code n} indicators, and so on;</li>
 * <li>{@code t}: the index terms ({@link Tokenizer}), sorted by UTF-16 code units, joined by spaces;</li>
 * <li>{@code d}: the postings of the terms in that order, as {@link Varint}s: for each term the number of
 *     documents, then the first document number and the gaps to the next ones. Documents are numbered units
 *     first, then projects, then indicators.</li>
 * </ul>
 * Version 1 only grows: elements are added at the end of an entry, so a reader of an older shape still reads the
 * positions it knows. Pages are paths relative to the site root; names and codes are kept as written (search folds them itself).
 * The JSON is written by Jackson and then made safe inside a script ({@code <}, U+2028 and U+2029 escaped).
 */
public final class SearchIndex {

    public static final int VERSION = 1;
    public static final String MANIFEST = "search/manifest.js";
    /** Documents per shard above which a year is split into further parts (at unit boundaries). */
    public static final int MAX_DOCS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {}

    /** The manifest and every shard. */
    public static List<GeneratedFile> files(Site site) {
        return files(site, MAX_DOCS);
    }

    static List<GeneratedFile> files(Site site, int maxDocs) {
        List<GeneratedFile> files = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (FiscalYear year : site.years()) {
            int part = 1;
            for (List<Unit> units : parts(year.units(), maxDocs)) {
                String file = "search/" + year.year() + "-" + part++ + ".js";
                Shard shard = new Shard(year.year(), file);
                units.forEach(shard::add);
                files.add(GeneratedFile.text(file, script("shard", shard.json())));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("y", year.year());
                entry.put("f", file);
                entry.put("u", shard.units.size());
                entry.put("p", shard.projects.size());
                entry.put("i", shard.indicators.size() / 5);
                entries.add(entry);
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", VERSION);
        manifest.put("shards", entries);
        files.add(0, GeneratedFile.text(MANIFEST, script("manifest", manifest)));
        return files;
    }

    /**
     * The units of a year in order, cut into as few groups as keep each within {@code maxDocs} documents, of about
     * equal size (a unit larger than the limit alone).
     */
    private static List<List<Unit>> parts(List<Unit> units, int maxDocs) {
        int total = units.stream().mapToInt(SearchIndex::documents).sum();
        int groups = Math.max(1, (total + maxDocs - 1) / maxDocs);
        int target = (total + groups - 1) / groups;
        List<List<Unit>> parts = new ArrayList<>();
        List<Unit> current = new ArrayList<>();
        int docs = 0;
        for (Unit unit : units) {
            int n = documents(unit);
            boolean full = docs + n > maxDocs || (parts.size() < groups - 1 && docs + n / 2 > target);
            if (!current.isEmpty() && full) {
                parts.add(current);
                current = new ArrayList<>();
                docs = 0;
            }
            current.add(unit);
            docs += n;
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    private static int documents(Unit unit) {
        return 1 + unit.projects().size() + unit.projects().stream().mapToInt(p -> p.indicators().size()).sum();
    }

    /** {@code gongkaiSearch.<call>(<json>);} with the JSON safe inside a script element and a JavaScript string. */
    static String script(String call, Object value) {
        try {
            return "gongkaiSearch." + call + "(" + safeForScript(JSON.writeValueAsString(value)) + ");\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON made safe to embed in a script: {@code <} (so no {@code </script>} or {@code <!--} can appear), U+2028
     * and U+2029 are written as escapes. They can only occur inside JSON strings, where the escapes mean the same.
     */
    static String safeForScript(String json) {
        return json.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** One shard being built: documents, the string table and the postings. */
    private static final class Shard {
        final int year;
        final String file;
        final List<String> strings = new ArrayList<>();
        final Map<String, Integer> stringIds = new HashMap<>();
        final List<List<Object>> units = new ArrayList<>();
        final List<List<Object>> projects = new ArrayList<>();
        /** Five string positions per indicator. */
        final List<Integer> indicators = new ArrayList<>();
        /** Terms of each document, by kind; numbered at the end, when the counts are known. */
        final List<List<String>> unitTerms = new ArrayList<>();
        final List<List<String>> projectTerms = new ArrayList<>();
        final List<List<String>> indicatorTerms = new ArrayList<>();

        Shard(int year, String file) {
            this.year = year;
            this.file = file;
        }

        int string(String s) {
            return stringIds.computeIfAbsent(s, k -> {
                strings.add(k);
                return strings.size() - 1;
            });
        }

        void add(Unit unit) {
            int unitNo = units.size();
            Optional<String> duties = unit.table().flatMap(UnitTable::duties).filter(t -> !t.isEmpty());
            Optional<String> target = unit.table().flatMap(UnitTable::target).filter(t -> !t.isEmpty());
            units.add(List.of(unit.code(), string(unit.name()), unit.department().map(this::string).orElse(-1),
                    ViewBuilder.unitPath(year, unit.code()), duties.map(this::string).orElse(-1), target.map(this::string).orElse(-1)));
            unitTerms.add(terms(unit.code(), unit.name(), unit.department().orElse(""), duties.orElse(""), target.orElse("")));
            for (Project p : unit.projects()) {
                Optional<String> category = p.text(ProjectField.CATEGORY).filter(t -> !t.isEmpty());
                projects.add(List.of(unitNo, p.code(), string(p.name()), string(p.purpose().orElse("")), string(p.goal()),
                        ViewBuilder.projectPath(year, unit.code(), p.code()), p.indicators().size(), category.map(this::string).orElse(-1)));
                projectTerms.add(terms(p.code(), p.name(), p.purpose().orElse(""), p.goal(), category.orElse("")));
                for (int k = 0; k < p.indicators().size(); k++) {
                    Indicator ind = p.indicators().get(k);
                    indicators.addAll(List.of(string(ind.level1()), ind.level2().map(l2 -> string(l2) + 1).orElse(0),
                            string(ind.level3()), string(ind.value().text()), string(ViewBuilder.indicatorAnchor(k))));
                    indicatorTerms.add(terms(ind.level1(), ind.level2().orElse(""), ind.level3(), ind.value().text()));
                }
            }
        }

        private static List<String> terms(String... fields) {
            TreeSet<String> terms = new TreeSet<>();
            for (String f : fields) {
                terms.addAll(Tokenizer.terms(f));
            }
            return List.copyOf(terms);
        }

        Map<String, Object> json() {
            TreeMap<String, List<Integer>> postings = new TreeMap<>();
            int doc = 0;
            for (List<List<String>> kind : List.of(unitTerms, projectTerms, indicatorTerms)) {
                for (List<String> terms : kind) {
                    for (String t : terms) {
                        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(doc);
                    }
                    doc++;
                }
            }
            StringBuilder d = new StringBuilder();
            for (List<Integer> docs : postings.values()) {
                Varint.write(d, docs.size());
                int previous = 0;
                for (int i = 0; i < docs.size(); i++) {
                    Varint.write(d, i == 0 ? docs.get(i) : docs.get(i) - previous);
                    previous = docs.get(i);
                }
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("v", VERSION);
            json.put("y", year);
            json.put("f", file);
            json.put("s", strings);
            json.put("u", units);
            json.put("p", projects);
            StringBuilder i = new StringBuilder();
            indicators.forEach(n -> Varint.write(i, n));
            json.put("i", i.toString());
            json.put("t", String.join(" ", postings.keySet()));
            json.put("d", d.toString());
            return json;
        }
    }
}
