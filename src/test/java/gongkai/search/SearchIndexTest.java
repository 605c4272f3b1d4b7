package gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import gongkai.Gongkai;
import gongkai.check.FormFixtures;
import gongkai.format.ProjectField;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SiteEdits;
import gongkai.model.Unit;
import gongkai.model.UnitTable;
import gongkai.output.GeneratedFile;
import gongkai.search.DecodedIndex.Posting;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import gongkai.view.ViewBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The index files read back (JSON parsed, postings and positions decoded) and compared with the model they were made from. */
class SearchIndexTest {

    private static Site bundled() {
        return Gongkai.check(Path.of("content")).site().orElseThrow();
    }

    private static Site generated(Path folder, int units, int projects) throws Exception {
        ContentGenerator.Result r = ContentGenerator.generate(new ContentGenerator.Spec(units, projects, List.of(2022, 2023), 7));
        ContentWriter.write(folder, r.files(), false);
        return Gongkai.check(folder).site().orElseThrow();
    }

    @Test
    void theBundledIndexHoldsEveryUnitProjectAndIndicatorAsWritten() {
        Site site = bundled();
        List<GeneratedFile> files = SearchIndex.index(site);
        assertThat(files.get(0).path()).isEqualTo("search/manifest.js");
        assertThat(files).extracting(GeneratedFile::path).contains("search/2022/docs/425001/0.js", "search/2022/docs/425001/1.js",
                "search/2022/docs/425001/6.js").doesNotContain("search/2022/docs/425001/7.js");
        compare(site, files);
    }

    @Test
    void everyTermOfEveryDocumentIsPostedWithItsFlagsAndPositionsAndNothingElse(@TempDir Path dir) throws Exception {
        Site site = generated(dir, 4, 6);
        compare(site, SearchIndex.index(site));
    }

    @Test
    void termFilesHoldConsecutiveSortedTermsAndStayWithinTheirSize(@TempDir Path dir) throws Exception {
        Site site = generated(dir, 12, 10);
        List<GeneratedFile> files = SearchIndex.index(site);
        DecodedIndex index = new DecodedIndex(files);
        Set<String> names = new HashSet<>();
        for (JsonNode year : index.manifest.get("years")) {
            JsonNode chunks = year.get("t");
            assertThat(chunks.size()).as("term files of %s", year.get("y")).isGreaterThan(3);
            for (int c = 0; c < chunks.size(); c++) {
                String first = chunks.get(c).get(0).asText();
                String path = year.get("terms").asText() + chunks.get(c).get(1).asText() + ".js";
                assertThat(names.add(path)).isTrue();
                List<String> terms = List.of(index.script(path, "gongkaiSearch.terms").get("t").asText().split(" "));
                assertThat(terms.get(0)).isEqualTo(first);
                assertThat(terms).isSorted().doesNotHaveDuplicates();
                if (c + 1 < chunks.size()) {
                    assertThat(terms.get(terms.size() - 1)).isLessThan(chunks.get(c + 1).get(0).asText());
                }
                int size = index.script(path, "gongkaiSearch.terms").get("d").asText().length();
                if (terms.size() > 1) {
                    assertThat(size).as("postings of %s", path).isLessThanOrEqualTo(SearchIndex.MAX_TERM_FILE);
                }
                assertThat(chunks.get(c).get(2).asInt() == 1).as("positions of %s", path)
                        .isEqualTo(terms.stream().anyMatch(Tokenizer::isTrigram));
            }
        }
        long referenced = names.size() + index.manifest.get("years").findValues("t").stream()
                .mapToLong(t -> { long n = 0; for (JsonNode c : t) { n += c.get(2).asInt(); } return n; }).sum();
        long documents = site.years().stream().mapToLong(y -> y.units().size() + y.units().stream().mapToLong(u -> u.projects().size()).sum()).sum();
        assertThat(files).as("the manifest, term and position files, and one document file per unit and project")
                .hasSize((int) (1 + referenced + documents));
    }

