package gongkai.cli;

import gongkai.scaffold.Scaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gongkai new unit|project}: writes commented skeleton files for a new unit or project. */
@Command(name = "new",
        description = {
            "新建单位或项目的骨架文件：字段齐全，每个字段有中文注释，第一行引用 schemas/ 中的 JSON 模式（编辑器据此补全字段名和提示错误）。",
            "要填写的地方留空，./gongkai validate 会逐一列出，全部填写之前不会生成网站。已经存在的文件不会被覆盖。"},
        synopsisHeading = "用法：", descriptionHeading = "%n", optionListHeading = "%n选项：%n", commandListHeading = "%n命令：%n",
        synopsisSubcommandLabel = "unit|project",
        subcommands = {NewUnitCommand.class, NewProjectCommand.class},
        footer = {"%n用“gongkai new unit --help”“gongkai new project --help”查看每个命令的说明。"})
final class NewCommand implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定要新建的是 unit（单位）还是 project（项目），如 gongkai new unit --help。");
    }

    /** A scaffold call that may be refused. */
    interface Request {
        Scaffold.Created run() throws Scaffold.Refused, IOException;
    }

    /**
     * Runs one request and prints what happened: 0 created, 2 refused (nothing written), 3 writing failed; {@code toFill}
     * says what is left to fill in.
     */
    static int run(CommandLine commandLine, Path content, Request request, Function<Scaffold.Created, String> toFill) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        Scaffold.Created created;
        try {
            created = request.run();
        } catch (Scaffold.Refused e) {
            e.problems().forEach(err::println);
            err.println("没有新建任何文件。用“gongkai new " + commandLine.getCommandName() + " --help”查看用法。");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("写入文件时出错（" + e.getClass().getSimpleName() + "：" + e.getMessage() + "）。已经写入的文件已删除，请检查内容文件夹的权限后重试。");
            return Main.FAILED;
        }
        out.println("已新建：");
        for (String path : created.paths()) {
            out.println("  " + content.resolve(path).toString().replace('\\', '/')
                    + (path.endsWith("/year.yaml") ? created.newYearFramework().map(f -> "（新的年度，采用指标体系 " + f + "）").orElse("") : ""));
        }
        if (!created.form().id().isEmpty()) {
            out.println("表式：" + created.form().name() + "（forms/" + created.form().id() + ".yaml），栏目和列与这个表式一致。");
        }
        out.println(toFill.apply(created));
        out.println("填写后运行 ./gongkai validate" + (content.equals(Path.of("content")) ? "" : " --content " + content)
                + "：它会列出还没有填写的每一处（“缺少必填字段”），全部填写之前不会生成网站。");
        Path schemas = content.toAbsolutePath().normalize().resolveSibling("schemas");
        if (!Files.isDirectory(schemas)) {
            out.println("注意：内容文件夹旁边没有 schemas 文件夹，编辑器找不到文件第一行引用的 JSON 模式。"
                    + "请把仓库中的 schemas 文件夹复制到 " + schemas + "，或在编辑器的设置中指定模式。");
        }
        return Main.OK;
    }
}
