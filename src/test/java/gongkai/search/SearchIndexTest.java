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
import gongkai.model.Unit;
import gongkai.model.UnitTable;
import gongkai.output.GeneratedFile;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import gongkai.view.ViewBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The index files read back (JSON parsed, postings decoded) and compared with the model they were made from. */
class SearchIndexTest {

    private static Site bundled() {
        return Gongkai.check(Path.of("content")).site().orElseThrow();
    }

    private static Site generated(Path folder) throws Exception {
        ContentGenerator.Result r = ContentGenerator.generate(new ContentGenerator.Spec(4, 6, List.of(2022, 2023), 7));
        ContentWriter.write(folder, r.files(), false);
        return Gongkai.check(folder).site().orElseThrow();
    }

    @Test
    void theBundledIndexHoldsEveryUnitProjectAndIndicatorAsWritten() {
        Site site = bundled();
        List<GeneratedFile> files = SearchIndex.files(site);
        assertThat(files).extracting(GeneratedFile::path).containsExactly("search/manifest.js", "search/2022-1.js");
        compare(site, files);
    }

    @Test
    void aYearWithMoreDocumentsThanAShardHoldsIsSplitAtUnitsAndNothingIsLost(@TempDir Path dir) throws Exception {
        Site site = generated(dir);
        List<GeneratedFile> files = SearchIndex.files(site, 60);
        List<String> paths = files.stream().map(GeneratedFile::path).toList();
        assertThat(paths).contains("search/2023-1.js", "search/2023-2.js", "search/2022-1.js", "search/2022-2.js");
        assertThat(paths.stream().filter(p -> p.startsWith("search/2023-")).count()).isGreaterThan(1);
        compare(site, files);
        // A unit larger than the limit still gets a shard (of its own).
        compare(site, SearchIndex.files(site, 1));
    }

    @Test
    void everyTermOfEveryDocumentIsPostedAndNothingElse(@TempDir Path dir) throws Exception {
        Site site = generated(dir);
        for (GeneratedFile file : SearchIndex.files(site, 80)) {
            if (file.path().equals(SearchIndex.MANIFEST)) {
                continue;
            }
            DecodedShard shard = DecodedShard.read(file);
            Map<Integer, Set<String>> posted = new TreeMap<>();
            shard.postings().forEach((term, docs) -> {
                assertThat(docs).as("postings of %s are ascending and distinct", term).isSorted().doesNotHaveDuplicates();
                docs.forEach(d -> posted.computeIfAbsent(d, k -> new TreeSet<>()).add(term));
            });
            List<Set<String>> expected = expectedTerms(shard);
            for (int doc = 0; doc < expected.size(); doc++) {
                assertThat(posted.getOrDefault(doc, Set.of())).as("terms posted for document %d of %s", doc, file.path())
                        .isEqualTo(expected.get(doc));
            }
            assertThat(posted.keySet()).allMatch(d -> d < expected.size());
            List<String> terms = new ArrayList<>(shard.postings().keySet());
            assertThat(terms).isSorted();
        }
    }

