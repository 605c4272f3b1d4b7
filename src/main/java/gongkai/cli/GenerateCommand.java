package gongkai.cli;

import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes a folder of realistic synthetic content for tests and benchmarks. Numbers are read as text and checked
 * here, so that every message, including a mistyped number, is in Chinese.
 */
@Command(name = "generate",
        description = {
            "生成逼真的合成内容（单位、项目、资金、绩效指标），用于测试和性能评估。",
            "每个年度生成相同的 N 个单位，每个单位 M 个项目；2023 年以前采用“产出、效益、满意度”指标体系，"
                    + "2023 年起采用“产出、成本、效益、满意度”指标体系。同一个随机种子总是生成完全相同的文件。",
            "生成的内容可以直接通过 validate --strict 检查。"},
        customSynopsis = "gongkai generate --out 文件夹 --units 单位数 --projects 项目数 [--years 年度,…] [--continuing] [--seed 整数] [--force]",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", descriptionHeading = "%n",
        footer = {"%n示例：gongkai generate --out /tmp/synth --units 10 --projects 20 --years 2022,2023 --seed 42"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "文件夹",
            description = "写入的内容文件夹（必填）。它必须不存在或是空的，除非使用 --force")
    Path out;

    @Option(names = "--units", paramLabel = "单位数", description = "每个年度的单位数（必填），最多 " + ContentGenerator.MAX_UNITS + " 个")
    String units;

    @Option(names = "--projects", paramLabel = "项目数", description = "每个单位每个年度的项目数（必填），最多 " + ContentGenerator.MAX_PROJECTS + " 个")
    String projects;

    @Option(names = "--years", paramLabel = "年度", defaultValue = "2022",
            description = "年度，多个年度用逗号分隔，如 2022,2023（默认：${DEFAULT-VALUE}）")
    String years;

    @Option(names = "--continuing",
            description = "各年度的大部分项目（约 " + ContentGenerator.CONTINUED_PERCENT + "%%）延续上一年度的项目，用于历年对比："
                    + "其中三分之一改了名称并填写 continues，三分之一名称不变并填写 continues，三分之一名称不变、不填写（按名称对应）")
    boolean continuing;

    @Option(names = "--seed", paramLabel = "整数", defaultValue = "42", description = "随机种子（默认：${DEFAULT-VALUE}）")
    String seed;

    @Option(names = "--force", description = "输出文件夹不是空的时，用新生成的内容替换它。只替换只含内容文件（site.yaml、frameworks、年度文件夹）的文件夹")
    boolean force;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        List<String> problems = new ArrayList<>();
        if (out == null) {
            problems.add("请用 --out 指定要写入的内容文件夹，如 --out /tmp/synth。");
        }
        Integer unitCount = integer(units, "--units", "单位数", problems);
        Integer projectCount = integer(projects, "--projects", "项目数", problems);
        List<Integer> yearList = new ArrayList<>();
        for (String y : years.split(",", -1)) {
            if (!y.strip().matches("\\d{4}")) {
                problems.add("年度“" + y.strip() + "”应当是四位数字，如 2022；多个年度用英文逗号分隔，如 2022,2023。");
            } else {
                yearList.add(Integer.parseInt(y.strip()));
            }
        }
        Long seedValue = null;
        try {
            seedValue = Long.parseLong(seed.strip());
        } catch (NumberFormatException e) {
            problems.add("随机种子“" + seed + "”应当是一个整数，如 42。");
        }
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("用“gongkai generate --help”查看用法。");
            return Main.USAGE;
        }

        ContentGenerator.Spec request;
        try {
            request = new ContentGenerator.Spec(unitCount, projectCount, yearList, seedValue, continuing);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        ContentGenerator.Result result = ContentGenerator.generate(request);
        List<String> notes;
        try {
            notes = ContentWriter.write(out, result.files(), force);
        } catch (ContentWriter.WriteException e) {
            err.println(e.getMessage());
            return e.isUsage() ? Main.USAGE : Main.FAILED;
        }
        var stdout = spec.commandLine().getOut();
        notes.forEach(stdout::println);
        stdout.println("已生成合成内容：" + out + "（" + result.years() + " 个年度，每个年度 " + result.unitsPerYear() + " 个单位、每个单位 "
                + request.projects() + " 个项目，共 " + result.projects() + " 个项目、" + result.files().size() + " 个文件；随机种子 "
                + request.seed() + "）");
        stdout.println("检查：gongkai validate --strict --content " + out);
        stdout.println("生成网站：gongkai build --content " + out + " --out " + out.resolveSibling(out.getFileName() + "-site"));
        return Main.OK;
    }

    private static Integer integer(String text, String option, String what, List<String> problems) {
        if (text == null) {
            problems.add("请用 " + option + " 指定" + what + "，如 " + option + " 10。");
            return null;
        }
        if (!text.strip().matches("\\d{1,9}")) {
            problems.add(what + "“" + text + "”应当是正整数，如 10。");
            return null;
        }
        return Integer.parseInt(text.strip());
    }
}
