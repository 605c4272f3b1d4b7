package gongkai.cli;

import gongkai.Gongkai;
import gongkai.diag.Diagnostic;
import gongkai.diag.TextPrinter;
import gongkai.diff.DiffReport;
import gongkai.diff.ModelDiff;
import gongkai.diff.Side;
import gongkai.diff.SiteDiff;
import gongkai.source.ContentFiles;
import gongkai.source.GitContent;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Compares the content of two git revisions (or a revision and the working tree) in the terms of the disclosure.
 * Each side goes through load and check like {@code validate}; the two checked models are compared
 * ({@link ModelDiff}) and written as text or Markdown ({@link DiffReport}). A side with a content error is not
 * compared: its errors are printed and the exit status is 1.
 */
@Command(name = "diff",
        description = {
            "比较两个 git 修订中内容文件夹的修改，用公开文件的用语列出：预算数、资金用途、支出计划、绩效目标、绩效指标等。",
            "只写一个修订时，比较该修订和工作区（磁盘上现在的内容）；写两个修订时，比较修订1 → 修订2。"
                    + "修订可以是 HEAD、HEAD~1、main、origin/main 或提交编号。不需要安装 git 程序。",
            "任何一方的内容有错误时不比较，列出错误并以状态 1 退出。"},
        customSynopsis = "gongkai diff [--format text|markdown] [--content 文件夹] 修订1 [修订2]",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n",
        footer = {"%n示例：",
            "  gongkai diff HEAD                                最近一次提交后工作区的修改",
            "  gongkai diff HEAD~1 HEAD                         最近一次提交所做的修改",
            "  gongkai diff origin/main HEAD --format markdown  合并请求的修改（用于评论）%n"})
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "修订1", description = "比较的起点，如 HEAD~1、main、origin/main 或提交编号")
    String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "修订2", description = "比较的终点；不写时为工作区")
    String second;

    @Option(names = "--content", paramLabel = "文件夹", defaultValue = "content",
            description = "内容文件夹（默认：${DEFAULT-VALUE}）；比较的是它所在的 git 仓库中的修订")
    Path content;

    @Option(names = "--format", paramLabel = "格式", defaultValue = "text",
            description = "输出格式（默认：${DEFAULT-VALUE}）：text 给人在终端阅读；markdown 用于合并请求的评论")
    String format;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("markdown")) {
            err.println("输出格式“" + format + "”不认识，请写 --format text 或 --format markdown。");
            return Main.USAGE;
        }
        boolean workingTree = second == null;
        if (workingTree && !Files.isDirectory(content)) {
            err.println(ContentFiles.missingFolder(content));
            return Main.USAGE;
        }
        try (GitContent git = GitContent.open(content)) {
            GitContent.Commit older = git.resolve(first);
            GitContent.Commit newer = workingTree ? null : git.resolve(second);
            Side from = Side.revision(older.revision(), older.abbreviated());
            Side to = workingTree ? Side.workingTree() : Side.revision(newer.revision(), newer.abbreviated());

            Gongkai.CheckResult before = Gongkai.check(git.read(older));
            Gongkai.CheckResult after = workingTree ? Gongkai.check(content) : Gongkai.check(git.read(newer));
            boolean beforeOk = reportErrors(before, from, err);
            boolean afterOk = reportErrors(after, to, err);
            if (!beforeOk || !afterOk) {
                err.println("内容有错误时无法比较。请先修正这些错误，再比较。");
                return Main.CONTENT_ERRORS;
            }
            SiteDiff diff = ModelDiff.compare(before.site().get(), after.site().get());
            PrintWriter out = spec.commandLine().getOut();
            out.print(format.equals("markdown") ? DiffReport.markdown(diff, from, to) : DiffReport.text(diff, from, to));
            out.flush();
            return Main.OK;
        } catch (GitContent.GitException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
    }

    /** Load and check of a revision's content, as {@link Gongkai#check} does for a folder on disk. */

    /** Prints the errors of one side (warnings do not stop a comparison) and returns whether it has none. */
    private static boolean reportErrors(Gongkai.CheckResult result, Side side, PrintWriter err) {
        List<Diagnostic> errors = result.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty() && result.site().isPresent()) {
            return true;
        }
        err.println((side.revision().isPresent() ? "修订 " : "") + side.label() + "的内容有 " + errors.size() + " 个错误：");
        err.print(TextPrinter.format(errors, result.files()));
        return false;
    }
}
