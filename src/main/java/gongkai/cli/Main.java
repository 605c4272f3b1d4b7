package gongkai.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line. The only code that prints or decides exit codes: 0 success, 1 content errors (or warnings with
 * {@code --strict}), 2 wrong usage, 3 a failure while writing the site.
 */
@Command(name = "gongkai",
        description = "把预算绩效目标（YAML 和 Markdown）检查并生成为可访问的静态网站。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        commandListHeading = "%n命令：%n",
        synopsisSubcommandLabel = "命令",
        subcommands = {BuildCommand.class, ValidateCommand.class, DiffCommand.class, GenerateCommand.class, ServeCommand.class, NewCommand.class},
        footer = {"%n用“gongkai 命令 --help”查看每个命令的说明。"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定一个命令，例如 build 或 validate。");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("命令行参数有误：" + Messages.usageError(ex));
            err.println("用“gongkai --help”或“gongkai 命令 --help”查看用法。");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("发生了意外错误：" + ex);
            err.println("这是 Gongkai 自身的问题，不是内容的问题。请把这条信息和所用的命令告诉维护人员。");
            err.flush();
            return FAILED;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (Error e) {
            // picocli hands only Exceptions to the handler above; an Error (stack or memory exhausted) must not reach
            // the user as a stack trace either.
            err.println("发生了意外错误：" + e.getClass().getSimpleName()
                    + (e instanceof OutOfMemoryError ? "（内存不足，可以用 GONGKAI_JAVA_OPTS=-Xmx4g 这样的设置给 Java 更多内存）" : ""));
            err.println("这是 Gongkai 自身的问题，不是内容的问题。请把这条信息和所用的命令告诉维护人员。");
            code = FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }
}
