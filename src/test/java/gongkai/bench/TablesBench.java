package gongkai.bench;

import gongkai.Gongkai;
import gongkai.browser.Chrome;
import gongkai.history.History;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Benchmark of the year page's project table in headless Chromium (run by {@code bench/tables-bench.sh}). Not a
 * JUnit test: it has a {@code main} method and never runs in {@code mvn test}.
 *
 * <p>Generates {@code --units} × {@code --projects} projects for one year, builds the pages (no PDFs), opens the
 * year page from file:// and measures, as medians of {@code --runs}: the size of the page and of tables.js, the
 * time until the table's controls are ready (navigation start to the end of the script's set-up), and the time of
 * one sort (by 预算数) and one filter (a text typed into the box) including the browser's layout of the result.
 * Prints Chinese results and one line starting with {@code TABLESBENCH}.
 */
public final class TablesBench {

    private TablesBench() {}

    public static void main(String[] args) throws Exception {
        int units = 20;
        int projects = 100;
        int runs = 5;
        Path work = Files.createTempDirectory("gongkai-tables-bench-");
        Path templates = Path.of("templates");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--projects" -> projects = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--templates" -> templates = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("未知参数：" + args[i]);
            }
        }
        Path content = work.resolve("content");
        ContentWriter.write(content, ContentGenerator.generate(new ContentGenerator.Spec(units, projects, List.of(2022), 5)).files(), false);
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(content, templates, work.resolve("site")).pdf(false)
                .withHistory(History.unavailable("基准测试")));
        if (!result.written()) {
            throw new IllegalStateException("生成失败：" + result.check().diagnostics().sorted());
        }
        Path page = work.resolve("site/2022/index.html");
        long pageBytes = Files.size(page);
        long scriptBytes = Files.size(work.resolve("site/static/tables.js"));

        List<Double> ready = new ArrayList<>();
        List<Double> sort = new ArrayList<>();
        List<Double> filter = new ArrayList<>();
        int rows = 0;
        try (Chrome chrome = Chrome.start()) {
            ChromeDriver d = chrome.driver();
            for (int r = 0; r < runs; r++) {
                d.get(page.toUri().toString());
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) d.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const ready = performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
                        const rows = document.querySelectorAll('#projects-table tbody tr').length;
                        let t = performance.now();
                        document.querySelector("th[data-sort='amount'] button").click();
                        document.body.offsetHeight;
                        const sort = performance.now() - t;
                        const input = document.querySelector("[data-filter='text']");
                        input.value = '维护';
                        t = performance.now();
                        input.dispatchEvent(new Event('input'));
                        document.body.offsetHeight;
                        const filter = performance.now() - t;
                        requestAnimationFrame(() => done({ready, rows, sort, filter, status: document.querySelector('#projects-status').textContent}));
                        """);
                ready.add(((Number) m.get("ready")).doubleValue());
                sort.add(((Number) m.get("sort")).doubleValue());
                filter.add(((Number) m.get("filter")).doubleValue());
                rows = ((Number) m.get("rows")).intValue();
                if (r == 0) {
                    System.out.println("筛选结果：" + m.get("status"));
                }
            }
        }
        System.out.printf(Locale.ROOT, "年度页 %d 个项目：页面 %.1f KB，tables.js %.1f KB；可操作（DOMContentLoaded 结束，含脚本初始化）%.0f ms，"
                        + "按预算数排序 %.1f ms，输入文字筛选 %.1f ms（%d 次的中位数）%n",
                rows, pageBytes / 1024.0, scriptBytes / 1024.0, median(ready), median(sort), median(filter), runs);
        System.out.printf(Locale.ROOT, "TABLESBENCH rows=%d page_bytes=%d script_bytes=%d ready_ms=%.0f sort_ms=%.1f filter_ms=%.1f%n",
                rows, pageBytes, scriptBytes, median(ready), median(sort), median(filter));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
