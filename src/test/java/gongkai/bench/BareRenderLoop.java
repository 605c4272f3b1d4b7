package gongkai.bench;

import gongkai.Gongkai;
import gongkai.history.History;
import gongkai.model.Site;
import gongkai.output.GeneratedFile;
import gongkai.render.Markdown;
import gongkai.render.PageRenderer;
import gongkai.view.ViewBuilder;
import gongkai.view.Views;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor for rendering and writing project pages (run by {@code bench/scale-bench.sh}; see bench/README.md). Not
 * a JUnit test: a {@code main} method that never runs in {@code mvn test}.
 *
 * <p>Loads and checks a content folder with {@link Gongkai#check}, builds the page views with {@link ViewBuilder} as
 * {@code build --no-pdf} does outside git (no PDF links, no history; the open data files are made in memory, untimed,
 * for the sizes the pages show), keeps the project pages ({@link Views.ProjectPage}), then
 * times only the loop that renders them with the project's own {@link PageRenderer} and {@code templates/project.ftlh}
 * and writes each to its own file: {@code --threads} threads taking pages from one shared counter, nothing else
 * (no staging folder, no data files, no other pages). The script times the whole process around it.
 *
 * <p>Prints one line starting with {@code BARELOOP} ({@code key=value}), after a few lines in Chinese.
 */
public final class BareRenderLoop {

    private BareRenderLoop() {}

    public static void main(String[] args) throws Exception {
        Path content = null;
        Path templates = Path.of("templates");
        Path out = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("参数 " + args[i] + " 缺少取值。");
            }
            switch (args[i]) {
                case "--content" -> content = Path.of(args[i + 1]);
                case "--templates" -> templates = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--threads" -> threads = Math.max(1, Integer.parseInt(args[i + 1]));
                default -> throw new IllegalArgumentException("不认识的参数：" + args[i]);
            }
        }
        if (content == null || out == null) {
            throw new IllegalArgumentException("用法：BareRenderLoop --content 文件夹 --out 文件夹 [--templates 文件夹] [--threads 个数]");
        }

        long t0 = System.nanoTime();
        Gongkai.CheckResult check = Gongkai.check(content);
        if (check.site().isEmpty()) {
            System.err.println("内容有错误，无法测量：" + check.diagnostics().sorted());
            System.exit(1);
        }
        Site site = check.site().get();
        long t1 = System.nanoTime();
        Markdown markdown = new Markdown();
        // As build --no-pdf outside git: no history, no PDFs; the open data files are made (not written) only for
        // the sizes the pages show beside their links, so that the pages come out as build writes them.
        History history = History.unavailable("基准测试");
        Map<String, Long> sizes = new HashMap<>();
        for (GeneratedFile file : Gongkai.dataFiles(site, history)) {
            sizes.put(file.path(), (long) file.size());
        }
        List<Views.Page> projectPages = new ArrayList<>();
        for (Views.Page page : new ViewBuilder(site, markdown::toHtml,
                path -> sizes.containsKey(path) ? OptionalLong.of(sizes.get(path)) : OptionalLong.empty(), history).pages()) {
            if (page instanceof Views.ProjectPage) {
                projectPages.add(page);
            }
        }
        PageRenderer renderer = new PageRenderer(templates);
        long t2 = System.nanoTime();

        // The timed loop: render and write, nothing else.
        AtomicInteger next = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Path root = out;
        Runnable worker = () -> {
            int i;
            while ((i = next.getAndIncrement()) < projectPages.size()) {
                Views.Page page = projectPages.get(i);
                try {
                    byte[] html = renderer.render(page).getBytes(StandardCharsets.UTF_8);
                    Path file = root.resolve(page.path());
                    Files.createDirectories(file.getParent());
                    Files.write(file, html);
                    bytes.addAndGet(html.length);
                } catch (Exception e) {
                    failures.add(e);
                    return;
                }
            }
        };
        long loopStart = System.nanoTime();
        List<Thread> running = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            Thread t = new Thread(worker, "bare-loop-" + k);
            t.start();
            running.add(t);
        }
        for (Thread t : running) {
            t.join();
        }
        long loopEnd = System.nanoTime();
        if (!failures.isEmpty()) {
            System.err.println("渲染失败：" + failures.get(0));
            System.exit(1);
        }

        double load = (t1 - t0) / 1e9;
        double views = (t2 - t1) / 1e9;
        double loop = (loopEnd - loopStart) / 1e9;
        int n = projectPages.size();
        System.out.printf(Locale.ROOT, "  读入并检查内容（Gongkai.check）：%.2f 秒；开放数据（只为文件大小）、视图和模板配置：%.2f 秒%n", load, views);
        System.out.printf(Locale.ROOT, "  渲染并写入 %d 个项目页（%d 个线程）：%.2f 秒，%.0f 页/秒，共 %.1f MB%n",
                n, threads, loop, n / Math.max(loop, 1e-9), bytes.get() / 1048576.0);
        System.out.printf(Locale.ROOT, "BARELOOP pages=%d threads=%d load_s=%.3f views_s=%.3f loop_s=%.3f bytes=%d%n",
                n, threads, load, views, loop, bytes.get());
    }
}
