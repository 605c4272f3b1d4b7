package gongkai.cli;

import gongkai.Gongkai;
import gongkai.source.ContentFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import java.nio.file.Files;
import java.util.concurrent.Callable;

@Command(name = "validate",
        description = "检查内容文件，一次列出所有问题（文件、行、列和改正方法）。没有错误时退出状态为 0，有错误时为 1。",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (!Files.isDirectory(options.content)) {
            err.println(ContentFiles.missingFolder(options.content));
            return Main.USAGE;
        }
        Gongkai.CheckResult result = Gongkai.check(options.content);
        return Report.print(result, options, spec.commandLine().getOut(), err) ? Main.OK : Main.CONTENT_ERRORS;
    }
}
