package gongkai.cli;

import gongkai.format.Column;
import gongkai.model.Form;
import gongkai.scaffold.Scaffold;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "project",
        description = {
            "新建一个项目绩效目标表：内容文件夹/年度/单位编码/projects/项目编码.yaml。",
            "文件中有全部字段；绩效指标为本年度指标体系要求的每个一级指标各列一行（注释中列出可填的二级指标）；"
                    + "预算数、资金用途、绩效目标、三级指标和指标值等留空，请按公开文件填写。"},
        customSynopsis = "gongkai new project --year 年度 --unit 单位编码 --code 项目编码 --name 项目名称 [--order 序号] [--content 文件夹]",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n",
        footer = {"%n示例：gongkai new project --year 2022 --unit 425001 --code 13020822P00999910001A --name 某项目运行维护费 --order 7"})
final class NewProjectCommand implements Callable<Integer> {

    @Option(names = "--year", paramLabel = "年度", description = "年度（必填），四位数字，如 2022")
    String year;

    @Option(names = "--unit", paramLabel = "单位编码", description = "所属单位的编码（必填）；该单位的文件夹必须已经存在")
    String unit;

    @Option(names = "--code", paramLabel = "项目编码", description = "项目编码（必填），数字和英文字母，也是文件名，如 13020822P00908810002X")
    String code;

    @Option(names = "--name", paramLabel = "项目名称", description = "项目名称（必填），与公开文件一致")
    String name;

    @Option(names = "--order", paramLabel = "序号", description = "在公开文件第二部分中的序号（可选），正整数")
    String order;

    @Option(names = "--content", paramLabel = "文件夹", defaultValue = "content", description = "内容文件夹（默认：${DEFAULT-VALUE}）")
    Path content;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NewCommand.run(spec.commandLine(), content,
                () -> Scaffold.newProject(content, new Scaffold.ProjectRequest(year, unit, code, name, order)),
                created -> "还要填写：" + String.join("、", created.form().project().fields().stream().filter(Form.Field::required)
                        .map(Form.Field::heading).toList()) + "，以及每项绩效指标的" + String.join("、", created.form().project().indicators()
                        .columns().stream().filter(c -> c.required() && c.column() != Column.LEVEL1).map(Form.ColumnSpec::heading).toList())
                        + "（可以增加行）。");
    }
}
