package gongkai.cli;

import gongkai.Gongkai;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(options.content)) {
            err.println("找不到内容文件夹：" + options.content + "。请在仓库根目录运行，或用 --content 指定内容文件夹。");
            return Main.USAGE;
        }
        if (!Files.isDirectory(templates)) {
            err.println("找不到模板文件夹：" + templates + "。请在仓库根目录运行，或用 --templates 指定模板文件夹。");
            return Main.USAGE;
        }
        try {
            Gongkai.BuildResult result = Gongkai.build(new Gongkai.Options(options.content, templates, out, options.strict));
            boolean publishable = Report.print(result.check(), options.strict, err);
            if (!result.written()) {
                err.println("内容有" + (publishable ? "警告" : "错误") + "，没有生成网站；" + out + " 中原有的网站保持不变。");
                return Main.CONTENT_ERRORS;
            }
            double seconds = result.millis() / 1000.0;
            spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "已生成网站：%s（%d 个页面，共 %d 个文件，%.1f KB，用时 %.2f 秒，%.0f 页/秒）",
                    out, result.pages(), result.files(), result.bytes() / 1024.0, seconds,
                    result.pages() / Math.max(seconds, 0.001)));
            return publishable ? Main.OK : Main.CONTENT_ERRORS;
        } catch (Gongkai.BuildException e) {
            err.println(e.getMessage());
            return Main.FAILED;
        }
    }
}
