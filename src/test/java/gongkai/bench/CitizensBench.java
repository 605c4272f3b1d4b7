package gongkai.bench;

import gongkai.Gongkai;
import gongkai.browser.Chrome;
import gongkai.history.History;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark of what a citizen waits for on a large site (run by {@code bench/citizens-bench.sh}; see
 * bench/README.md). Not a JUnit test.
 *
 * <p>Takes a built site ({@code --site}), or builds one without PDFs from {@code --content} or from generated content
 * ({@code --units} × {@code --projects}, one year), then prints:
 * <ol>
 * <li>the largest HTML pages;</li>
 * <li>DOMContentLoaded of the year page and of the search page in headless Chromium, from {@code file://}, with a
 *     390 px wide viewport (median of {@code --runs}), and on the year page the time until its project table says
 *     what it shows (its status line is filled);</li>
 * <li>for each two-character query: the time to the first result and the bytes of every script loaded under
 *     {@code search/} (the manifest included), (a) opening {@code search.html?q=…} (from navigation start), (b) with
 *     the page open, typing the query and pressing Enter (from the submit). Bytes are the sizes on disk of the
 *     script elements' files (the index is loaded only as scripts; from file:// nothing is compressed, and the
 *     browser's resource timing lists no file:// resources).</li>
 * </ol>
 * Independent of how the site is made: it reads only the pages, the DOM and the browser's timings (plus the
 * {@code window.gongkaiSearchStats} that search.js keeps). Prints one line starting with {@code CITIZENSBENCH}.
 */
public final class CitizensBench {

    private CitizensBench() {}

    public static void main(String[] args) throws Exception {
        Path site = null;
        Path content = null;
        int units = 400;
        int projects = 50;
        int runs = 5;
        int year = 2022;
        List<String> queries = new ArrayList<>(List.of("维护", "运行", "满意", "指标"));
        Path work = null;
        Path templates = Path.of("templates");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--site" -> site = Path.of(args[i + 1]);
                case "--content" -> content = Path.of(args[i + 1]);
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--projects" -> projects = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--year" -> year = Integer.parseInt(args[i + 1]);
                case "--queries" -> queries = List.of(args[i + 1].split(","));
                case "--work" -> work = Path.of(args[i + 1]);
                case "--templates" -> templates = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("不认识的参数：" + args[i]);
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("gongkai-citizens-bench-");
        }
        if (site == null) {
            if (content == null) {
                content = work.resolve("content");
                ContentWriter.write(content, ContentGenerator.generate(new ContentGenerator.Spec(units, projects, List.of(year), 42)).files(), false);
            }
            site = work.resolve("site");
            long start = System.nanoTime();
            Gongkai.BuildResult r = Gongkai.build(Gongkai.Options.of(content, templates, site).pdf(false)
                    .withHistory(History.unavailable("性能测试")));
            if (!r.written()) {
                throw new IllegalStateException("没有生成网站：" + r.check().diagnostics().sorted());
            }
            System.out.printf(Locale.ROOT, "已生成网站 %s：%d 个页面，用时 %.1f 秒%n", site, r.pages(), (System.nanoTime() - start) / 1e9);
        }

        Map<String, Long> html = htmlSizes(site);
        System.out.println("== 最大的 HTML 页面");
        html.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-40s %,12d 字节%n", e.getKey(), e.getValue()));
        Map.Entry<String, Long> largest = html.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        String yearPage = year + "/index.html";
        System.out.printf(Locale.ROOT, "  年度页 %s %,d 字节，搜索页 search.html %,d 字节%n", yearPage, html.get(yearPage), html.get("search.html"));

        Map<String, Double> summary = new LinkedHashMap<>();
        try (Chrome chrome = Chrome.start()) {
            ChromeDriver d = chrome.driver();
            d.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(300)).scriptTimeout(java.time.Duration.ofSeconds(300));
            d.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
            System.out.println("== DOMContentLoaded（Chromium，file://，390 像素宽，" + runs + " 次的中位数，另有 1 次预热）");
            double[] yearTimes = yearPage(d, site.resolve(yearPage), runs);
            System.out.printf(Locale.ROOT, "  %s：DOMContentLoaded %.0f ms；项目表的状态行出现 %.0f ms（%s）%n", yearPage, yearTimes[0], yearTimes[1],
                    d.findElements(By.id("projects-status")).isEmpty() ? "" : d.findElement(By.id("projects-status")).getText());
            double searchDcl = domContentLoaded(d, site.resolve("search.html"), runs);
            System.out.printf(Locale.ROOT, "  search.html：DOMContentLoaded %.0f ms%n", searchDcl);
            summary.put("year_dcl_ms", yearTimes[0]);
            summary.put("year_table_ms", yearTimes[1]);
            summary.put("search_dcl_ms", searchDcl);

