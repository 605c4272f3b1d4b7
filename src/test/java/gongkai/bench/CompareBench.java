package gongkai.bench;

import gongkai.Gongkai;
import gongkai.model.FiscalYear;
import gongkai.model.Project;
import gongkai.model.ProjectLineage;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import gongkai.view.ViewBuilder;
import gongkai.view.Views;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Benchmark of 历年对比 (run by {@code bench/compare-bench.sh}). Not a JUnit test: a {@code main} method that never
 * runs in {@code mvn test}.
 *
 * <p>Generates {@code --units} × {@code --projects} projects for each of {@code --years} with {@code --continuing},
 * checks them, then times in one JVM (median of {@code --runs}): {@link ProjectLineage#of}, all page views
 * ({@link ViewBuilder#pages}, which include the comparisons), and one page-only build ({@code --no-pdf}); counts the
 * projects with a comparison and the sizes of project pages with and without one. Prints Chinese results and one line
 * starting with {@code COMPAREBENCH}.
 */
public final class CompareBench {

    private CompareBench() {}

    public static void main(String[] args) throws Exception {
        int units = 100;
        int projects = 20;
        int runs = 5;
        List<Integer> years = List.of(2021, 2022, 2023);
        Path work = null;
        Path templates = Path.of("templates");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--projects" -> projects = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--years" -> years = Stream.of(args[i + 1].split(",")).map(Integer::parseInt).toList();
                case "--work" -> work = Path.of(args[i + 1]);
                case "--templates" -> templates = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("不认识的参数：" + args[i]);
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("gongkai-compare-bench-");
        }
        Path content = work.resolve("content");
        ContentWriter.write(content, ContentGenerator.generate(new ContentGenerator.Spec(units, projects, years, 42, true)).files(), true);
        Gongkai.CheckResult check = Gongkai.check(content);
        if (check.site().isEmpty() || !check.diagnostics().sorted().isEmpty()) {
            throw new IllegalStateException("generated content has diagnostics: " + check.diagnostics().sorted());
        }
        Site site = check.site().get();
        int total = site.years().stream().mapToInt(y -> y.units().stream().mapToInt(u -> u.projects().size()).sum()).sum();

        List<Long> lineageNanos = new ArrayList<>();
        List<Long> viewNanos = new ArrayList<>();
        List<Views.Page> pages = List.of();
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            ProjectLineage lineage = ProjectLineage.of(site);
            long t1 = System.nanoTime();
            pages = new ViewBuilder(site, s -> s, p -> OptionalLong.empty()).pages();
            long t2 = System.nanoTime();
            lineageNanos.add(t1 - t0);
            viewNanos.add(t2 - t1);
            if (lineage == null) {
                throw new AssertionError();
            }
        }
        long compared = pages.stream().filter(p -> p instanceof Views.ProjectPage pp && pp.yearComparison() != null).count();
        long unitsCompared = pages.stream().filter(p -> p instanceof Views.UnitPage up && up.yearComparison() != null).count();

        Path out = work.resolve("site");
        long b0 = System.nanoTime();
        Gongkai.BuildResult built = Gongkai.build(Gongkai.Options.of(content, templates, out).pdf(false)
                .withHistory(gongkai.history.History.unavailable("基准测试")));
        long buildMillis = (System.nanoTime() - b0) / 1_000_000;

        List<Long> withComparison = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (FiscalYear y : site.years()) {
            for (Unit u : y.units()) {
                for (Project p : u.projects()) {
                    long size = Files.size(out.resolve(ViewBuilder.projectPath(y.year(), u.code(), p.code())));
                    boolean has = Files.readString(out.resolve(ViewBuilder.projectPath(y.year(), u.code(), p.code()))).contains("id=\"compare\"");
                    (has ? withComparison : without).add(size);
                }
            }
        }
        System.out.printf(Locale.ROOT, "内容：%d 个年度 × %d 个单位 × %d 个项目 = %d 个项目；有历年对比的项目页 %d 个，单位页 %d 个%n",
                years.size(), units, projects, total, compared, unitsCompared);
        System.out.printf(Locale.ROOT, "ProjectLineage.of：中位数 %.1f ms；全部页面视图（含历年对比）：中位数 %.0f ms（%d 次）%n",
                median(lineageNanos) / 1e6, median(viewNanos) / 1e6, runs);
        System.out.printf(Locale.ROOT, "只生成网页的构建（--no-pdf）：%d ms，%d 个页面%n", buildMillis, built.pages());
        System.out.printf(Locale.ROOT, "项目页大小中位数：有历年对比 %d 字节，没有 %d 字节%n", medianLong(withComparison), medianLong(without));
        System.out.printf(Locale.ROOT, "COMPAREBENCH projects=%d compared=%d lineage_ms=%.1f views_ms=%.0f build_ms=%d page_with=%d page_without=%d%n",
                total, compared, median(lineageNanos) / 1e6, median(viewNanos) / 1e6, buildMillis, medianLong(withComparison),
                medianLong(without));
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long medianLong(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
