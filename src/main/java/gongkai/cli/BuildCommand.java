package gongkai.cli;

import gongkai.Gongkai;
import gongkai.source.ContentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "build",
        description = "检查内容并生成网站。内容有错误时不生成，原有网站保持不变。",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = "--templates", paramLabel = "文件夹", defaultValue = "templates", description = "模板文件夹（默认：${DEFAULT-VALUE}）")
    Path templates;

    @Option(names = {"-o", "--out"}, paramLabel = "文件夹", defaultValue = "site", description = "输出文件夹（默认：${DEFAULT-VALUE}）")
    Path out;

    @Option(names = "--no-pdf", description = "只生成网页，不生成 PDF（用于快速预览）")
    boolean noPdf;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Spec
    CommandSpec spec;

    /** The PDF date from SOURCE_DATE_EPOCH (reproducible builds); empty when unset, null when malformed. */
    private static Optional<Instant> sourceDateEpoch() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(options.content)) {
            err.println(ContentFiles.missingFolder(options.content));
            return Main.USAGE;
        }
        if (!Files.isDirectory(templates)) {
            err.println("找不到模板文件夹：" + templates + "。请在仓库根目录运行，或用 --templates 指定模板文件夹。");
            return Main.USAGE;
        }
        try {
            Optional<Instant> date = sourceDateEpoch();
            if (date == null) {
                err.println("环境变量 SOURCE_DATE_EPOCH 应当是一个整数（自 1970-01-01 起的秒数），现在是“"
                        + System.getenv("SOURCE_DATE_EPOCH") + "”。");
                return Main.USAGE;
            }
            Gongkai.BuildResult result = Gongkai.build(new Gongkai.Options(options.content, templates, out, options.strict, !noPdf, date),
                    ProgressDisplay.forProcess(err));
            boolean publishable = Report.print(result.check(), options, spec.commandLine().getOut(), err);
            if (!result.written()) {
                err.println("内容有" + (publishable ? "警告" : "错误") + "，没有生成网站；" + out + " 中原有的网站保持不变。");
                return Main.CONTENT_ERRORS;
            }
            double seconds = result.millis() / 1000.0;
            // With --format json the standard output holds nothing but the JSON document.
            var summary = options.format == ContentOptions.Format.json ? err : spec.commandLine().getOut();
            result.notes().forEach(summary::println);
            result.historyUnavailable().ifPresent(reason -> summary.println("注意：页面上显示“历史记录不可用”，没有修改记录页：" + reason + "。"));
            Gongkai.Made made = result.made();
            summary.println(String.format(Locale.ROOT,
                    "已生成网站：%s（%d 个页面、%d 个 PDF，共 %d 个文件，%.1f KB，用时 %.2f 秒，%.0f 页/秒）",
                    out, result.pages(), result.pdfs(), result.files(), result.bytes() / 1024.0, seconds,
                    result.pages() / Math.max(seconds, 0.001)));
            if (!made.changed()) {
                summary.println("与上次生成相比没有变化，网站文件夹中的文件没有改动。");
            } else if (made.kept() > 0) {
                summary.println(String.format(Locale.ROOT, "增量生成：重新生成 %d 个页面、%d 个 PDF、%d 个数据文件、%d 个静态文件，删除 %d 个文件，"
                        + "其余 %d 个文件与上次相同，直接沿用。", made.pages().size(), made.pdfs().size(), made.files().size(),
                        made.assets().size(), made.removed().size(), made.kept()));
            }
            return publishable ? Main.OK : Main.CONTENT_ERRORS;
        } catch (Gongkai.BuildException e) {
            e.notes().forEach(err::println);
            err.println(e.getMessage());
            return Main.FAILED;
        }
    }
}