            System.out.println("== 搜索：到第一个结果的时间和加载的索引（" + runs + " 次的中位数）");
            for (int q = 0; q < queries.size(); q++) {
                double[] m = search(d, site, queries.get(q), runs);
                System.out.printf(Locale.ROOT, "  “%s”：打开 search.html?q= 到结果 %.0f ms；页面已打开、输入后回车到结果 %.0f ms；"
                                + "加载索引 %,d 字节（%d 个文件）；%s%n",
                        queries.get(q), m[0], m[1], (long) m[2], (long) m[3], d.findElement(By.id("search-status")).getText());
                summary.put("q" + (q + 1) + "_load_ms", m[0]);
                summary.put("q" + (q + 1) + "_typed_ms", m[1]);
                summary.put("q" + (q + 1) + "_index_bytes", m[2]);
            }
        }
        StringBuilder line = new StringBuilder("CITIZENSBENCH largest_html_bytes=" + largest.getValue() + " largest_html=" + largest.getKey()
                + " year_html_bytes=" + html.get(yearPage) + " search_html_bytes=" + html.get("search.html"));
        summary.forEach((k, v) -> line.append(' ').append(k).append('=').append(String.format(Locale.ROOT, "%.0f", v)));
        line.append(" queries=").append(String.join(",", queries));
        System.out.println(line);
    }

    /** Every .html file of the site and its size, by path relative to the site. */
    private static Map<String, Long> htmlSizes(Path site) throws IOException {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted(Comparator.naturalOrder()).toList()) {
                sizes.put(site.relativize(f).toString().replace('\\', '/'), Files.size(f));
            }
        }
        return sizes;
    }

    private static double navigationTime(ChromeDriver d, String what) {
        return ((Number) d.executeScript("return performance.getEntriesByType('navigation')[0]." + what + ";")).doubleValue();
    }

    private static double domContentLoaded(ChromeDriver d, Path page, int runs) {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r <= runs; r++) {
            d.get(page.toUri().toString());
            if (r > 0) {
                times.add(navigationTime(d, "domContentLoadedEventEnd"));
            }
        }
        return median(times);
    }

    /**
     * DOMContentLoaded of the year page, and when its project table's status line was first filled (checked every
     * animation frame from the end of the load), both from navigation start.
     */
    private static double[] yearPage(ChromeDriver d, Path page, int runs) {
        List<Double> dcl = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        for (int r = 0; r <= runs; r++) {
            d.get(page.toUri().toString());
            Object at = d.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const status = document.getElementById('projects-status');
                    const ready = () => status && status.textContent.trim() !== '' && !/加载/.test(status.textContent);
                    const check = () => ready() ? done(performance.now()) : requestAnimationFrame(check);
                    check();
                    """);
            if (r > 0) {
                dcl.add(navigationTime(d, "domContentLoadedEventEnd"));
                ready.add(((Number) at).doubleValue());
            }
        }
        return new double[] {median(dcl), median(ready)};
    }

    /**
     * Medians of: opening search.html?q= to the first result (from navigation start); typing the query into the open
     * page and pressing Enter to the first result (from the submit); and the bytes and number of index scripts the
     * typed search loaded.
     */
    private static double[] search(ChromeDriver d, Path site, String query, int runs) throws IOException {
        String url = site.resolve("search.html").toUri().toString();
        List<Double> load = new ArrayList<>();
        List<Double> typed = new ArrayList<>();
        long bytes = 0;
        int files = 0;
        for (int r = 0; r <= runs; r++) {
            d.get(url + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            awaitRuns(d, 1);
            double l = ((Number) d.executeScript("return window.gongkaiSearchStats.firstResultAt;")).doubleValue();
            d.get(url);
            d.findElement(By.id("search-q")).sendKeys(query, Keys.ENTER);
            awaitRuns(d, 1);
            double t = ((Number) d.executeScript("return window.gongkaiSearchStats.lastMs;")).doubleValue();
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) d.executeScript(
                    "return [...document.scripts].map(s => s.src).filter(n => n.indexOf('/search/') >= 0);");
            bytes = 0;
            for (String name : loaded) {
                bytes += Files.size(Path.of(URI.create(name.replaceAll("[?#].*$", ""))));
            }
            files = loaded.size();
            if (r > 0) {
                load.add(l);
                typed.add(t);
            }
        }
        return new double[] {median(load), median(typed), bytes, files};
    }

    private static void awaitRuns(ChromeDriver d, int runs) {
        new WebDriverWait(d, java.time.Duration.ofSeconds(120)).until(x -> {
            Object n = d.executeScript("return window.gongkaiSearchStats && window.gongkaiSearchStats.runs;");
            return n instanceof Number v && v.intValue() >= runs;
        });
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
