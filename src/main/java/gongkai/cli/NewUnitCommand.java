package gongkai.cli;

import gongkai.model.Form;
import gongkai.scaffold.Scaffold;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "unit",
        description = {
            "新建一个单位：内容文件夹/年度/单位编码/ 中的 unit.yaml、overall.md 和 measures.md；年度是新的时还新建该年度的 year.yaml。",
            "unit.yaml 中的分项绩效目标留空；overall.md（总体绩效目标）和 measures.md（工作保障措施）是空文件，请写入公开文件中的原文。"},
        customSynopsis = "gongkai new unit --year 年度 --code 单位编码 --name 单位名称 [--region 行政区划代码] [--framework 指标体系] [--content 文件夹]",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n",
        footer = {"%n示例：gongkai new unit --year 2022 --code 425002 --name 唐山市丰润区某单位 --region 130208"})
final class NewUnitCommand implements Callable<Integer> {

    @Option(names = "--year", paramLabel = "年度", description = "年度（必填），四位数字，如 2022")
    String year;

    @Option(names = "--code", paramLabel = "单位编码", description = "单位编码（必填），数字和英文字母，也是单位文件夹的名称，如 425002")
    String code;

    @Option(names = "--name", paramLabel = "单位名称", description = "单位名称（必填），与公开文件一致")
    String name;

    @Option(names = "--region", paramLabel = "行政区划代码",
            description = "行政区划代码（可选），6 位数字，如 130208；填写后 validate 检查本单位的项目编码是否以它开头")
    String region;

    @Option(names = "--framework", paramLabel = "指标体系",
            description = "新的年度采用的指标体系：frameworks 文件夹中的文件名（不含 .yaml）。默认沿用最近一个年度的指标体系；年度已经存在时不需要")
    String framework;

    @Option(names = "--content", paramLabel = "文件夹", defaultValue = "content", description = "内容文件夹（默认：${DEFAULT-VALUE}）")
    Path content;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NewCommand.run(spec.commandLine(), content,
                () -> Scaffold.newUnit(content, new Scaffold.UnitRequest(year, code, name, region, framework)),
                created -> toFill(created.form()));
    }

    private static String toFill(Form form) {
        String table = form.unitTable().map(t -> "unit.yaml 中的" + t.title() + "（unit_table）").orElse("");
        if (!form.narrative()) {
            return "还要填写：" + table + "。本单位采用的表式“" + form.name() + "”没有第一部分的文字，所以没有新建 overall.md 和 measures.md，"
                    + "unit.yaml 中也没有分项绩效目标（goals）。然后用 gongkai new project 新建本单位的项目。";
        }
        return "还要填写：unit.yaml 中的分项绩效目标（goals）" + (table.isEmpty() ? "" : "和" + table)
                + "，overall.md（第一部分“一、总体绩效目标”）和 measures.md（第一部分“三、工作保障措施”）。然后用 gongkai new project 新建本单位的项目。";
    }
}
