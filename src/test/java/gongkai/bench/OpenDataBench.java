package gongkai.bench;

import gongkai.Gongkai;
import gongkai.data.OpenData;
import gongkai.model.Site;
import gongkai.output.GeneratedFile;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark of the open data files (run by {@code bench/data-bench.sh}; see bench/README.md). Not a JUnit test.
 *
 * <p>Generates content ({@code --units} × {@code --projects} per year, {@code --years}), checks it, then times
 * {@link OpenData#files} (the first call, then the median of {@code --runs}) and prints the number and size of the
 * files by kind, and one line starting with {@code DATABENCH}.
 */
public final class OpenDataBench {

    private OpenDataBench() {}

    public static void main(String[] args) throws Exception {
        int units = 100;
        int projects = 20;
        int runs = 5;
        List<Integer> years = List.of(2022);
        Path work = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--projects" -> projects = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--years" -> years = java.util.Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).toList();
                case "--work" -> work = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("不认识的参数：" + args[i]);
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("gongkai-data-bench-");
        }
        Path content = work.resolve("content");
        ContentWriter.write(content, ContentGenerator.generate(new ContentGenerator.Spec(units, projects, years, 42)).files(), false);
        Site site = Gongkai.check(content).site().orElseThrow(() -> new IllegalStateException("生成的内容没有通过检查"));

        long t0 = System.nanoTime();
        List<GeneratedFile> files = OpenData.files(site);
        long first = System.nanoTime() - t0;
        List<Long> times = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            OpenData.files(site);
            times.add(System.nanoTime() - t);
        }
        Collections.sort(times);
        long median = times.get(times.size() / 2);

        long siteCsv = 0;
        long unitCsv = 0;
        long json = 0;
        long pkg = 0;
        int unitCsvCount = 0;
        int jsonCount = 0;
        for (GeneratedFile f : files) {
            if (f.path().equals(OpenData.DATA_PACKAGE)) {
                pkg = f.size();
            } else if (f.path().matches("data/[^/]+\\.csv")) {
                siteCsv += f.size();
            } else if (f.path().endsWith(".csv")) {
                unitCsv += f.size();
                unitCsvCount++;
            } else {
                json += f.size();
                jsonCount++;
            }
        }
        long total = siteCsv + unitCsv + json + pkg;
        int projectCount = units * projects * years.size();
        System.out.printf(Locale.ROOT, "内容：%d 个年度 × %d 个单位 × %d 个项目 = %d 个项目%n", years.size(), units, projects, projectCount);
        System.out.printf(Locale.ROOT, "文件：%d 个，共 %.1f KB%n", files.size(), total / 1024.0);
        System.out.printf(Locale.ROOT, "  全站 CSV 2 个：%.1f KB；datapackage.json：%.1f KB%n", siteCsv / 1024.0, pkg / 1024.0);
        System.out.printf(Locale.ROOT, "  单位 CSV %d 个：%.1f KB%n", unitCsvCount, unitCsv / 1024.0);
        System.out.printf(Locale.ROOT, "  JSON %d 个：%.1f KB%n", jsonCount, json / 1024.0);
        System.out.printf(Locale.ROOT, "生成时间（内存中，不含写盘）：首次 %.0f ms，之后 %d 次的中位数 %.0f ms%n",
                first / 1e6, runs, median / 1e6);
        System.out.printf(Locale.ROOT, "DATABENCH projects=%d files=%d bytes=%d first_ms=%.0f median_ms=%.0f%n",
                projectCount, files.size(), total, first / 1e6, median / 1e6);
    }
}