    @Test
    void anEditedGoalChangesItsDocumentAndTheTermFilesOfTheTermsItGainsOrLosesOnly(@TempDir Path dir) throws Exception {
        Site site = generated(dir, 12, 10);
        Unit unit = site.years().get(1).units().get(5);
        Project project = unit.projects().get(3);
        String goal = "保障全区农村公路养护质量稳步提高，群众出行满意度达到新水平";
        Site edited = SiteEdits.withProject(site, 1, 5, 3, p -> SiteEdits.withGoal(p, goal));
        Map<String, GeneratedFile> before = byPath(SearchIndex.index(site));
        Map<String, GeneratedFile> after = byPath(SearchIndex.index(edited));
        Set<String> changedTerms = new HashSet<>(Tokenizer.terms(project.goal()));
        Set<String> added = new HashSet<>(Tokenizer.terms(goal));
        Set<String> both = new HashSet<>(changedTerms);
        both.retainAll(added);
        changedTerms.addAll(added);
        // A term in both goals keeps its documents but not its positions, which say where in the goal it is.
        changedTerms.removeIf(t -> both.contains(t) && !Tokenizer.isTrigram(t));
        List<String> changed = new ArrayList<>();
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String path : all) {
            if (!before.containsKey(path) || !after.containsKey(path) || !Arrays.equals(before.get(path).content(), after.get(path).content())) {
                changed.add(path);
            }
        }
        int year = site.years().get(1).year();
        String doc = SearchIndex.docsFolder(year) + unit.code() + "/4.js";
        assertThat(changed).contains(doc).allSatisfy(path -> {
            if (!path.equals(doc) && !path.equals(SearchIndex.MANIFEST)) {
                assertThat(path).startsWith("search/" + year + "/");
                GeneratedFile f = after.containsKey(path) ? after.get(path) : before.get(path);
                String field = path.contains("/positions/") ? null : "t";
                if (field != null) {
                    assertThat(List.of(DecodedIndex.read(f).json().get("t").asText().split(" ")))
                            .as("terms of the changed file %s", path).containsAnyElementsOf(changedTerms);
                }
            }
        });
        assertThat(changed.size()).as("files changed by one goal: %s", changed).isLessThan(2 * changedTerms.size() + 3);
        assertThat(changed).noneMatch(p -> p.startsWith("search/" + site.years().get(0).year() + "/"));
    }

    /**
     * The shipped forms' fixtures: the 项目分类 of a project and the 部门（单位）职责 and 年度总体绩效目标 of a unit's
     * 部门（单位）整体绩效目标表 are in the index and find their document; 财政部门审核意见 is not indexed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.check.FormFixtures#names")
    void theFormsFieldsAReaderSearchesAreIndexed(String name, @TempDir Path dir) {
        Site site = Gongkai.check(FormFixtures.fixture(name).writeTo(dir)).site().orElseThrow();
        List<GeneratedFile> files = SearchIndex.index(site);
        compare(site, files);
        Map<String, List<Posting>> postings = new DecodedIndex(files).terms.values().iterator().next();
        Unit unit = site.years().get(0).units().get(0);
        for (String text : unit.table().map(t -> List.of(t.duties().orElseThrow(), t.target().orElseThrow())).orElse(List.of())) {
            for (String term : Tokenizer.terms(text)) {
                assertThat(postings.get(term)).as("unit document under %s", term).anyMatch(p -> p.project() == 0);
            }
        }
        Project project = unit.projects().get(0);
        project.text(ProjectField.CATEGORY).ifPresent(category -> Tokenizer.terms(category).forEach(term -> assertThat(postings.get(term))
                .as("project document under %s", term).anyMatch(p -> p.unit() == 0 && p.project() == 1 && p.indicator() == 0)));
        // The review is a formality (同意) on every project of a form; searching it would find them all, so it is not indexed.
        project.text(ProjectField.REVIEW).ifPresent(review -> assertThat(postings.getOrDefault(Tokenizer.terms(review).get(0), List.of()))
                .as("the review %s is not indexed", review).noneMatch(p -> p.project() == 1 && p.indicator() == 0));
    }

    @Test
    void scriptBreakingTextIsEscapedAndReadsBackUnchanged() {
        Site site = bundled();
        String name = "</script><script>alert(1)</script><!-- \u2028 \u2029 \"引号\" \\";
        Site changed = SiteEdits.withProject(site, 0, 0, 0, p -> SiteEdits.named(p, name));
        for (GeneratedFile file : SearchIndex.files(changed)) {
            String text = new String(file.content(), StandardCharsets.UTF_8);
            assertThat(text).as(file.path()).doesNotContain("</").doesNotContain("<!--").doesNotContain("\u2028").doesNotContain("\u2029")
                    .doesNotContain("<");
            assertThat(text.lines().count()).as("one line").isEqualTo(1);
        }
        DecodedIndex index = new DecodedIndex(SearchIndex.index(changed));
        assertThat(index.script("search/2022/docs/425001/1.js", "gongkaiSearch.doc").get("p").get(1).asText()).isEqualTo(name);
    }

    @Test
    void theSameContentGivesTheSameFiles() {
        assertThat(SearchIndex.files(bundled())).isEqualTo(SearchIndex.files(bundled()));
    }

    private static Map<String, GeneratedFile> byPath(List<GeneratedFile> files) {
        Map<String, GeneratedFile> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), f));
        return out;
    }

    /** The documents and the postings of the index against the model, which they must match exactly. */
    private static void compare(Site site, List<GeneratedFile> files) {
        DecodedIndex index = new DecodedIndex(files);
        assertThat(index.manifest.get("v").asInt()).isEqualTo(SearchIndex.VERSION);
        JsonNode years = index.manifest.get("years");
        assertThat(years.size()).isEqualTo(site.years().size());
        for (int y = 0; y < site.years().size(); y++) {
            FiscalYear year = site.years().get(y);
            JsonNode entry = years.get(y);
            assertThat(entry.get("y").asInt()).isEqualTo(year.year());
            List<String> codes = new ArrayList<>();
            entry.get("u").forEach(c -> codes.add(c.asText()));
            assertThat(codes).isEqualTo(year.units().stream().map(Unit::code).toList());
            Map<String, List<Posting>> expected = new TreeMap<>();
            for (int u = 0; u < year.units().size(); u++) {
                Unit unit = year.units().get(u);
                String folder = entry.get("docs").asText() + unit.code() + "/";
                String duties = unit.table().flatMap(UnitTable::duties).filter(t -> !t.isEmpty()).orElse(null);
                String target = unit.table().flatMap(UnitTable::target).filter(t -> !t.isEmpty()).orElse(null);
                JsonNode own = index.script(folder + "0.js", "gongkaiSearch.doc");
                assertThat(texts(own.get("u"))).isEqualTo(Arrays.asList(unit.code(), unit.name(), unit.department().orElse(null),
                        ViewBuilder.unitPath(year.year(), unit.code()), duties, target));
                assertThat(own.get("y").asInt()).isEqualTo(year.year());
                expect(expected, u, 0, 0, Set.of(0, 1), unit.code(), unit.name(), unit.department().orElse(null), duties, target);
                for (int p = 0; p < unit.projects().size(); p++) {
                    Project project = unit.projects().get(p);
                    JsonNode doc = index.script(folder + (p + 1) + ".js", "gongkaiSearch.doc");
                    String category = project.text(ProjectField.CATEGORY).filter(t -> !t.isEmpty()).orElse(null);
                    assertThat(texts(doc.get("u"))).isEqualTo(List.of(unit.code(), unit.name()));
                    assertThat(texts(doc.get("p"))).isEqualTo(Arrays.asList(project.code(), project.name(), project.purpose().orElse(null),
                            project.goal(), ViewBuilder.projectPath(year.year(), unit.code(), project.code()), category));
                    expect(expected, u, p + 1, 0, Set.of(0, 1), project.code(), project.name(), project.purpose().orElse(null),
                            project.goal(), category);
                    assertThat(doc.get("i")).hasSize(project.indicators().size());
                    for (int k = 0; k < project.indicators().size(); k++) {
                        Indicator ind = project.indicators().get(k);
                        assertThat(texts(doc.get("i").get(k))).isEqualTo(Arrays.asList(ind.level1(), ind.level2().orElse(null), ind.level3(),
                                ind.value().text(), ViewBuilder.indicatorAnchor(k)));
                        expect(expected, u, p + 1, k + 1, Set.of(2, 3), ind.level1(), ind.level2().orElse(null), ind.level3(),
                                ind.value().text());
                    }
                }
            }
            Map<String, List<Posting>> actual = index.terms.get(year.year());
            assertThat(actual.keySet()).as("terms of %s", year.year()).isEqualTo(expected.keySet());
            for (String term : expected.keySet()) {
                assertThat(actual.get(term)).as("postings of %s in %s", term, year.year()).isEqualTo(expected.get(term));
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asText()));
        return out;
    }

    /**
     * The postings one document should add, worked out from its fields (null: blank) by the rules of the format:
     * flag 1 when a title field holds the term, 2 when a title field is the term; for a trigram each occurrence as
     * 16 × offset + 8 when it ends the field + field number.
     */
    private static void expect(Map<String, List<Posting>> expected, int unit, int project, int indicator, Set<Integer> titles,
                               String... fields) {
        Map<String, int[]> flags = new LinkedHashMap<>();
        Map<String, List<Integer>> occurrences = new LinkedHashMap<>();
        for (int f = 0; f < fields.length; f++) {
            if (fields[f] == null) {
                continue;
            }
            String folded = Tokenizer.normalize(fields[f]);
            int length = folded.codePointCount(0, folded.length());
            for (Tokenizer.Token t : Tokenizer.tokens(fields[f])) {
                int[] flag = flags.computeIfAbsent(t.term(), k -> new int[1]);
                occurrences.computeIfAbsent(t.term(), k -> new ArrayList<>());
                int termLength = t.term().codePointCount(0, t.term().length());
                boolean whole = t.offset() == 0 && termLength == length;
                if (titles.contains(f)) {
                    flag[0] |= whole ? 3 : 1;
                }
                if (Tokenizer.isTrigram(t.term())) {
                    occurrences.get(t.term()).add(16 * t.offset() + (t.offset() + 3 == length ? 8 : 0) + f);
                }
            }
        }
        flags.forEach((term, flag) -> expected.computeIfAbsent(term, k -> new ArrayList<>())
                .add(new Posting(unit, project, indicator, flag[0], occurrences.get(term))));
    }
}
