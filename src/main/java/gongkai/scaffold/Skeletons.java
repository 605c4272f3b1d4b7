package gongkai.scaffold;

import gongkai.format.Column;
import gongkai.format.ContentFormat;
import gongkai.format.FieldDef;
import gongkai.format.ProjectField;
import gongkai.format.UnitTableField;
import gongkai.model.Form;
import gongkai.model.Framework;
import java.util.ArrayList;
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

    /** {@code 年度/year.yaml} of a new year: its framework, and its form unless it is the standard one. */
    public static File year(int year, String frameworkId, Optional<String> formId) {
        String text = schemaLine(1, "year.schema.json")
                + "# 年度设置\n"
                + formId.map(f -> "# 本年度采用的表式：content/forms/ 中的文件名（不含 .yaml）；单位可以在 unit.yaml 中选用自己的表式\n"
                        + "form: " + scalar(f) + "\n").orElse("")
                + "# 本年度采用的绩效指标体系：content/frameworks/ 中的文件名（不含 .yaml）\n"
                + "framework: " + scalar(frameworkId) + "\n";
        return new File(year + "/year.yaml", text);
    }

    /**
     * {@code unit.yaml} of a new unit, with {@code overall.md} and {@code measures.md} when the form has the narrative
     * Part 1, and a {@code unit_table} with the form's fields and one indicator row for each 一级指标 the framework
     * requires when the form has a 部门（单位）整体绩效目标表.
     */
    public static List<File> unit(int year, String code, String name, Optional<String> region, Form form, Framework framework) {
        String dir = year + "/" + code + "/";
        StringBuilder text = new StringBuilder()
                .append(schemaLine(2, "unit.schema.json"))
                .append(form.narrative() ? "# 预算单位基本信息和部门整体绩效目标（第一部分）\n" : "# 预算单位基本信息和" + form.unitTable()
                        .map(Form.UnitTableForm::title).orElse("部门整体绩效目标") + "\n")
                .append("# 由 gongkai new unit 生成。空白处都要按公开文件填写；./gongkai validate 会列出还没有填写的每一处。\n")
                .append(formLine(form))
                .append("# 单位编码（与所在文件夹名称一致）\n")
                .append("code: ").append(quoted(code)).append('\n')
                .append("# 单位名称（与公开文件一致）\n")
                .append("name: ").append(scalar(name)).append('\n')
                .append("# 主管部门名称（可选；没有时留空）\n")
                .append("department:\n")
                .append("# 行政区划代码：本单位项目编码以它开头，后接两位年份（如 130208 + 22 → 13020822…）；不填则不检查\n")
                .append("region:").append(region.map(r -> " " + quoted(r)).orElse("")).append('\n')
                .append("# 第二部分项目预算合计（万元，可选；填写后检查各项目预算数之和；不需要时留空）\n")
                .append("total:\n")
                .append("# 预算批复日期和公开日期（年-月-日，如 2022-01-20）：预算法第十四条要求部门预算在批复后 20 日内公开\n")
                .append("approval_date:     # 财政部门批复本单位预算的日期\n")
                .append("publication_date:  # 本单位公开的日期\n")
                .append("# 原公开文件确实没有载明日期时，不填日期，在这里写明原因（如：原公开文件未载明预算批复日期和公开日期。）\n")
                .append("dates_note:\n");
        if (form.narrative()) {
            text.append("# 第一部分 一、总体绩效目标：写在同一文件夹中的 overall.md（Markdown 格式；每段之间空一行）\n")
                    .append("# 第一部分 三、工作保障措施：写在同一文件夹中的 measures.md（Markdown 格式；每段之间空一行）\n")
                    .append("# 第一部分 二、分项绩效目标：按公开文件的顺序填写，每个分项一项（以“- ”开头，可以复制下面一项）\n")
                    .append("#   title 分项名称；target 绩效目标；indicator 绩效指标\n")
                    .append("goals:\n")
                    .append("  - title:        # 分项名称（必填）\n")
                    .append("    target:       # 绩效目标（必填）\n")
                    .append("    indicator:    # 绩效指标（必填）\n");
        }
        form.unitTable().ifPresent(table -> {
            text.append("# ").append(table.title()).append("：表头栏目和指标表的列按表式“").append(form.name()).append("”，注释中是表中印的名称\n")
                    .append("unit_table:\n");
            for (Form.Field<UnitTableField> f : table.fields()) {
                text.append(pad("  " + f.key().key() + ":", 17)).append("# ")
                        .append(heading(f.heading(), f.key().heading(), f.required(), "没有时留空")).append('\n');
            }
            indicators(text, "  ", year, table.indicators(), framework, "本年度");
        });
        List<File> files = new ArrayList<>();
        files.add(new File(dir + "unit.yaml", text.toString()));
        if (form.narrative()) {
            files.add(new File(dir + "overall.md", ""));
            files.add(new File(dir + "measures.md", ""));
        }
        return List.copyOf(files);
    }

    /**
     * {@code projects/项目编码.yaml}: the header fields of the form in its order, with the form's printed headings in
     * the comments, and one indicator row with the form's columns for each 一级指标 that the framework requires, with
     * that 一级指标's 二级指标 listed in a comment.
     *
     * @param frameworkOwner whose framework it is, for the comment: 本年度 or 本单位
     */
    public static File project(int year, String unit, String code, String name, OptionalInt order, Framework framework, Form form,
            String frameworkOwner) {
        StringBuilder text = new StringBuilder()
                .append(schemaLine(3, "project.schema.json"))
                .append("# 预算项目绩效目标表（第二部分的一个项目）\n")
                .append("# 由 gongkai new project 生成。空白处都要按公开文件填写；./gongkai validate 会列出还没有填写的每一处。\n")
                .append(formLine(form))
                .append("# 项目编码（一个项目一个文件，文件名与项目编码一致）\n")
                .append("code: ").append(code.chars().allMatch(Character::isDigit) ? quoted(code) : code).append('\n')
                .append("# 项目名称\n")
                .append("name: ").append(scalar(name)).append('\n')
                .append("# 在公开文件第二部分中的序号（正整数；不填的项目排在最后）\n")
                .append("order:").append(order.isPresent() ? " " + order.getAsInt() : "").append('\n');
        Form.ProjectForm project = form.project();
        boolean budgetWritten = false;
        for (Form.Field<ProjectField> f : project.fields()) {
            ProjectField key = f.key();
            if (key.root().equals("budget")) {
                if (!budgetWritten) {
                    budget(text, project);
                    budgetWritten = true;
                }
            } else if (key == ProjectField.SPENDING_PLAN) {
                text.append("# ").append(f.heading().replace("（%）", "")).append("（%，截至各月底累计，如 30%）；公开文件中为空的月份留空，最后一个月应为 100%\n")
                        .append("spending_plan:\n");
                for (FieldDef month : ContentFormat.SPENDING_PLAN.children()) {
                    text.append(pad("  " + month.key() + ":", 17)).append("# ").append(month.label()).append('\n');
                }
            } else {
                text.append("# ").append(heading(f.heading(), key.label(), f.required(), "没有时留空")).append(help(key)).append('\n')
                        .append(key.key()).append(":\n");
            }
        }
        indicators(text, "", year, project.indicators(), framework, frameworkOwner);
        text.append("# 延续的往年项目编码（可选，用于历年对比）：本项目延续往年的项目、且项目名称改了时，填写上一年度公开文件中的项目编码；\n")
                .append("# 与上年项目同名，或不是延续项目时留空\n")
                .append("continues:\n");
        return new File(year + "/" + unit + "/projects/" + code + ".yaml", text.toString());
    }

    /** Names the form of a file, unless it is the standard one. */
    private static String formLine(Form form) {
        return form.id().isEmpty() ? ""
                : "# 表式：" + form.name() + "（content/forms/" + form.id() + ".yaml）；栏目和列与这个表式一致，注释中是表中印的名称\n";
    }

    private static void budget(StringBuilder text, Form.ProjectForm project) {
        List<Form.Field<ProjectField>> amounts = project.fields().stream().filter(f -> f.key().root().equals("budget")).toList();
        Optional<String> total = project.field(ProjectField.TOTAL).map(f -> plain(f.heading()));
        Optional<String> fiscal = project.field(ProjectField.FISCAL).map(f -> plain(f.heading()));
        Optional<String> other = project.field(ProjectField.OTHER).map(f -> plain(f.heading()));
        text.append("# 预算规模（万元）：")
                .append(total.isPresent() && fiscal.isPresent()
                        ? total.get() + " = " + fiscal.get() + other.map(o -> " + " + o).orElse("") + "；" : "")
                .append("只写数字，如 30.00\n")
                .append("budget:\n");
        for (Form.Field<ProjectField> f : amounts) {
            text.append(pad("  " + f.key().leaf() + ":", 17)).append("# ")
                    .append(heading(f.heading(), f.key().label(), f.required(), "没有时留空")).append(help(f.key())).append('\n');
        }
    }

    /** 财政资金 for 其中：财政资金, as a sum names it. */
    private static String plain(String heading) {
        return heading.replaceFirst("^其中[：:]", "");
    }

    private static void indicators(StringBuilder text, String indent, int year, Form.IndicatorForm table, Framework framework,
            String frameworkOwner) {
        List<Form.ColumnSpec> columns = table.columns().stream().filter(c -> !c.whenUsed()).toList();
        List<String> legend = columns.stream().map(c -> c.column().key() + " " + c.heading()
                + (c.column() == Column.VALUE ? "（如 ≥95%、≤2.5万元/月、" + year + "年底前完成）" : "")).toList();
        text.append(indent).append("# 绩效指标：每行一个三级指标，按公开表格的顺序填写；同一个一级指标可以有多行（复制一项即可）\n");
        for (int i = 0; i < legend.size(); i += 4) {
            text.append(indent).append("#   ").append(String.join("；", legend.subList(i, Math.min(legend.size(), i + 4))))
                    .append(i + 4 < legend.size() ? "；" : "").append('\n');
        }
        if (table.emptyRows()) {
            text.append(indent).append("# 公开表格中三级指标和指标值都为空的行（如 社会成本指标），照样写成只有 level1、level2 的一行\n");
        }
        List<Framework.Level1> required = framework.level1().stream().filter(Framework.Level1::required).toList();
        List<String> optional = framework.level1().stream().filter(l -> !l.required()).map(Framework.Level1::name).toList();
        text.append(indent).append("# ").append(frameworkOwner).append("的指标体系是“").append(framework.name()).append("”，每个项目都要有")
                .append(required.isEmpty() ? "至少一项绩效指标" : String.join("、", required.stream().map(Framework.Level1::name).toList()))
                .append(optional.isEmpty() ? "" : "；还可以有" + String.join("、", optional)).append("。\n")
                .append(indent).append("indicators:\n");
        List<Framework.Level1> rows = required.isEmpty() ? framework.level1().stream().limit(1).toList() : required;
        if (rows.isEmpty()) {
            rows = List.of(new Framework.Level1("", false, List.of()));
        }
        for (Framework.Level1 l1 : rows) {
            boolean first = true;
            for (Form.ColumnSpec c : columns) {
                String key = c.column().key();
                text.append(indent).append(first ? "  - " : "    ");
                first = false;
                if (c.column() == Column.LEVEL1 && !l1.name().isEmpty()) {
                    text.append(key).append(": ").append(scalar(l1.name())).append('\n');
                    continue;
                }
                text.append(pad(key + ":", 15)).append("# ");
                if (c.column() == Column.LEVEL2) {
                    text.append(c.heading()).append(c.required() ? "（必填）" : "").append(l1.level2().isEmpty() ? (c.required() ? "" : "（可以留空）")
                            : "，可填：" + String.join("、", l1.level2()) + (c.required() ? "" : "（公开表格中为空时留空）"));
                } else {
                    text.append(heading(c.heading(), c.column().heading(), c.required(), ""))
                            .append(STANDARD_COLUMNS.contains(c.column()) ? "" : "：" + c.column().help());
                }
                text.append('\n');
            }
        }
    }

    /** The fields and columns of the standard form, whose meaning the README's tables explain; others carry their help. */
    private static final List<ProjectField> STANDARD_FIELDS = Form.STANDARD.project().fields().stream().map(Form.Field::key).toList();
    private static final List<Column> STANDARD_COLUMNS = Form.STANDARD.project().indicators().columns().stream()
            .filter(c -> !c.whenUsed()).map(Form.ColumnSpec::column).toList();

    private static String help(ProjectField f) {
        return STANDARD_FIELDS.contains(f) ? "" : "：" + f.help();
    }

    /**
     * A printed heading, with what the field is when the form words it differently and whether it must be filled:
     * {@code 预算数（必填）}, {@code 年度预算（预算数，必填）}; an optional header field {@code 其他资金（没有时留空）}. An
     * optional column says no more than what it is: its blank is the printed table's blank.
     */
    private static String heading(String printed, String label, boolean required, String whenOptional) {
        List<String> notes = new ArrayList<>();
        if (!printed.equals(label)) {
            notes.add(label);
        }
        if (required) {
            notes.add("必填");
        } else if (!whenOptional.isEmpty()) {
            notes.add(whenOptional);
        }
        return printed + (notes.isEmpty() ? "" : "（" + String.join("，", notes) + "）");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(1, width - text.length()));
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
