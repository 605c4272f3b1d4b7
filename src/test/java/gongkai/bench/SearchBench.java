package gongkai.bench;

import gongkai.Gongkai;
import gongkai.browser.Chrome;
import gongkai.history.History;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark of search (run by {@code bench/search-bench.sh}; see bench/README.md). Not a JUnit test.
 *
 * <p>Builds the bundled content and generated content ({@code --units} × {@code --projects}, 2,000 projects by
 * default, years from {@code --years}) without PDFs, prints the size of the index files by kind (bytes and gzip -9 for
 * information), then measures in headless Chromium, from {@code file://}, the median of {@code --runs} of:
 * <ol>
 * <li><b>from page load</b>: opening {@code search.html?q=…}, from navigation start to the results being in the DOM
 *     ({@code performance.now()} when search.js has put them there; includes parsing the page and loading the
 *     manifest, the term files and the documents shown);</li>
 * <li><b>first query typed</b>: the page already loaded with nothing fetched, the query typed and Enter pressed:
 *     from the submit event to the results in the DOM (loads the manifest, the term files and the documents);</li>
 * <li><b>next query</b>: the same with the manifest loaded (and the files the first query loaded).</li>
 * </ol>
 * Prints Chinese results and one line starting with {@code SEARCHBENCH}.
 */
public final class SearchBench {

    private SearchBench() {}

    public static void main(String[] args) throws Exception {
        int units = 100;
        int projects = 20;
        int runs = 7;
        List<Integer> years = List.of(2022);
        Path work = null;
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--projects" -> projects = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--years" -> years = Stream.of(args[i + 1].split(",")).map(Integer::parseInt).toList();
                case "--work" -> work = Path.of(args[i + 1]);
                case "--root" -> root = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("不认识的参数：" + args[i]);
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("gongkai-search-bench-");
        }
        Path templates = root.resolve("templates");

        Path seedSite = build(root.resolve("content"), templates, work.resolve("seed-site"));
        Path content = work.resolve("content");
        ContentGenerator.Result generated = ContentGenerator.generate(new ContentGenerator.Spec(units, projects, years, 42));
        ContentWriter.write(content, generated.files(), false);
        Path bigSite = build(content, templates, work.resolve("site"));
        Site big = Gongkai.check(content).site().orElseThrow();

        System.out.println("== 索引大小：随附内容（1 个单位、6 个项目）");
        long[] seedSizes = sizes(seedSite);
        System.out.printf(Locale.ROOT, "== 索引大小：合成内容（%d 个单位 × %d 个项目 × %d 个年度 = %d 个项目）%n", units, projects,
                years.size(), generated.projects());
        long[] bigSizes = sizes(bigSite);

        Project sample = big.years().get(0).units().get(units / 2).projects().get(projects / 2);
        String fragment = sample.name().substring(0, Math.min(2, sample.name().length()));
        String code = sample.code().substring(0, 12);
        try (Chrome chrome = Chrome.start()) {
            ChromeDriver driver = chrome.driver();
            System.out.println("== 到第一个结果的时间（Chromium，file://，中位数，" + runs + " 次）");
            double[] seed = time(driver, seedSite, "维护", "专线", runs);
            double[] gen1 = time(driver, bigSite, fragment, code, runs);
            double[] gen2 = time(driver, bigSite, sample.name(), fragment, runs);
            System.out.printf(Locale.ROOT, "SEARCHBENCH seed_index_bytes=%d seed_index_gzip=%d big_index_bytes=%d big_index_gzip=%d "
                            + "seed_load_ms=%.1f seed_first_ms=%.1f seed_next_ms=%.1f big_load_ms=%.1f big_first_ms=%.1f big_next_ms=%.1f "
                            + "big_name_load_ms=%.1f big_name_first_ms=%.1f%n",
                    seedSizes[0], seedSizes[1], bigSizes[0], bigSizes[1], seed[0], seed[1], seed[2], gen1[0], gen1[1], gen1[2],
                    gen2[0], gen2[1]);
        }
    }

    private static Path build(Path content, Path templates, Path out) throws Exception {
        Gongkai.BuildResult r = Gongkai.build(Gongkai.Options.of(content, templates, out).pdf(false)
                .withHistory(History.unavailable("性能测试")));
        if (!r.written()) {
            throw new IllegalStateException("没有生成网站：" + r.check().diagnostics().sorted());
        }
        return out;
    }

    /**
     * Prints the index files by kind (the manifest, and per year the term, position and document files: count, bytes
     * and gzip bytes) and returns the total bytes and gzip bytes.
     */
    private static long[] sizes(Path site) throws IOException {
        Path search = site.resolve("search");
        java.util.Map<String, long[]> kinds = new java.util.TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(search)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String relative = search.relativize(f).toString().replace('\\', '/');
            // search/manifest.js, search/2022/terms/…, search/2022/positions/…, search/2022/docs/<unit>/…
            String[] parts = relative.split("/");
            String kind = parts.length == 1 ? relative : parts[0] + "/" + parts[1] + "/";
            byte[] bytes = Files.readAllBytes(f);
            long[] k = kinds.computeIfAbsent(kind, x -> new long[3]);
            k[0]++;
            k[1] += bytes.length;
            k[2] += gzipSize(bytes);
        }
        long total = 0;
        long gzip = 0;
        for (var e : kinds.entrySet()) {
            long[] k = e.getValue();
            total += k[1];
            gzip += k[2];
            System.out.printf(Locale.ROOT, "  %-24s %,7d 个文件 %,12d 字节  gzip %,11d 字节%n", "search/" + e.getKey(), k[0], k[1], k[2]);
        }
        long page = Files.size(site.resolve("search.html"));
        System.out.printf(Locale.ROOT, "  %-24s %,7d 个文件 %,12d 字节  gzip %,11d 字节%n", "合计（索引）", files.size(), total, gzip);
        System.out.printf(Locale.ROOT, "  %-24s %,7d 个文件 %,12d 字节  gzip %,11d 字节%n", "search.html", 1, page,
                gzipSize(Files.readAllBytes(site.resolve("search.html"))));
        return new long[] {total, gzip};
    }

    private static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            z.write(bytes);
        }
        return out.size();
    }

    /** Medians of: from page load, first query typed, next query; in milliseconds. */
    private static double[] time(ChromeDriver driver, Path site, String query, String next, int runs) {
        String url = site.resolve("search.html").toUri().toString();
        List<Double> load = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        List<Double> again = new ArrayList<>();
        for (int r = 0; r < runs + 1; r++) {
            driver.get(url + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            double l = awaitRun(driver, 1);
            driver.get(url);
            driver.findElement(By.id("search-q")).sendKeys(query, Keys.ENTER);
            double f = awaitRun(driver, 1);
            driver.findElement(By.id("search-q")).sendKeys(Keys.chord(Keys.CONTROL, "a"), next, Keys.ENTER);
            double n = awaitRun(driver, 2);
            if (r > 0) { // the first round warms up the browser
                load.add(l);
                first.add(f);
                again.add(n);
            }
        }
        String status = driver.findElement(By.id("search-status")).getText();
        double[] m = {median(load), median(first), median(again)};
        System.out.printf(Locale.ROOT, "  %s：打开 search.html?q=%s %.1f ms；页面已打开、第一次搜索 %.1f ms；再搜“%s” %.1f ms（%s）%n",
                site.getParent().relativize(site), query, m[0], m[1], next, m[2], status);
        return m;
    }

    private static double awaitRun(ChromeDriver driver, int runs) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            Object n = driver.executeScript("return window.gongkaiSearchStats && window.gongkaiSearchStats.runs;");
            return n instanceof Number x && x.intValue() >= runs;
        });
        return ((Number) driver.executeScript("return window.gongkaiSearchStats.lastMs;")).doubleValue();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
