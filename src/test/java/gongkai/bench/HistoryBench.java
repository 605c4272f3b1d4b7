package gongkai.bench;

import gongkai.Gongkai;
import gongkai.history.GitHistory;
import gongkai.history.History;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Benchmark of reading the change history (run by {@code bench/history-bench.sh}; see bench/README.md). Not a JUnit
 * test: it has a {@code main} method and never runs in {@code mvn test}.
 *
 * <p>Generates content ({@code --units} × {@code --projects} project files), commits it to a new repository with
 * JGit in three commits (all files; a tenth of the projects changed; every unit's overall.md and a few projects
 * changed, one project deleted per unit), then times in one JVM: {@link GitHistory#read} (the first call, then the
 * median of {@code --runs}), the same with uncommitted changes in the working tree, the page-only build
 * ({@code --no-pdf}) with and without the history, and, for comparison, the naive way (one {@code git log -1 -- file}
 * per file, with JGit's LogCommand) on a sample, extrapolated to every file. Prints Chinese results and one line
 * starting with {@code HISTORYBENCH}.
 */
public final class HistoryBench {

    private HistoryBench() {}

    public static void main(String[] args) throws Exception {
        int units = 100;
        int projects = 20;
        int runs = 5;
        int sample = 100;
        Path work = null;
        Path templates = Path.of("templates");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[i + 1]);
                case "--projects" -> projects = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--sample" -> sample = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--templates" -> templates = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("不认识的参数：" + args[i]);
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("gongkai-history-bench-");
        }
        Path repoDir = work.resolve("repo");
        Path content = repoDir.resolve("content");
        long t0 = System.nanoTime();
        ContentGenerator.Result generated = ContentGenerator.generate(new ContentGenerator.Spec(units, projects, List.of(2022), 42));
        ContentWriter.write(content, generated.files(), false);
        List<String> projectFiles = generated.files().keySet().stream().filter(p -> p.contains("/projects/")).toList();
        List<String> overalls = generated.files().keySet().stream().filter(p -> p.endsWith("/overall.md")).toList();
        try (Git git = Git.init().setDirectory(repoDir.toFile()).setInitialBranch("main").call()) {
            commit(git, "初稿", "2022-01-20T01:00:00Z");
            for (int i = 0; i < projectFiles.size(); i += 10) {
                append(content.resolve(projectFiles.get(i)), "# 第二次提交\n");
            }
            commit(git, "修改十分之一的项目", "2022-02-20T01:00:00Z");
            for (String overall : overalls) {
                append(content.resolve(overall), "\n第三次提交。\n");
            }
            for (int i = 3; i < projectFiles.size(); i += 50) {
                append(content.resolve(projectFiles.get(i)), "# 第三次提交\n");
            }
            for (int u = 0; u < projectFiles.size(); u += projects) {
                if (projects > 1) {
                    Files.delete(content.resolve(projectFiles.get(u + projects - 1)));
                }
            }
            commit(git, "修改总体绩效目标，删除每个单位的最后一个项目", "2022-03-15T01:00:00Z");
        }
        long files;
        try (var walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        System.out.printf(Locale.ROOT, "== 历史记录读取性能测试（HistoryBench）==%n");
        System.out.printf(Locale.ROOT, "合成内容：%d 个单位 × %d 个项目，现有 %d 个文件；3 次提交；准备用时 %.1f 秒%n",
                units, projects, files, (System.nanoTime() - t0) / 1e9);

        double first = seconds(() -> GitHistory.read(content));
        History history = GitHistory.read(content);
        if (!history.isAvailable() || !history.uncommitted().isEmpty()) {
            throw new IllegalStateException("unexpected history: " + history.unavailableReason() + " " + history.uncommitted());
        }
        double warm = median(runs, () -> GitHistory.read(content));
        System.out.printf(Locale.ROOT, "GitHistory.read（工作区干净）：本 JVM 第一次 %.3f 秒，之后中位数 %.3f 秒（%d 次）；记录了 %d 个文件的修改%n",
                first, warm, runs, history.changes().size());

        for (int i = 1; i < projectFiles.size(); i += 100) {
            if (Files.exists(content.resolve(projectFiles.get(i)))) {
                append(content.resolve(projectFiles.get(i)), "# 未提交\n");
            }
        }
        History dirty = GitHistory.read(content);
        double dirtyMedian = median(runs, () -> GitHistory.read(content));
        System.out.printf(Locale.ROOT, "GitHistory.read（%d 个文件未提交）：中位数 %.3f 秒%n", dirty.uncommitted().size(), dirtyMedian);

        Path site = work.resolve("site");
        Gongkai.Options options = Gongkai.Options.of(content, templates, site).pdf(false);
        Gongkai.build(options); // warm-up
        double withHistory = median(3, () -> build(options));
        double withoutHistory = median(3, () -> build(options.withHistory(History.unavailable("bench"))));
        System.out.printf(Locale.ROOT, "build --no-pdf：读取历史记录 %.2f 秒（%d 个页面），不读取 %.2f 秒%n",
                withHistory, Gongkai.build(options).pages(), withoutHistory);

        double perFile;
        try (Git git = Git.open(repoDir.toFile())) {
            List<String> some = projectFiles.subList(0, Math.min(sample, projectFiles.size()));
            long start = System.nanoTime();
            for (String f : some) {
                git.log().addPath("content/" + f).setMaxCount(1).call().iterator().hasNext();
            }
            perFile = (System.nanoTime() - start) / 1e9 / some.size();
        }
        System.out.printf(Locale.ROOT, "对照：每个文件一次 log -1（JGit LogCommand）平均 %.4f 秒/文件，%d 个文件约 %.1f 秒%n",
                perFile, files, perFile * files);
        System.out.printf(Locale.ROOT, "HISTORYBENCH files=%d read_first=%.3f read_median=%.3f read_dirty_median=%.3f "
                        + "build_with=%.2f build_without=%.2f log_per_file=%.4f%n",
                files, first, warm, dirtyMedian, withHistory, withoutHistory, perFile);
    }

    private static double build(Gongkai.Options options) {
        try {
            Gongkai.build(options);
            return 0;
        } catch (Gongkai.BuildException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void commit(Git git, String message, String when) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        PersonIdent who = new PersonIdent("性能测试", "bench@example.org", Instant.parse(when), ZoneId.of("Asia/Shanghai"));
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static double seconds(Supplier<?> task) {
        long start = System.nanoTime();
        task.get();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(int runs, Supplier<?> task) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(seconds(task));
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }
}
