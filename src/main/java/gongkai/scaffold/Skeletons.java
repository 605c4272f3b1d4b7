package gongkai.scaffold;

import gongkai.model.Framework;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of the skeleton files that {@code gongkai new} writes. Pure: no I/O, the same arguments always give the
 * same text.
 *
 * <p>Every YAML skeleton starts with a {@code # yaml-language-server: $schema=…} line that points at the JSON Schema in
 * {@code schemas/} (relative to the file, for a content folder beside {@code schemas/}, as in this repository), has a
 * Chinese comment on every field, and leaves each value the clerk must supply blank. Blank required values are not
 * placeholders that could be published by mistake: {@code gongkai validate} reports each one as GK112 at its line,
 * and the editor marks the same fields through the schema. The Markdown files are empty for the same reason: an empty
 * {@code overall.md} is reported (GK112), while one holding only a guidance comment would pass and publish an empty
 * section.
 */
public final class Skeletons {

    /** A file to create: its path below the content folder (forward slashes) and its text. */
    public record File(String path, String text) {}

    private Skeletons() {}

    /** The schema line of a file {@code depth} folders below the content folder. */
    static String schemaLine(int depth, String schema) {
        return "# yaml-language-server: $schema=" + "../".repeat(depth + 1) + "schemas/" + schema + "\n";
    }

    /** {@code 年度/year.yaml} of a new year. */
    public static File year(int year, String frameworkId) {
        String text = schemaLine(1, "year.schema.json")
                + "# 年度设置\n"
                + "# 本年度采用的绩效指标体系：content/frameworks/ 中的文件名（不含 .yaml）\n"
                + "framework: " + scalar(frameworkId) + "\n";
        return new File(year + "/year.yaml", text);
    }

    /** {@code unit.yaml}, {@code overall.md} and {@code measures.md} of a new unit. */
    public static List<File> unit(int year, String code, String name, Optional<String> region) {
        String dir = year + "/" + code + "/";
        String text = schemaLine(2, "unit.schema.json")
                + "# 预算单位基本信息和部门整体绩效目标（第一部分）\n"
                + "# 由 gongkai new unit 生成。空白处都要按公开文件填写；./gongkai validate 会列出还没有填写的每一处。\n"
                + "# 单位编码（与所在文件夹名称一致）\n"
                + "code: " + quoted(code) + "\n"
                + "# 单位名称（与公开文件一致）\n"
                + "name: " + scalar(name) + "\n"
                + "# 主管部门名称（可选；没有时留空）\n"
                + "department:\n"
                + "# 行政区划代码：本单位项目编码以它开头，后接两位年份（如 130208 + 22 → 13020822…）；不填则不检查\n"
                + "region:" + region.map(r -> " " + quoted(r)).orElse("") + "\n"
                + "# 第二部分项目预算合计（万元，可选；填写后检查各项目预算数之和；不需要时留空）\n"
                + "total:\n"
                + "# 预算批复日期和公开日期（年-月-日，如 2022-01-20）：预算法第十四条要求部门预算在批复后 20 日内公开\n"
                + "approval_date:     # 财政部门批复本单位预算的日期\n"
                + "publication_date:  # 本单位公开的日期\n"
                + "# 原公开文件确实没有载明日期时，不填日期，在这里写明原因（如：原公开文件未载明预算批复日期和公开日期。）\n"
                + "dates_note:\n"
                + "# 第一部分 一、总体绩效目标：写在同一文件夹中的 overall.md（Markdown 格式；每段之间空一行）\n"
                + "# 第一部分 三、工作保障措施：写在同一文件夹中的 measures.md（Markdown 格式；每段之间空一行）\n"
                + "# 第一部分 二、分项绩效目标：按公开文件的顺序填写，每个分项一项（以“- ”开头，可以复制下面一项）\n"
                + "#   title 分项名称；target 绩效目标；indicator 绩效指标\n"
                + "goals:\n"
                + "  - title:        # 分项名称（必填）\n"
                + "    target:       # 绩效目标（必填）\n"
                + "    indicator:    # 绩效指标（必填）\n";
        return List.of(new File(dir + "unit.yaml", text), new File(dir + "overall.md", ""), new File(dir + "measures.md", ""));
    }

    /**
     * {@code projects/项目编码.yaml}: every field of the form, and one indicator row for each 一级指标 that the year's
     * framework requires, with that 一级指标's 二级指标 listed in a comment.
     */
    public static File project(int year, String unit, String code, String name, OptionalInt order, Framework framework) {
        StringBuilder text = new StringBuilder()
                .append(schemaLine(3, "project.schema.json"))
                .append("# 预算项目绩效目标表（第二部分的一个项目）\n")
                .append("# 由 gongkai new project 生成。空白处都要按公开文件填写；./gongkai validate 会列出还没有填写的每一处。\n")
                .append("# 项目编码（一个项目一个文件，文件名与项目编码一致）\n")
                .append("code: ").append(code.chars().allMatch(Character::isDigit) ? quoted(code) : code).append('\n')
                .append("# 项目名称\n")
                .append("name: ").append(scalar(name)).append('\n')
                .append("# 在公开文件第二部分中的序号（正整数；不填的项目排在最后）\n")
                .append("order:").append(order.isPresent() ? " " + order.getAsInt() : "").append('\n')
                .append("# 预算规模（万元）：预算数 = 财政资金 + 其他资金；只写数字，如 30.00\n")
                .append("budget:\n")
                .append("  total:         # 预算数（必填）\n")
                .append("  fiscal:        # 其中：财政资金（必填）\n")
                .append("  other:         # 其他资金（没有时留空）\n")
                .append("# 资金用途（必填）\n")
                .append("purpose:\n")
                .append("# 资金支出计划（%，截至各月底累计，如 30%）；公开文件中为空的月份留空，最后一个月应为 100%\n")
                .append("spending_plan:\n")
                .append("  mar:           # 3月底\n")
                .append("  jun:           # 6月底\n")
                .append("  oct:           # 10月底\n")
                .append("  dec:           # 12月底\n")
                .append("# 绩效目标（必填）\n")
                .append("goal:\n")
                .append("# 绩效指标：每行一个三级指标，按公开表格的顺序填写；同一个一级指标可以有多行（复制一项即可）\n")
                .append("#   level1 一级指标；level2 二级指标；level3 三级指标；description 绩效指标描述；\n")
                .append("#   value 指标值（如 ≥95%、≤2.5万元/月、").append(year).append("年底前完成）；basis 指标值确定依据\n");
        List<Framework.Level1> required = framework.level1().stream().filter(Framework.Level1::required).toList();
        List<String> optional = framework.level1().stream().filter(l -> !l.required()).map(Framework.Level1::name).toList();
        text.append("# 本年度的指标体系是“").append(framework.name()).append("”，每个项目都要有")
                .append(required.isEmpty() ? "至少一项绩效指标" : String.join("、", required.stream().map(Framework.Level1::name).toList()))
                .append(optional.isEmpty() ? "" : "；还可以有" + String.join("、", optional)).append("。\n")
                .append("indicators:\n");
        List<Framework.Level1> rows = required.isEmpty() ? framework.level1().stream().limit(1).toList() : required;
        if (rows.isEmpty()) {
            rows = List.of(new Framework.Level1("", false, List.of()));
        }
        for (Framework.Level1 l1 : rows) {
            text.append("  - level1:").append(l1.name().isEmpty() ? "        # 一级指标（必填）" : " " + scalar(l1.name())).append('\n')
                    .append("    level2:        # 二级指标").append(l1.level2().isEmpty() ? "（可以留空）"
                            : "，可填：" + String.join("、", l1.level2()) + "（公开表格中为空时留空）").append('\n')
                    .append("    level3:        # 三级指标（必填）\n")
                    .append("    description:   # 绩效指标描述\n")
                    .append("    value:         # 指标值（必填）\n")
                    .append("    basis:         # 指标值确定依据\n");
        }
        text.append("# 延续的往年项目编码（可选，用于历年对比）：本项目延续往年的项目、且项目名称改了时，填写上一年度公开文件中的项目编码；\n")
                .append("# 与上年项目同名，或不是延续项目时留空\n")
                .append("continues:\n");
        return new File(year + "/" + unit + "/projects/" + code + ".yaml", text.toString());
    }

    // ---- YAML scalars ---------------------------------------------------------------------------------------------

    private static final Pattern PLAIN_UNSAFE = Pattern.compile("[:#'\"\\\\{}\\[\\],&*!|>%@`\\p{Cntrl}]");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9][0-9a-fA-FxXoO._+\\-eE:]*|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");
    private static final Set<String> WORDS = Set.of("~", "null", "true", "false", "yes", "no", "on", "off", "y", "n");

    /** A string as a YAML scalar that reads back as exactly that text: plain when that is safe, else double-quoted. */
    static String scalar(String text) {
        boolean plain = !text.isEmpty()
                && !PLAIN_UNSAFE.matcher(text).find()
                && !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(text.length() - 1))
                && "-?".indexOf(text.charAt(0)) < 0
                && !WORDS.contains(text.toLowerCase(Locale.ROOT))
                && !NUMBER_LIKE.matcher(text).matches();
        return plain ? text : quoted(text);
    }

    /** A double-quoted YAML scalar (JSON escapes are valid YAML escapes). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
