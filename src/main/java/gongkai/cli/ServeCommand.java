package gongkai.cli;

import gongkai.Gongkai;
import gongkai.diag.Diagnostic;
import gongkai.diag.TextPrinter;
import gongkai.serve.IncrementalBuilder;
import gongkai.serve.PreviewServer;
import gongkai.source.ContentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "serve",
        description = {"在本机预览网站：生成网站，在 127.0.0.1 上提供浏览，并监视 content 和 templates 中的修改。",
                "保存文件后只重新生成受影响的页面，浏览器中打开的页面自动刷新；内容有错误时，页面上显示错误的位置和说明，"
                        + "预览保持上次成功生成的网站，服务器继续运行。按 Ctrl+C 停止。",
                "预览写入单独的文件夹（默认 target/preview），不会改动 site/ 中要发布的网站；加到网页中的刷新脚本只在预览时提供，不写入文件。"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n")
final class ServeCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Option(names = "--content", paramLabel = "文件夹", defaultValue = "content", description = "内容文件夹（默认：${DEFAULT-VALUE}）")
    Path content;

    @Option(names = "--templates", paramLabel = "文件夹", defaultValue = "templates", description = "模板文件夹（默认：${DEFAULT-VALUE}）")
    Path templates;

    @Option(names = {"-o", "--out"}, paramLabel = "文件夹", defaultValue = "target/preview",
            description = "预览文件夹（默认：${DEFAULT-VALUE}）；其中原有的文件会被替换，不要指定 site")
    Path out;

    @Option(names = {"-p", "--port"}, paramLabel = "端口", defaultValue = "0",
            description = "端口号（默认：0，即任选一个空闲端口）")
    int port;

    @Option(names = "--no-pdf", description = "不生成 PDF：修改后刷新更快，页面上没有 PDF 下载链接")
    boolean noPdf;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!Files.isDirectory(content)) {
            stderr.println(ContentFiles.missingFolder(content));
            return Main.USAGE;
        }
        if (!Files.isDirectory(templates)) {
            stderr.println("找不到模板文件夹：" + templates + "。请在仓库根目录运行，或用 --templates 指定模板文件夹。");
            return Main.USAGE;
        }
        if (port < 0 || port > 65535) {
            stderr.println("端口号应当在 0 到 65535 之间（0 表示任选一个空闲端口），现在是 " + port + "。");
            return Main.USAGE;
        }
        Path preview = out.toAbsolutePath().normalize();
        if (preview.equals(Path.of("site").toAbsolutePath().normalize())) {
            stderr.println("预览不能写入 site/：那里是要发布的网站。请用 --out 指定其他文件夹，或不写 --out（默认 target/preview）。");
            return Main.USAGE;
        }
        // The preview folder is replaced whole when serve starts: it must not hold, or lie inside, what is watched.
        for (Path watched : new Path[] {content, templates}) {
            Path w = watched.toAbsolutePath().normalize();
            if (w.startsWith(preview) || preview.startsWith(w)) {
                stderr.println("预览文件夹 " + out + " 不能是 " + watched + " 或包含它、也不能在它里面：启动预览时会替换整个预览文件夹。"
                        + "请用 --out 指定单独的文件夹，或不写 --out（默认 target/preview）。");
                return Main.USAGE;
            }
        }
        Gongkai.Options options = new Gongkai.Options(content, templates, out, false, !noPdf, Optional.empty());
        stdout.println("正在生成预览到 " + out + " ……");
        stdout.flush();
        PreviewServer server;
        try {
            AtomicBoolean built = new AtomicBoolean();
            server = PreviewServer.start(options, port, rebuild -> report(rebuild, built, stdout, stderr));
        } catch (BindException e) {
            stderr.println("无法使用端口 " + port + "：已被其他程序占用。请换一个端口，或不写 --port（任选空闲端口）。");
            return Main.FAILED;
        } catch (IOException e) {
            stderr.println("无法启动预览：" + e.getMessage());
            return Main.FAILED;
        }
        stdout.println("预览网址：" + server.uri() + "（只能在本机访问；按 Ctrl+C 停止）");
        stdout.println("正在监视 " + content + " 和 " + templates + " 中的修改。");
        stdout.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stdout.println("已停止预览。");
            stdout.flush();
            stopped.countDown();
        }, "gongkai-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return Main.OK;
    }

    /** One line per build; the problems of a failed one follow it, as {@code validate} prints them. */
    private static void report(PreviewServer.Rebuild rebuild, AtomicBoolean built, PrintWriter out, PrintWriter err) {
        boolean first = rebuild.changedFiles().isEmpty() && !rebuild.overflow();
        String cause = first ? "首次生成" : what(rebuild);
        String time = LocalTime.now().format(TIME);
        IncrementalBuilder.Outcome outcome = rebuild.outcome();
        String took = String.format(Locale.ROOT, "用时 %.2f 秒", outcome.millis() / 1000.0);
        rebuild.notes().forEach(note -> out.println(time + " " + note));
        if (outcome instanceof IncrementalBuilder.Built success) {
            built.set(true);
            long warnings = success.warnings().stream().filter(d -> !d.isError()).count();
            String did = success.changed().isEmpty() ? "页面没有变化"
                    : (first ? "生成 " : "重新生成 ") + success.pages().size() + " 个页面、" + success.pdfs().size() + " 个 PDF"
                    + (success.assets().isEmpty() ? "" : "，复制 " + success.assets().size() + " 个静态文件")
                    + (success.removed().isEmpty() ? "" : "，删除 " + success.removed().size() + " 个文件");
            out.println(time + " " + cause + "：" + did + "，" + took
                    + (warnings == 0 ? "" : "；有 " + warnings + " 个警告（用 ./gongkai validate 查看）") + "。");
            out.flush();
        } else if (outcome instanceof IncrementalBuilder.ContentErrors errors) {
            List<Diagnostic> problems = errors.errors();
            err.println(time + " " + cause + "：内容有 " + problems.size() + " 个错误，" + kept(built.get()) + "，" + took + "：");
            err.print(TextPrinter.format(problems, errors.check().files()));
            err.flush();
        } else if (outcome instanceof IncrementalBuilder.Failed failed) {
            err.println(time + " " + cause + "：生成预览时出错，" + kept(built.get()) + "，" + took + "：" + failed.message());
            err.flush();
        }
    }

    /** What the preview shows after a failed build. */
    private static String kept(boolean built) {
        return built ? "预览保持上次成功生成的网站" : "还没有生成预览（改正并保存后自动生成）";
    }

    private static String what(PreviewServer.Rebuild rebuild) {
        if (rebuild.overflow()) {
            return "文件改动太多，全部重新生成";
        }
        List<String> files = rebuild.changedFiles();
        String shown = String.join("、", files.subList(0, Math.min(3, files.size())));
        return "修改了 " + shown + (files.size() > 3 ? " 等 " + files.size() + " 个文件" : "");
    }
}