    /**
     * The shipped forms' fixtures: the 项目分类 of a project and the 部门（单位）职责 and 年度总体绩效目标 of a unit's
     * 部门（单位）整体绩效目标表 are in the index and find their document; 财政部门审核意见 is not indexed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.check.FormFixtures#names")
    void theFormsFieldsAReaderSearchesAreIndexed(String name, @TempDir Path dir) {
        Site site = Gongkai.check(FormFixtures.fixture(name).writeTo(dir)).site().orElseThrow();
        List<GeneratedFile> files = SearchIndex.files(site);
        compare(site, files);
        DecodedShard shard = DecodedShard.read(files.get(1));
        Map<String, List<Integer>> postings = shard.postings();
        Unit unit = site.years().get(0).units().get(0);
        int projects = 0;
        for (Unit u : site.years().get(0).units()) {
            projects += u.projects().size();
        }
        for (String text : unit.table().map(t -> List.of(t.duties().orElseThrow(), t.target().orElseThrow())).orElse(List.of())) {
            for (String term : Tokenizer.terms(text)) {
                assertThat(postings.get(term)).as("unit document under %s", term).contains(0);
            }
        }
        Project project = unit.projects().get(0);
        project.text(ProjectField.CATEGORY).ifPresent(category -> Tokenizer.terms(category)
                .forEach(term -> assertThat(postings.get(term)).as("project document under %s", term).contains(1)));
        // The review is a formality (同意) on every project of a form; searching it would find them all, so it is not indexed.
        project.text(ProjectField.REVIEW).ifPresent(review -> assertThat(postings.getOrDefault(Tokenizer.terms(review).get(0), List.of()))
                .as("the review %s is not indexed", review).doesNotContain(1));
        assertThat(projects).isPositive();
    }

    @Test
    void scriptBreakingTextIsEscapedAndReadsBackUnchanged() {
        Site site = bundled();
        FiscalYear year = site.years().get(0);
        Unit u = year.units().get(0);
        String name = "</script><script>alert(1)</script><!-- \u2028 \u2029 \"引号\" \\";
        Project p = u.projects().get(0);
        Project evil = new Project(p.code(), name, p.order(), p.budget(), p.purpose().orElseThrow(), p.spendingPlan().orElseThrow(), p.goal(),
                p.indicators(), p.level1Scores(), p.continues());
        List<Project> projects = new ArrayList<>(u.projects());
        projects.set(0, evil);
        Unit unit = new Unit(u.code(), u.name(), u.department(), u.region(), u.overallGoal(), u.goals(), u.measures(), projects,
                u.declaredTotal(), u.publication());
        Site changed = new Site(site.config(), List.of(new FiscalYear(year.year(), year.framework(), List.of(unit))));

        GeneratedFile shard = SearchIndex.files(changed).get(1);
        String text = new String(shard.content(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("</").doesNotContain("<!--").doesNotContain("\u2028").doesNotContain("\u2029")
                .doesNotContain("<");
        assertThat(text.lines().count()).as("one line").isEqualTo(1);
        DecodedShard decoded = DecodedShard.read(shard);
        assertThat(decoded.string(decoded.json().get("p").get(0).get(2).asInt())).isEqualTo(name);
    }

    @Test
    void theSameContentGivesTheSameFiles() {
        assertThat(SearchIndex.files(bundled())).isEqualTo(SearchIndex.files(bundled()));
    }

    /** Each shard, decoded, against the units of the model it should hold; every unit in exactly one shard. */
    private static void compare(Site site, List<GeneratedFile> files) {
        DecodedShard manifest = DecodedShard.read(files.get(0));
        assertThat(manifest.call()).isEqualTo("manifest");
        assertThat(manifest.json().get("v").asInt()).isEqualTo(SearchIndex.VERSION);
        Map<String, GeneratedFile> byPath = files.stream().collect(Collectors.toMap(GeneratedFile::path, f -> f));
        JsonNode entries = manifest.json().get("shards");
        assertThat(entries.size()).isEqualTo(files.size() - 1);
        List<String> unitsSeen = new ArrayList<>();
        for (JsonNode entry : entries) {
            DecodedShard shard = DecodedShard.read(byPath.get(entry.get("f").asText()));
            assertThat(shard.call()).isEqualTo("shard");
            JsonNode j = shard.json();
            int yearNumber = entry.get("y").asInt();
            assertThat(j.get("y").asInt()).isEqualTo(yearNumber);
            assertThat(j.get("f").asText()).isEqualTo(entry.get("f").asText());
            assertThat(j.get("u").size()).isEqualTo(entry.get("u").asInt());
            assertThat(j.get("p").size()).isEqualTo(entry.get("p").asInt());
            List<Integer> in = shard.indicators();
            assertThat(in).hasSize(5 * entry.get("i").asInt());
            FiscalYear year = site.years().stream().filter(y -> y.year() == yearNumber).findFirst().orElseThrow();
            int projectNo = 0;
            int indicatorNo = 0;
            for (JsonNode un : j.get("u")) {
                Unit unit = year.units().stream().filter(x -> x.code().equals(un.get(0).asText())).findFirst().orElseThrow();
                unitsSeen.add(yearNumber + "/" + unit.code());
                assertThat(shard.string(un.get(1).asInt())).isEqualTo(unit.name());
                assertThat(shard.string(un.get(2).asInt())).isEqualTo(unit.department().orElse(null));
                assertThat(un.get(3).asText()).isEqualTo(ViewBuilder.unitPath(yearNumber, unit.code()));
                assertThat(un).hasSize(6);
                assertThat(shard.string(un.get(4).asInt())).isEqualTo(unit.table().flatMap(UnitTable::duties).orElse(null));
                assertThat(shard.string(un.get(5).asInt())).isEqualTo(unit.table().flatMap(UnitTable::target).orElse(null));
                for (Project p : unit.projects()) {
                    JsonNode pn = j.get("p").get(projectNo);
                    assertThat(j.get("u").get(pn.get(0).asInt()).get(0).asText()).isEqualTo(unit.code());
                    assertThat(pn.get(1).asText()).isEqualTo(p.code());
                    assertThat(shard.string(pn.get(2).asInt())).isEqualTo(p.name());
                    assertThat(shard.string(pn.get(3).asInt())).isEqualTo(p.purpose().orElse(""));
                    assertThat(shard.string(pn.get(4).asInt())).isEqualTo(p.goal());
                    assertThat(pn.get(5).asText()).isEqualTo(ViewBuilder.projectPath(yearNumber, unit.code(), p.code()));
                    assertThat(pn.get(6).asInt()).isEqualTo(p.indicators().size());
                    assertThat(pn).hasSize(8);
                    assertThat(shard.string(pn.get(7).asInt())).isEqualTo(p.text(ProjectField.CATEGORY).orElse(null));
                    for (int k = 0; k < p.indicators().size(); k++) {
                        Indicator ind = p.indicators().get(k);
                        int at = 5 * indicatorNo++;
                        assertThat(shard.string(in.get(at))).isEqualTo(ind.level1());
                        assertThat(shard.string(in.get(at + 1) - 1)).isEqualTo(ind.level2().orElse(null));
                        assertThat(shard.string(in.get(at + 2))).isEqualTo(ind.level3());
                        assertThat(shard.string(in.get(at + 3))).isEqualTo(ind.value().text());
                        assertThat(shard.string(in.get(at + 4))).isEqualTo(ViewBuilder.indicatorAnchor(k));
                    }
                    projectNo++;
                }
            }
            assertThat(projectNo).isEqualTo(j.get("p").size());
            assertThat(5 * indicatorNo).isEqualTo(in.size());
            Set<String> strings = new TreeSet<>();
            j.get("s").forEach(s -> assertThat(strings.add(s.asText())).as("string %s once", s).isTrue());
        }
        List<String> expected = site.years().stream().flatMap(y -> y.units().stream().map(u -> y.year() + "/" + u.code())).toList();
        assertThat(unitsSeen).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
    }

