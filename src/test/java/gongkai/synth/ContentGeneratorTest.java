package gongkai.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.Gongkai;
import gongkai.diag.Diagnostic;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentGeneratorTest {

    private static ContentGenerator.Result generate(int units, int projects, List<Integer> years, long seed) {
        return ContentGenerator.generate(new ContentGenerator.Spec(units, projects, years, seed));
    }

    /** Generates into {@code dir}, checks it with the real pipeline and returns the model. */
    private static Site writeAndCheck(Path dir, ContentGenerator.Result result) throws Exception {
        ContentWriter.write(dir, result.files(), false);
        Gongkai.CheckResult check = Gongkai.check(dir);
        List<Diagnostic> diagnostics = check.diagnostics().sorted();
        assertThat(diagnostics)
                .as("diagnostics of the generated content:%n%s", String.join("\n", diagnostics.stream().map(Diagnostic::toString).toList()))
                .isEmpty();
        assertThat(check.site()).isPresent();
        return check.site().get();
    }

    @Test
    void smallSiteHasNoDiagnosticsAndTheRequestedShape(@TempDir Path tmp) throws Exception {
        Site site = writeAndCheck(tmp.resolve("content"), generate(3, 5, List.of(2023, 2022), 42));

        assertThat(site.years()).extracting(FiscalYear::year).containsExactly(2023, 2022);
        assertThat(site.years()).extracting(y -> y.framework().id())
                .containsExactly(Frameworks.FROM_2023, Frameworks.BEFORE_2023);
        for (FiscalYear year : site.years()) {
            assertThat(year.units()).hasSize(3);
            for (Unit unit : year.units()) {
                assertThat(unit.code()).matches("\\d{6}");
                assertThat(unit.name()).endsWith("本级");
                assertThat(unit.region()).isPresent();
                assertThat(unit.projects()).hasSize(5);
                assertThat(unit.projects()).extracting(Project::order).containsExactly(1, 2, 3, 4, 5);
                assertThat(unit.goals()).isNotEmpty();
                String yy = String.format("%02d", year.year() % 100);
                for (Project p : unit.projects()) {
                    assertThat(p.code()).matches(unit.region().get() + yy + "P\\d{11}[0-9A-Z]");
                    assertThat(p.budget().total().text()).matches("\\d+\\.\\d{2}");
                    BigDecimal sum = p.budget().fiscal().orElseThrow().value()
                            .add(p.budget().other().map(a -> a.value()).orElse(BigDecimal.ZERO));
                    assertThat(sum).isEqualByComparingTo(p.budget().total().value());
                }
            }
        }
        // The same units every year.
        assertThat(site.years().get(0).units()).extracting(Unit::code)
                .containsExactlyElementsOf(site.years().get(1).units().stream().map(Unit::code).toList());
        assertThat(Files.readString(tmp.resolve("content/2022/year.yaml"))).contains("framework: output-benefit-satisfaction");
        assertThat(Files.readString(tmp.resolve("content/2023/year.yaml"))).contains("framework: output-cost-benefit-satisfaction");
    }

    /** Many seeds, the size asked for in the brief (10 × 20), and years on both sides of the 2023 framework change. */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2024, -5})
    void largerSitesHaveNoDiagnosticsForManySeeds(long seed, @TempDir Path tmp) throws Exception {
        ContentGenerator.Result result = generate(10, 20, List.of(2021, 2022, 2023, 2024), seed);
        assertThat(result.projects()).isEqualTo(4 * 10 * 20);

        Site site = writeAndCheck(tmp.resolve("c"), result);

        List<Project> all = site.years().stream().flatMap(y -> y.units().stream()).flatMap(u -> u.projects().stream()).toList();
        assertThat(all).hasSize(800);
        // Varied like the real disclosures: blank and filled 其他资金, blank months, qualitative and quantitative values.
        assertThat(all).anyMatch(p -> p.budget().other().isEmpty());
        assertThat(all).anyMatch(p -> p.budget().other().filter(o -> o.value().signum() > 0).isPresent());
        assertThat(all).anyMatch(p -> p.spendingPlan().orElseThrow().checkpoints().stream().anyMatch(c -> c.percent().isEmpty()));
        assertThat(all).allMatch(p -> p.spendingPlan().orElseThrow().checkpoints().stream()
                .flatMap(c -> c.percent().stream()).map(SpendingPlan.Percent::value).max(BigDecimal::compareTo)
                .orElseThrow().compareTo(BigDecimal.valueOf(100)) == 0);
        List<Indicator> indicators = all.stream().flatMap(p -> p.indicators().stream()).toList();
        assertThat(indicators).anyMatch(i -> i.value() instanceof IndicatorValue.Qualitative);
        assertThat(indicators).anyMatch(i -> i.value() instanceof IndicatorValue.Quantitative);
        assertThat(indicators).anyMatch(i -> i.value().text().matches("≤[\\d.]+万元/月"));
        assertThat(indicators).anyMatch(i -> i.value().text().matches("20\\d\\d年.*前.*"));
        // 成本指标 is a 二级指标 of 产出指标 before 2023 and its own 一级指标 from 2023 on.
        for (FiscalYear year : site.years()) {
            List<Indicator> inYear = year.units().stream().flatMap(u -> u.projects().stream())
                    .flatMap(p -> p.indicators().stream()).toList();
            if (year.year() < 2023) {
                assertThat(inYear).anyMatch(i -> i.level1().equals("产出指标") && i.level2().equals(java.util.Optional.of("成本指标")));
                assertThat(inYear).noneMatch(i -> i.level1().equals("成本指标"));
            } else {
                assertThat(inYear).anyMatch(i -> i.level1().equals("成本指标"));
            }
        }
    }

    /** With --continuing most projects continue, some through continues (some renamed), some by their name only. */
    @Test
    void continuingYearsAreValidAndMostProjectsContinue(@TempDir Path tmp) throws Exception {
        List<Integer> years = List.of(2021, 2022, 2023);
        Site site = writeAndCheck(tmp.resolve("content"),
                ContentGenerator.generate(new ContentGenerator.Spec(4, 20, years, 7, true)));
        gongkai.model.ProjectLineage lineage = gongkai.model.ProjectLineage.of(site);
        Map<gongkai.model.ProjectLineage.Match, Integer> matches = new TreeMap<>();
        int renamed = 0;
        int later = 0;
        for (var year : site.years()) {
            for (var unit : year.units()) {
                assertThat(unit.projects()).hasSize(20);
                for (Project p : unit.projects()) {
                    if (year.year() == 2021) {
                        assertThat(p.continues()).isEmpty();
                        continue;
                    }
                    later++;
                    var link = lineage.predecessor(year.year(), unit, p);
                    link.ifPresent(l -> matches.merge(l.match(), 1, Integer::sum));
                    if (link.isPresent() && !link.get().entry().project().name().equals(p.name())) {
                        renamed++;
                        assertThat(link.get().match()).isEqualTo(gongkai.model.ProjectLineage.Match.CONTINUES);
                    }
                }
            }
        }
        int continued = matches.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(continued).as("projects of 2022 and 2023 that continue one of the year before").isGreaterThan(later * 3 / 4);
        assertThat(matches.get(gongkai.model.ProjectLineage.Match.SAME_NAME)).isGreaterThan(later / 10);
        assertThat(matches.get(gongkai.model.ProjectLineage.Match.CONTINUES)).isGreaterThan(later / 3);
        assertThat(renamed).isGreaterThan(later / 10);
    }

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path tmp) throws Exception {
        List<Integer> years = List.of(2022, 2023);
        ContentWriter.write(tmp.resolve("a"), generate(3, 5, years, 99).files(), false);
        ContentWriter.write(tmp.resolve("b"), generate(3, 5, years, 99).files(), false);
        ContentWriter.write(tmp.resolve("c"), generate(3, 5, years, 100).files(), false);

        Map<String, byte[]> a = readTree(tmp.resolve("a"));
        Map<String, byte[]> b = readTree(tmp.resolve("b"));
        Map<String, byte[]> c = readTree(tmp.resolve("c"));
        // site.yaml, two frameworks, and per year: year.yaml and 3 units of unit.yaml, overall.md, measures.md, 5 projects.
        assertThat(a).hasSize(1 + 2 + 2 * (1 + 3 * (3 + 5)));
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String path : a.keySet()) {
            assertThat(b.get(path)).as(path).isEqualTo(a.get(path));
        }
        assertThat(c.keySet()).isNotEqualTo(a.keySet());
    }

    @Test
    void frameworksAreByteIdenticalToTheBundledOnes() throws IOException {
        Path bundled = Path.of("content", "frameworks");
        Map<String, String> generated = new TreeMap<>();
        generate(1, 1, List.of(2022), 1).files().forEach((path, text) -> {
            if (path.startsWith("frameworks/")) {
                generated.put(path.substring("frameworks/".length()), text);
            }
        });
        Map<String, String> expected = new TreeMap<>();
        try (Stream<Path> files = Files.list(bundled)) {
            for (Path f : files.toList()) {
                expected.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        // The bundled content ships more frameworks than the generator uses (one for the shipped forms' fixtures);
        // every framework the generator writes is byte-identical to the bundled file of its name.
        assertThat(generated).isNotEmpty();
        assertThat(expected).containsAllEntriesOf(generated);
    }

    @Test
    void everyDistrictAndBureauPairIsAUnitWithItsOwnCode() {
        assertThat(ContentGenerator.MAX_UNITS).isEqualTo(Vocabulary.DISTRICTS.size() * Vocabulary.BUREAUS.size());
        ContentGenerator.Result all = generate(ContentGenerator.MAX_UNITS, 1, List.of(2022), 3);
        long units = all.files().keySet().stream().filter(p -> p.endsWith("/unit.yaml")).count();
        assertThat(units).isEqualTo(ContentGenerator.MAX_UNITS);
    }

    @Test
    void moreProjectsThanIdeasGetDistinctNames(@TempDir Path tmp) throws Exception {
        Site site = writeAndCheck(tmp.resolve("c"), generate(1, 80, List.of(2022), 5));
        List<String> names = site.years().get(0).units().get(0).projects().stream().map(Project::name).toList();
        assertThat(names).hasSize(80).doesNotHaveDuplicates();
        assertThat(names).anyMatch(n -> n.endsWith("（二期）"));
    }

    @Test
    void specRejectsWhatCannotBeGeneratedWithChineseMessages() {
        assertThatThrownBy(() -> new ContentGenerator.Spec(0, 5, List.of(2022), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("单位数应在 1 到 420 之间");
        assertThatThrownBy(() -> new ContentGenerator.Spec(421, 5, List.of(2022), 1))
                .hasMessageContaining("单位数应在 1 到 420 之间");
        assertThatThrownBy(() -> new ContentGenerator.Spec(1, 1000, List.of(2022), 1))
                .hasMessageContaining("项目数应在 1 到 999 之间");
        assertThatThrownBy(() -> new ContentGenerator.Spec(1, 1, List.of(2022, 2022), 1))
                .hasMessageContaining("年度 2022 写了两次");
        assertThatThrownBy(() -> new ContentGenerator.Spec(1, 1, List.of(1999), 1))
                .hasMessageContaining("应在 2000 到 2099 之间");
        assertThatThrownBy(() -> new ContentGenerator.Spec(1, 1, List.of(), 1))
                .hasMessageContaining("至少指定一个年度");
        assertThatThrownBy(() -> new ContentGenerator.Spec(420, 999, List.of(2022), 1))
                .hasMessageContaining("一次最多生成 200000 个项目");
    }

    @Test
    void refusesANonEmptyFolderWithoutForceAndLeavesItAlone(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> ContentWriter.write(out, generate(1, 1, List.of(2022), 1).files(), false))
                .isInstanceOf(ContentWriter.WriteException.class)
                .hasMessageContaining("不是空的")
                .hasMessageContaining("--force")
                .matches(e -> ((ContentWriter.WriteException) e).isUsage());
        // Even with --force, a folder that holds anything but content is not deleted.
        assertThatThrownBy(() -> ContentWriter.write(out, generate(1, 1, List.of(2022), 1).files(), true))
                .hasMessageContaining("notes.txt");
        assertThat(readTree(out)).containsOnlyKeys("notes.txt");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine");
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void forceReplacesAPreviouslyGeneratedFolderCompletely(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        ContentWriter.write(out, generate(2, 2, List.of(2021, 2022), 1).files(), false);
        assertThat(out.resolve("2021")).isDirectory();

        ContentGenerator.Result second = generate(1, 3, List.of(2023), 2);
        ContentWriter.write(out, second.files(), true);

        assertThat(readTree(out).keySet()).containsExactlyElementsOf(second.files().keySet());
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no staging or old folder left, only the lock file")
                    .containsExactlyInAnyOrder("out", ".out.lock");
        }
    }

    @Test
    void writesIntoAnEmptyExistingFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("empty");
        Files.createDirectories(out);
        ContentGenerator.Result result = generate(1, 1, List.of(2022), 1);
        ContentWriter.write(out, result.files(), false);
        assertThat(readTree(out).keySet()).containsExactlyElementsOf(result.files().keySet());
    }

    /** Every regular file under {@code root} by its relative path with forward slashes, sorted. */
    static Map<String, byte[]> readTree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
