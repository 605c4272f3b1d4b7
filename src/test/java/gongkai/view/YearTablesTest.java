package gongkai.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.Gongkai;
import gongkai.model.Amount;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SiteEdits;
import gongkai.model.Unit;
import gongkai.output.GeneratedFile;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year pages' project lists read back and compared with the model; an edit changes few of them. */
class YearTablesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Site site;

    @BeforeAll
    static void generate() throws Exception {
        Path content = dir.resolve("content");
        ContentWriter.write(content, ContentGenerator.generate(new ContentGenerator.Spec(40, 12, List.of(2022, 2023), 3)).files(), false);
        site = Gongkai.check(content).site().orElseThrow();
    }

    private static JsonNode json(GeneratedFile file, String call) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith(call + "(").endsWith(");\n").doesNotContain("<");
        try {
            JsonNode json = JSON.readTree(text.substring(call.length() + 1, text.length() - 3));
            assertThat(json.get("f").asText()).isEqualTo(file.path());
            return json;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, GeneratedFile> byPath(List<GeneratedFile> files) {
        Map<String, GeneratedFile> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), f));
        return out;
    }

    @Test
    void thePartsHoldEveryProjectOfTheYearInOrderAsTheYearPageShowsIt() {
        Map<String, GeneratedFile> files = byPath(YearTables.files(site));
        for (FiscalYear year : site.years()) {
            List<String> parts = YearTables.partPaths(year);
            assertThat(parts.size()).as("parts of %s", year.year()).isGreaterThan(1);
            String page = ViewBuilder.yearPath(year.year());
            List<String> seenUnits = new ArrayList<>();
            List<Project> seenProjects = new ArrayList<>();
            for (String path : parts) {
                JsonNode part = json(files.get(path), "gongkaiTables.part");
                assertThat(part.get("y").asInt()).isEqualTo(year.year());
                JsonNode s = part.get("s");
                assertThat(path).isEqualTo(YearTables.folder(year.year()) + part.get("u").get(0).get(0).asText() + ".js");
                int projectsInPart = 0;
                for (JsonNode p : part.get("p")) {
                    JsonNode u = part.get("u").get(p.get(0).asInt());
                    Unit unit = year.units().stream().filter(x -> x.code().equals(u.get(0).asText())).findFirst().orElseThrow();
                    Project project = unit.projects().stream().filter(x -> x.code().equals(p.get(1).asText())).findFirst().orElseThrow();
                    seenProjects.add(project);
                    projectsInPart++;
                    assertThat(s.get(u.get(1).asInt()).asText()).isEqualTo(unit.name());
                    assertThat(u.get(2).asText()).isEqualTo(ViewBuilder.relative(page, ViewBuilder.unitPath(year.year(), unit.code())));
                    assertThat(u.get(3).asText() + project.code() + u.get(4).asText())
                            .isEqualTo(ViewBuilder.relative(page, ViewBuilder.projectPath(year.year(), unit.code(), project.code())));
                    assertThat(s.get(p.get(2).asInt()).asText()).isEqualTo(project.name());
                    assertThat(p.get(3).asText()).isEqualTo(project.budget().total().text());
                    Set<List<String>> pairs = new LinkedHashSet<>();
                    for (Indicator i : project.indicators()) {
                        pairs.add(Arrays.asList(i.level1(), i.level2().orElse(null)));
                    }
                    List<List<String>> written = new ArrayList<>();
                    for (int c = 0; c < p.get(4).size(); c += 2) {
                        int l2 = p.get(4).get(c + 1).asInt();
                        written.add(Arrays.asList(s.get(p.get(4).get(c).asInt()).asText(), l2 < 0 ? null : s.get(l2).asText()));
                    }
                    assertThat(written).isEqualTo(new ArrayList<>(pairs));
                }
                part.get("u").forEach(u -> seenUnits.add(u.get(0).asText()));
                if (part.get("u").size() > 1) {
                    assertThat(projectsInPart).isLessThanOrEqualTo(YearTables.MAX_PART_PROJECTS);
                }
            }
            assertThat(seenUnits).isEqualTo(year.units().stream().map(Unit::code).toList());
            List<Project> all = year.units().stream().flatMap(u -> u.projects().stream()).toList();
            assertThat(seenProjects).isEqualTo(all);

            // The name order: each project's place when sorted by name in Chinese collation, then by code.
            JsonNode order = json(files.get(YearTables.orderPath(year.year())), "gongkaiTables.order");
            List<Integer> ranks = gongkai.search.Varint.readAll(order.get("r").asText());
            Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
            List<Integer> byName = IntStream.range(0, all.size()).boxed()
                    .sorted(Comparator.comparing((Integer i) -> all.get(i).name(), collator).thenComparing(i -> all.get(i).code())).toList();
            for (int r = 0; r < byName.size(); r++) {
                assertThat(ranks.get(byName.get(r))).isEqualTo(r + 1);
            }
        }
        long expected = site.years().stream().mapToLong(y -> YearTables.partPaths(y).size() + 1).sum();
        assertThat(files).hasSize((int) expected);
    }

    @Test
    void theYearPageHoldsTheFirstPageOfRowsAndNamesEveryPart() {
        List<Views.Page> pages = new ViewBuilder(site, UnaryOperator.identity(), p -> OptionalLong.empty()).pages();
        FiscalYear year = site.years().get(0);
        Views.YearPage page = pages.stream().filter(Views.YearPage.class::isInstance).map(Views.YearPage.class::cast)
                .filter(p -> p.year() == year.year()).findFirst().orElseThrow();
        Views.ProjectTable table = page.projects();
        List<Project> all = year.units().stream().flatMap(u -> u.projects().stream()).toList();
        assertThat(table.count()).isEqualTo(all.size());
        assertThat(table.rows()).hasSize(YearTables.PAGE_SIZE);
        assertThat(table.rows().stream().map(Views.ProjectRow::code).toList())
                .isEqualTo(all.subList(0, YearTables.PAGE_SIZE).stream().map(Project::code).toList());
        assertThat(table.paging().pageSize()).isEqualTo(YearTables.PAGE_SIZE);
        assertThat(table.paging().parts()).isEqualTo(YearTables.partPaths(year).stream().map(p -> "../" + p).toList());
        assertThat(table.paging().order()).isEqualTo("../" + YearTables.orderPath(year.year()));
        assertThat(table.totalLabel()).isEqualTo("合计（全部 " + all.size() + " 个项目）");
        // A unit page's table holds every project and is not paged.
        Views.UnitPage unit = pages.stream().filter(Views.UnitPage.class::isInstance).map(Views.UnitPage.class::cast).findFirst().orElseThrow();
        assertThat(unit.browse().projects().paging()).isNull();
        assertThat(unit.browse().projects().rows()).hasSize(unit.browse().projects().count());
    }

    @Test
    void aRenamedProjectChangesItsPartAndTheNameOrderOnlyAndANewAmountItsPartOnly() {
        int u = 17;
        FiscalYear year = site.years().get(0);
        Unit unit = year.units().get(u);
        String part = YearTables.partPaths(year).stream().filter(p -> {
            JsonNode json = json(byPath(YearTables.files(site)).get(p), "gongkaiTables.part");
            for (JsonNode x : json.get("u")) {
                if (x.get(0).asText().equals(unit.code())) {
                    return true;
                }
            }
            return false;
        }).findFirst().orElseThrow();
        Site renamed = SiteEdits.withProject(site, 0, u, 2, p -> SiteEdits.named(p, "阿" + p.name()));
        assertThat(changed(site, renamed)).containsExactlyInAnyOrder(part, YearTables.orderPath(year.year()));
        Site amount = SiteEdits.withProject(site, 0, u, 2, p -> SiteEdits.withTotal(p, Amount.of("123.45")));
        assertThat(changed(site, amount)).containsExactly(part);
    }

    private static List<String> changed(Site a, Site b) {
        Map<String, GeneratedFile> before = byPath(YearTables.files(a));
        Map<String, GeneratedFile> after = byPath(YearTables.files(b));
        Set<String> paths = new HashSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(p -> !before.containsKey(p) || !after.containsKey(p)
                || !Arrays.equals(before.get(p).content(), after.get(p).content())).sorted().toList();
    }
}