    /** The terms each document of a decoded shard should be posted under, from its texts as the shard holds them. */
    private static List<Set<String>> expectedTerms(DecodedShard shard) {
        JsonNode j = shard.json();
        List<Set<String>> out = new ArrayList<>();
        for (JsonNode u : j.get("u")) {
            out.add(terms(u.get(0).asText(), shard.string(u.get(1).asInt()), shard.string(u.get(2).asInt()),
                    shard.string(u.get(4).asInt()), shard.string(u.get(5).asInt())));
        }
        for (JsonNode p : j.get("p")) {
            out.add(terms(p.get(1).asText(), shard.string(p.get(2).asInt()), shard.string(p.get(3).asInt()),
                    shard.string(p.get(4).asInt()), shard.string(p.get(7).asInt())));
        }
        List<Integer> i = shard.indicators();
        for (int at = 0; at < i.size(); at += 5) {
            out.add(terms(shard.string(i.get(at)), shard.string(i.get(at + 1) - 1), shard.string(i.get(at + 2)),
                    shard.string(i.get(at + 3))));
        }
        return out;
    }

    private static Set<String> terms(String... texts) {
        Set<String> out = new TreeSet<>();
        for (String t : texts) {
            if (t != null) {
                out.addAll(Tokenizer.terms(t));
            }
        }
        return out;
    }
}
