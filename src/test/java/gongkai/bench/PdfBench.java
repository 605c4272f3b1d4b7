package gongkai.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gongkai.Gongkai;
import gongkai.model.Site;
import gongkai.output.SiteWriter;
import gongkai.render.Markdown;
import gongkai.render.PageRenderer;
import gongkai.render.pdf.FontLocator;
import gongkai.render.pdf.PdfFonts;
import gongkai.render.pdf.PdfRenderer;
import gongkai.render.pdf.PdfStage;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import gongkai.view.ViewBuilder;
import gongkai.view.Views;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Benchmark of the PDF stage (run by {@code bench/pdf-bench.sh}; see bench/README.md). Not a JUnit test: it has a
 * {@code main} method and never runs in {@code mvn test}.
 *
 * <p>In one JVM, on the one-page project PDFs (项目绩效目标表) of a generated content set: the bare render of one
 * document on one thread ({@link PdfRenderer#render}, fonts parsed once per thread, one shared metrics cache), the
 * whole PDF stage as {@code build} runs it ({@link PdfStage#run} over every project document, written through a
 * {@link SiteWriter}), their ratio, and optionally the unoptimised way (the font file registered for every document).
 * The bare render is timed twice (before and after the stage runs) and the faster median is used, so that JIT
 * compilation still going on in the first pass cannot flatter the ratio. Diagnostics beside it: the stage in a cold
 * JVM (what a fresh {@code gongkai build} pays), rendering in parallel without templates, glyph check or writing,
 * those two serial parts alone, and the unit PDFs. Prints a report in Chinese and one machine-readable line starting
 * with {@code PDFBENCH}.
 */
public final class PdfBench {

    private static final double TARGET = 1.3;
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** The command line; see {@link #usage()}. */
    private static final class Args {
        Path content;
        Path templates = Path.of("templates");
        Path fontsRoot = Path.of(".");
        Path work;
        int units = 25;
        int projects = 20;
        int year = 2022;
        long seed = 42;
        int warmup = 50;
        int bare = 0; // 0: every project document
        int stageRuns = 3;
        int stageWarmup = 100;
        int baseline = 40;
        boolean parallelRender = true;
        boolean cold = true;
        boolean unitPdfs = true;
    }

    private PdfBench() {}

    public static void main(String[] argv) throws Exception {
        Args a;
        try {
            a = parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        System.exit(run(a));
    }

    private static String usage() {
        return """
                用法：PdfBench [--content 文件夹 | --units N --projects M --year 年度 --seed 整数] --work 文件夹
                               [--templates 文件夹] [--fonts-root 文件夹] [--warmup 个数] [--bare 个数]
                               [--stage-runs 次数] [--stage-warmup 个数] [--baseline 个数]
                               [--no-parallel-render] [--no-cold] [--no-unit-pdfs]""";
    }

    private static Args parse(String[] argv) {
        Args a = new Args();
        for (int i = 0; i < argv.length; i++) {
            String k = argv[i];
            if (k.equals("--no-parallel-render") || k.equals("--no-cold") || k.equals("--no-unit-pdfs")) {
                switch (k) {
                    case "--no-parallel-render" -> a.parallelRender = false;
                    case "--no-cold" -> a.cold = false;
                    default -> a.unitPdfs = false;
                }
                continue;
            }
            if (i + 1 >= argv.length) {
                throw new IllegalArgumentException("参数 " + k + " 缺少取值。");
            }
            String v = argv[++i];
            switch (k) {
                case "--content" -> a.content = Path.of(v);
                case "--templates" -> a.templates = Path.of(v);
                case "--fonts-root" -> a.fontsRoot = Path.of(v);
                case "--work" -> a.work = Path.of(v);
                case "--units" -> a.units = number(k, v);
                case "--projects" -> a.projects = number(k, v);
                case "--year" -> a.year = number(k, v);
                case "--seed" -> a.seed = Long.parseLong(v);
                case "--warmup" -> a.warmup = number(k, v);
                case "--bare" -> a.bare = number(k, v);
                case "--stage-runs" -> a.stageRuns = Math.max(1, number(k, v));
                case "--stage-warmup" -> a.stageWarmup = number(k, v);
                case "--baseline" -> a.baseline = number(k, v);
                default -> throw new IllegalArgumentException("不认识的参数：" + k);
            }
        }
        if (a.work == null) {
            throw new IllegalArgumentException("请用 --work 指定临时文件夹。");
        }
        return a;
    }

    private static int number(String k, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("参数 " + k + " 的取值“" + v + "”应当是非负整数。");
        }
    }

    private static int run(Args a) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        RuntimeMXBean rt = ManagementFactory.getRuntimeMXBean();
        System.out.println("== 机器 ==");
        System.out.println("CPU 核数：" + cores + "（ForkJoin 公共池并行度 "
                + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + "，加上调用线程）");
        System.out.println("Java：" + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        System.out.println("JVM 参数：" + String.join(" ", rt.getInputArguments()));
        System.out.println("最大堆：" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB；垃圾回收器："
                + String.join("、", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()));
        System.out.println();

        // ---- 1. content, check, views, XHTML ------------------------------------------------------------------
        Path content = a.content;
        System.out.println("== 准备 ==");
        if (content == null) {
            content = a.work.resolve("content");
            long t = System.nanoTime();
            ContentGenerator.Result generated = ContentGenerator.generate(
                    new ContentGenerator.Spec(a.units, a.projects, List.of(a.year), a.seed));
            ContentWriter.write(content, generated.files(), false);
            System.out.printf(Locale.ROOT, "生成合成内容：%d 个单位 × %d 个项目，%d 年，随机种子 %d，用时 %.1f 秒%n",
                    a.units, a.projects, a.year, a.seed, secs(t));
        }
        long t = System.nanoTime();
        Gongkai.CheckResult check = Gongkai.check(content);
        if (check.site().isEmpty() || !check.diagnostics().sorted().isEmpty()) {
            System.err.println("内容检查没有通过（" + check.diagnostics().sorted().size() + " 条问题），无法测量：" + content);
            check.diagnostics().sorted().stream().limit(5).forEach(d -> System.err.println("  " + d));
            return 1;
        }
        Site site = check.site().get();
        System.out.printf(Locale.ROOT, "检查内容（Gongkai.check）：无任何问题，用时 %.1f 秒%n", secs(t));

        Markdown markdown = new Markdown();
        List<Views.PdfDocument> docs = projectDocs(site, markdown);
        if (docs.size() < 500) {
            System.out.println("注意：只有 " + docs.size() + " 个项目 PDF，少于 500 个，结果的波动会较大。");
        }
        PageRenderer templates = new PageRenderer(a.templates);
        t = System.nanoTime();
        List<String> xhtml = new ArrayList<>(docs.size());
        for (Views.PdfDocument d : docs) {
            xhtml.add(templates.render(d));
        }
        double xhtmlMs = ms(t);
        System.out.printf(Locale.ROOT, "项目 PDF（print/project.ftlh）：%d 个；排版文件（XHTML）单线程生成一遍用时 %.0f 毫秒（%.2f 毫秒/个，含首次编译模板），平均 %.1f KB%n",
                docs.size(), xhtmlMs, xhtmlMs / docs.size(), xhtml.stream().mapToInt(String::length).average().orElse(0) / 1024);

        StageRun cold = null;
        if (a.cold) {
            // Before anything has rendered a PDF in this JVM: what a fresh `gongkai build` process pays.
            var jit = ManagementFactory.getCompilationMXBean();
            long jit0 = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
            long classes0 = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            cold = stage(site, markdown, a, a.work.resolve("site"), docs.size());
            long jitMs = jit0 < 0 ? -1 : jit.getTotalCompilationTime() - jit0;
            long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes0;
            System.out.printf(Locale.ROOT, "冷启动的整个 PDF 阶段（本 JVM 中第一次渲染 PDF，相当于新启动的 build）：%d 个 PDF，用时 %.2f 秒，"
                            + "%.1f 毫秒/个，%.1f 个/秒；%s；垃圾回收 %d 次，共 %d 毫秒；期间 JIT 编译线程用时 %s，新加载 %d 个类%n",
                    cold.count, cold.wallMs / 1000, cold.wallMs / cold.count, cold.count * 1000 / cold.wallMs, cold.cpu,
                    cold.gc.count, cold.gc.millis, jitMs < 0 ? "不详" : String.format(Locale.ROOT, "%.1f 秒", jitMs / 1000.0), classes);
        }
        t = System.nanoTime();
        PdfFonts fonts = FontLocator.locate(site.config(), a.fontsRoot.toAbsolutePath().normalize());
        System.out.printf(Locale.ROOT, "字体：%s（FontLocator.locate，读入并检查，用时 %.0f 毫秒）%n", fonts.describe(), ms(t));
        t = System.nanoTime();
        fonts.forThisThread();
        System.out.printf(Locale.ROOT, "本线程解析常规体和粗体（每个渲染线程一次）：%.0f 毫秒%n", ms(t));
        System.out.println();

        // ---- 2. bare: one thread, PdfRenderer.render ------------------------------------------------------------
        PdfRenderer bare = new PdfRenderer(fonts, Optional.empty());
        int n = a.bare == 0 ? docs.size() : Math.min(a.bare, docs.size());
        System.out.println("== 单独渲染（bare）：PdfRenderer.render，单线程，PDF/UA-1 + PDF/A-2u ==");
        Gc gc = Gc.now();
        t = System.nanoTime();
        for (int i = 0; i < a.warmup; i++) {
            bare.render(xhtml.get(i % xhtml.size()));
        }
        System.out.printf(Locale.ROOT, "预热：%d 个文档，用时 %.1f 秒%n", a.warmup, secs(t));
        double[] bareMs = new double[n];
        Map<String, Long> bareSizes = new HashMap<>();
        Map<Integer, Integer> pages = new TreeMap<>();
        List<Double> onePage = new ArrayList<>();
        gc = Gc.now();
        Load bareLoad = Load.now();
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            byte[] pdf = bare.render(xhtml.get(i));
            bareMs[i] = ms(s);
            bareSizes.put(docs.get(i).path(), (long) pdf.length);
            int p = pageCount(pdf);
            pages.merge(p, 1, Integer::sum);
            if (p == 1) {
                onePage.add(bareMs[i]);
            }
        }
        Gc bareGc = Gc.now().minus(gc);
        String bareCpu = Load.now().since(bareLoad, cores);
        Stats bs = Stats.of(bareMs);
        System.out.printf(Locale.ROOT, "计时：%d 个文档；每个 PDF 中位数 %.1f 毫秒，p90 %.1f 毫秒，平均 %.1f 毫秒，最快 %.1f，最慢 %.1f%n",
                n, bs.median, bs.p90, bs.mean, bs.min, bs.max);
        System.out.printf(Locale.ROOT, "单线程折合 %.1f 个/秒（按中位数）；计时期间垃圾回收 %d 次，共 %d 毫秒；%s%n",
                1000 / bs.median, bareGc.count, bareGc.millis, bareCpu);
        System.out.println("页数：" + describePages(pages) + "；PDF 平均 "
                + bareSizes.values().stream().mapToLong(Long::longValue).sum() / Math.max(1, n) / 1024 + " KB");
        Stats one = onePage.isEmpty() ? null : Stats.of(onePage.stream().mapToDouble(Double::doubleValue).toArray());
        if (one != null && onePage.size() < n) {
            System.out.printf(Locale.ROOT, "其中 1 页的 %d 个：中位数 %.1f 毫秒，p90 %.1f 毫秒（比值仍按全部文档的中位数计算，阶段渲染的也是全部文档）%n",
                    onePage.size(), one.median, one.p90);
        }
        System.out.println();

        // ---- 3. unoptimised baseline (optional) -----------------------------------------------------------------
        Stats base = null;
        if (a.baseline > 0) {
            int bn = Math.min(a.baseline, docs.size());
            System.out.println("== 未优化的做法（对照）：每个文档用 useFont(File) 注册字体文件，不共享字体度量缓存，PDF/UA-1 + PDF/A-2u ==");
            int bw = Math.min(10, bn);
            for (int i = 0; i < bw; i++) {
                registerPerDocument(fonts, xhtml.get(i));
            }
            double[] baseMs = new double[bn];
            for (int i = 0; i < bn; i++) {
                long s = System.nanoTime();
                registerPerDocument(fonts, xhtml.get(i));
                baseMs[i] = ms(s);
            }
            base = Stats.of(baseMs);
            System.out.printf(Locale.ROOT, "预热 %d 个后计时 %d 个：每个 PDF 中位数 %.1f 毫秒，p90 %.1f 毫秒；是单独渲染中位数的 %.1f 倍%n",
                    bw, bn, base.median, base.p90, base.median / bs.median);
            System.out.println();
        }

        // ---- 4. parallel render without templates, glyph check or writing (diagnostic) ---------------------------
        double parallelMsPerPdf = Double.NaN;
        if (a.parallelRender) {
            System.out.println("== 仅并行渲染（诊断用）：同一个 PdfRenderer，parallelStream，不生成排版文件、不检查字形、不写文件 ==");
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < xhtml.size(); i++) {
                idx.add(i);
            }
            idx.parallelStream().limit(Math.min(100, idx.size())).forEach(i -> renderQuietly(bare, xhtml.get(i)));
            gc = Gc.now();
            Load load = Load.now();
            t = System.nanoTime();
            idx.parallelStream().forEach(i -> renderQuietly(bare, xhtml.get(i)));
            double wall = ms(t);
            String used = Load.now().since(load, cores);
            Gc pgc = Gc.now().minus(gc);
            parallelMsPerPdf = wall / xhtml.size();
            System.out.printf(Locale.ROOT, "%d 个 PDF 用时 %.2f 秒：%.1f 毫秒/个，%.1f 个/秒；%s；垃圾回收 %d 次，共 %d 毫秒%n",
                    xhtml.size(), wall / 1000, parallelMsPerPdf, 1000 / parallelMsPerPdf, used, pgc.count, pgc.millis);
            System.out.println();
        }

        // ---- 5. the whole stage as build runs it ----------------------------------------------------------------
        System.out.println("== 整个 PDF 阶段：与 build 相同（视图 → 找字体 → PdfStage.run：排版文件、字形检查、并行渲染、写入），"
                + "每次都用新的 PageRenderer、PdfFonts 和 PdfRenderer ==");
        Path siteDir = a.work.resolve("site");
        if (a.stageWarmup > 0) {
            StageRun w = stage(site, markdown, a, siteDir, Math.min(a.stageWarmup, docs.size()));
            System.out.printf(Locale.ROOT, "预热：%d 个 PDF，用时 %.2f 秒%n", w.count, w.wallMs / 1000);
        }
        List<StageRun> runs = new ArrayList<>();
        double maxOthers = 0;
        for (int r = 0; r < a.stageRuns; r++) {
            StageRun s = stage(site, markdown, a, siteDir, docs.size());
            runs.add(s);
            System.out.printf(Locale.ROOT, "第 %d 次：%d 个 PDF，用时 %.2f 秒（其中 PdfStage.run %.2f 秒，找字体 %.0f 毫秒），%.1f 毫秒/个，%.1f 个/秒；"
                            + "%s；垃圾回收 %d 次，共 %d 毫秒%n",
                    r + 1, s.count, s.wallMs / 1000, s.runMs / 1000, s.fontsMs, s.wallMs / s.count, s.count * 1000 / s.wallMs,
                    s.cpu, s.gc.count, s.gc.millis);
            maxOthers = Math.max(maxOthers, s.others);
            List<String> mismatched = s.sizes.entrySet().stream()
                    .filter(e -> bareSizes.containsKey(e.getKey()) && !bareSizes.get(e.getKey()).equals(e.getValue()))
                    .map(Map.Entry::getKey).sorted().toList();
            if (!mismatched.isEmpty()) {
                System.out.println("  注意：" + mismatched.size() + " 个 PDF 的大小与单独渲染的不同，例如 " + mismatched.get(0));
            }
        }
        // ---- 5b. bare again, now that the JIT has seen every path: the ratio uses the faster of the two medians ---
        double[] bareMs2 = new double[n];
        gc = Gc.now();
        Load bare2Load = Load.now();
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            bare.render(xhtml.get(i));
            bareMs2[i] = ms(s);
        }
        Gc bare2Gc = Gc.now().minus(gc);
        String bare2Cpu = Load.now().since(bare2Load, cores);
        Stats bs2 = Stats.of(bareMs2);
        System.out.printf(Locale.ROOT, "单独渲染第二遍（阶段之后，同样 %d 个文档）：中位数 %.1f 毫秒，p90 %.1f 毫秒；垃圾回收 %d 次，共 %d 毫秒；%s%n",
                n, bs2.median, bs2.p90, bare2Gc.count, bare2Gc.millis, bare2Cpu);
        Stats bareUsed = bs2.median < bs.median ? bs2 : bs;

        StageRun median = runs.stream().sorted(Comparator.comparingDouble(s -> s.wallMs)).toList().get(runs.size() / 2);
        double stageMsPerPdf = median.wallMs / median.count;
        double stagePerSecond = median.count * 1000 / median.wallMs;
        double ratio = stageMsPerPdf / bareUsed.median;
        System.out.printf(Locale.ROOT, "中位数：%.2f 秒，%.1f 毫秒/个（墙钟时间 ÷ PDF 数，%d 核分摊），%.1f 个/秒%n",
                median.wallMs / 1000, stageMsPerPdf, cores, stagePerSecond);
        System.out.println();

        // ---- 6. breakdown of the stage's serial parts (diagnostic) ------------------------------------------------
        System.out.println("== 阶段中非渲染部分的用时（诊断用，单独测量） ==");
        t = System.nanoTime();
        List<String> again = docs.parallelStream().map(d -> {
            try {
                return templates.render(d);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        double templMs = ms(t);
        t = System.nanoTime();
        int missing = 0;
        for (String x : again) {
            missing += fonts.missing(textOf(x)).size();
        }
        double glyphMs = ms(t);
        System.out.printf(Locale.ROOT, "排版文件（并行）：%.0f 毫秒（%.2f 毫秒/个）；字形检查（串行，同 PdfStage.checkGlyphs）：%.0f 毫秒（%.2f 毫秒/个，缺字 %d 个）%n",
                templMs, templMs / docs.size(), glyphMs, glyphMs / docs.size(), missing);
        System.out.println();

        // ---- 6b. the unit documents (many pages each), for comparison -------------------------------------------
        StageRun unitRun = null;
        if (a.unitPdfs) {
            List<Views.PdfDocument> unitDocs = docsOf(site, markdown, true);
            if (!unitDocs.isEmpty()) {
                int unitPages = pageCount(bare.render(templates.render(unitDocs.get(0))));
                unitRun = stage(site, markdown, a, siteDir, unitDocs.size(), true);
                System.out.printf(Locale.ROOT, "单位 PDF（print/unit.ftlh，build 也生成，诊断用）：%d 个，整个阶段用时 %.2f 秒，%.0f 毫秒/个（%d 核分摊）；"
                                + "第一个有 %d 页；%s%n",
                        unitRun.count, unitRun.wallMs / 1000, unitRun.wallMs / unitRun.count, cores, unitPages, unitRun.cpu);
                System.out.println();
            }
        }

        // ---- 7. result -------------------------------------------------------------------------------------------
        System.out.println("== 结果 ==");
        System.out.printf(Locale.ROOT, "单独渲染（单线程）：中位数 %.1f 毫秒/个，p90 %.1f 毫秒（两遍中较快的一遍；两遍中位数 %.1f、%.1f）%n",
                bareUsed.median, bareUsed.p90, bs.median, bs2.median);
        System.out.printf(Locale.ROOT, "整个 PDF 阶段（%d 核）：%.1f 毫秒/个，%.1f 个/秒%n", cores, stageMsPerPdf, stagePerSecond);
        if (base != null) {
            System.out.printf(Locale.ROOT, "未优化（每个文档注册字体文件，单线程）：中位数 %.1f 毫秒/个%n", base.median);
        }
        if (cold != null) {
            System.out.printf(Locale.ROOT, "冷启动的整个 PDF 阶段（%d 核）：%.1f 毫秒/个，是单独渲染的 %.2f 倍（新启动的 build 实际如此；不计入下面的比值）%n",
                    cores, cold.wallMs / cold.count, cold.wallMs / cold.count / bareUsed.median);
        }
        if (maxOthers > 20) {
            System.out.printf(Locale.ROOT, "注意：整个阶段计时期间其他进程最多占用了 %.0f%% 的 CPU，结果偏慢；请在空闲的机器上重跑。%n", maxOthers);
        }
        boolean pass = ratio <= TARGET;
        System.out.printf(Locale.ROOT, "比值：阶段 ÷ 单独渲染 = %.2f（目标 ≤ %.1f）：%s%n", ratio, TARGET, pass ? "达标" : "未达标");
        System.out.printf(Locale.ROOT,
                "PDFBENCH nproc=%d java=%s pdfs=%d bare_n=%d bare_median_ms=%.2f bare_p90_ms=%.2f bare_pass1_ms=%.2f bare_pass2_ms=%.2f stage_ms_per_pdf=%.2f "
                        + "stage_pdfs_per_s=%.1f ratio=%.3f target=%.1f pass=%s parallel_render_ms_per_pdf=%.2f baseline_median_ms=%s cold_stage_ms_per_pdf=%s cold_ratio=%s unit_pdf_ms=%s others_cpu_pct_max=%.0f%n",
                cores, System.getProperty("java.version"), median.count, n, bareUsed.median, bareUsed.p90, bs.median, bs2.median, stageMsPerPdf, stagePerSecond,
                ratio, TARGET, pass, parallelMsPerPdf, base == null ? "NA" : String.format(Locale.ROOT, "%.2f", base.median),
                cold == null ? "NA" : String.format(Locale.ROOT, "%.2f", cold.wallMs / cold.count),
                cold == null ? "NA" : String.format(Locale.ROOT, "%.3f", cold.wallMs / cold.count / bareUsed.median),
                unitRun == null ? "NA" : String.format(Locale.ROOT, "%.0f", unitRun.wallMs / unitRun.count), maxOthers);
        return 0;
    }

    /** The project documents, as the build's view phase makes them. */
    private static List<Views.PdfDocument> projectDocs(Site site, Markdown markdown) {
        return docsOf(site, markdown, false);
    }

    /** The project documents or (when {@code units}) the unit documents, as the build's view phase makes them. */
    private static List<Views.PdfDocument> docsOf(Site site, Markdown markdown, boolean units) {
        return new ViewBuilder(site, markdown::toHtml, path -> OptionalLong.empty()).pdfDocuments().stream()
                .filter(d -> units ? d instanceof Views.UnitPdf : d instanceof Views.ProjectPdf).toList();
    }

    private record StageRun(int count, double wallMs, double runMs, double fontsMs, String cpu, double others, Gc gc,
            Map<String, Long> sizes) {}

    /**
     * The PDF part of {@code Gongkai.build} for the first {@code limit} project documents: views, fonts, then
     * {@link PdfStage#run} into a fresh {@link SiteWriter} that is closed without commit. Timed as a whole.
     */
    private static StageRun stage(Site site, Markdown markdown, Args a, Path siteDir, int limit) throws Exception {
        return stage(site, markdown, a, siteDir, limit, false);
    }

    private static StageRun stage(Site site, Markdown markdown, Args a, Path siteDir, int limit, boolean units) throws Exception {
        PageRenderer renderer = new PageRenderer(a.templates);
        Gc gc = Gc.now();
        Load load = Load.now();
        long start = System.nanoTime();
        Map<String, Long> sizes;
        double fontsMs;
        double runMs;
        double wall;
        Load end;
        // Closed without commit: removing the staging folder is not part of the build's PDF stage, so the clock
        // stops before it.
        try (SiteWriter writer = SiteWriter.open(siteDir)) {
            List<Views.PdfDocument> docs = docsOf(site, markdown, units);
            docs = docs.subList(0, Math.min(limit, docs.size()));
            long f = System.nanoTime();
            PdfFonts fonts = FontLocator.locate(site.config(), a.fontsRoot.toAbsolutePath().normalize());
            fontsMs = ms(f);
            long r = System.nanoTime();
            sizes = new PdfStage(renderer, new PdfRenderer(fonts, Optional.empty())).run(docs, writer);
            runMs = ms(r);
            wall = ms(start);
            end = Load.now();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return new StageRun(sizes.size(), wall, runMs, fontsMs, end.since(load, cores), end.othersPercent(load),
                Gc.now().minus(gc), sizes);
    }

    /** The unoptimised way: the font file registered (read and parsed) for every document, no shared metrics. */
    private static byte[] registerPerDocument(PdfFonts fonts, String xhtml) {
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(doc)
                    .useFont(fonts.regularFile().path().toFile(), PdfFonts.FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(fonts.boldFile().path().toFile(), PdfFonts.FAMILY, 700, FontStyle.NORMAL, true)
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                    .useColorProfile(SRGB)
                    .withProducer("Gongkai")
                    .withHtmlContent(xhtml, null);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                doc.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void renderQuietly(PdfRenderer r, String xhtml) {
        try {
            r.render(xhtml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return d.getNumberOfPages();
        }
    }

    private static String describePages(Map<Integer, Integer> pages) {
        List<String> parts = new ArrayList<>();
        pages.forEach((p, c) -> parts.add(c + " 个 " + p + " 页"));
        return String.join("，", parts);
    }

    /** PdfStage.textOf (package-private there), called by reflection so that the measured code is the build's. */
    private static String textOf(String xhtml) {
        try {
            if (TEXT_OF == null) {
                java.lang.reflect.Method m = PdfStage.class.getDeclaredMethod("textOf", String.class);
                m.setAccessible(true);
                TEXT_OF = m;
            }
            return (String) TEXT_OF.invoke(null, xhtml);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("PdfStage.textOf(String) 不存在或不能调用；请更新 PdfBench 的字形检查测量。", e);
        }
    }

    private static java.lang.reflect.Method TEXT_OF;

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private record Stats(double median, double p90, double mean, double min, double max) {
        static Stats of(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            int n = v.length;
            double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            double p90 = v[Math.min(n - 1, (int) Math.ceil(0.9 * n) - 1)];
            return new Stats(median, p90, Arrays.stream(v).average().orElse(0), v[0], v[n - 1]);
        }
    }

    /** Collections and their total time so far, over every collector. */
    private record Gc(long count, long millis) {
        static Gc now() {
            long c = 0;
            long m = 0;
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                c += Math.max(0, b.getCollectionCount());
                m += Math.max(0, b.getCollectionTime());
            }
            return new Gc(c, m);
        }

        Gc minus(Gc o) {
            return new Gc(count - o.count, millis - o.millis);
        }
    }

    /**
     * CPU use over an interval: this process (from the JVM) and the whole machine (from {@code /proc/stat}, where
     * available), so that other programs running at the same time show up in the report.
     */
    private record Load(Cpu process, long machineBusyNanos, long stealNanos, long start) {
        static Load now() {
            long busy = -1;
            long steal = -1;
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                if (f[0].equals("cpu") && f.length > 8) {
                    long jiffy = 10_000_000L; // USER_HZ = 100 on Linux
                    busy = (Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                            + Long.parseLong(f[7])) * jiffy;
                    steal = Long.parseLong(f[8]) * jiffy;
                }
            } catch (IOException | RuntimeException e) {
                // not Linux: machine figures are left out
            }
            return new Load(Cpu.now(), busy, steal, System.nanoTime());
        }

        /** e.g. "本进程 CPU 190%，其他进程 3%，steal 0%（满载 200%）" for the interval since {@code from}. */
        String since(Load from, int cores) {
            double wall = (start - from.start) / 100.0; // percent of one core
            long own = process.nanos - from.process.nanos;
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "本进程 CPU %.0f%%", own / wall));
            if (machineBusyNanos >= 0 && from.machineBusyNanos >= 0) {
                long others = Math.max(0, machineBusyNanos - from.machineBusyNanos - own);
                b.append(String.format(Locale.ROOT, "，其他进程 %.0f%%，steal %.0f%%", others / wall,
                        (stealNanos - from.stealNanos) / wall));
            }
            return b.append("（满载 ").append(cores * 100).append("%）").toString();
        }

        double othersPercent(Load from) {
            if (machineBusyNanos < 0 || from.machineBusyNanos < 0) {
                return Double.NaN;
            }
            double wall = (start - from.start) / 100.0;
            return Math.max(0, machineBusyNanos - from.machineBusyNanos - (process.nanos - from.process.nanos)) / wall;
        }
    }

    /** CPU time of the whole process so far. */
    private record Cpu(long nanos) {
        static Cpu now() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return new Cpu(os.getProcessCpuTime());
            }
            return new Cpu(0);
        }

        Cpu minus(Cpu o) {
            return new Cpu(nanos - o.nanos);
        }
    }
}
