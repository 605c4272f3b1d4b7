package gongkai.synth;

import gongkai.synth.Vocabulary.Bureau;
import gongkai.synth.Vocabulary.District;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes a unit's {@code unit.yaml}, {@code overall.md} and {@code measures.md} for one year. */
final class UnitTexts {

    private final SplittableRandom random;
    private final int year;
    private final District district;
    private final Bureau bureau;

    UnitTexts(SplittableRandom random, int year, District district, Bureau bureau) {
        this.random = random;
        this.year = year;
        this.district = district;
        this.bureau = bureau;
    }

    String department() {
        return district.qualified() + bureau.name();
    }

    String name() {
        return department() + "本级";
    }

    String code() {
        return unitCode(district, bureau);
    }

    /** Three digits of the bureau, then the district's number among {@link Vocabulary#DISTRICTS}. */
    static String unitCode(District district, Bureau bureau) {
        return bureau.code() + String.format("%03d", Vocabulary.DISTRICTS.indexOf(district) + 1);
    }

    String unitYaml() {
        StringBuilder b = new StringBuilder();
        b.append("# 预算单位基本信息和部门整体绩效目标（第一部分）\n");
        b.append("# 单位编码（与所在文件夹名称一致）\n");
        b.append("code: \"").append(code()).append("\"\n");
        b.append("# 单位名称（与公开文件一致）\n").append(Yaml.entry("name", name())).append('\n');
        b.append("# 主管部门名称\n").append(Yaml.entry("department", department())).append('\n');
        String yy = String.format("%02d", year % 100);
        b.append("# 行政区划代码：本单位项目编码以它开头，后接两位年份（").append(district.region()).append(" + ").append(yy)
                .append(" → ").append(district.region()).append(yy).append("…）；不填则不检查\n");
        b.append("region: \"").append(district.region()).append("\"\n");
        // Dates from the unit's code, not from the random sequence, so that adding them changed no other text:
        // approved in January or February, published 0–20 days later (always within the Budget Law's 20 days).
        int h = Math.floorMod((code() + "/" + year).hashCode(), 59 * 21);
        java.time.LocalDate approved = java.time.LocalDate.of(year, 1, 1).plusDays(h / 21);
        b.append("# 预算批复日期和公开日期（年-月-日）\n");
        b.append("approval_date: ").append(approved).append('\n');
        b.append("publication_date: ").append(approved.plusDays(h % 21)).append('\n');
        b.append("# 第一部分 一、总体绩效目标：见同一文件夹中的 overall.md\n");
        b.append("# 第一部分 三、工作保障措施：见同一文件夹中的 measures.md\n");
        b.append("# 第一部分 二、分项绩效目标：按公开文件的顺序填写\n");
        b.append("#   title 分项名称；target 绩效目标；indicator 绩效指标\n");
        b.append("goals:\n");
        List<String> functions = shuffled(bureau.functions());
        int count = Math.min(functions.size(), 3 + random.nextInt(3));
        for (String f : functions.subList(0, count)) {
            String title = random.nextInt(3) == 0 ? f + "工作" : f;
            String target = pick(Vocabulary.GOAL_ACTIONS).replace("{f}", f) + "，"
                    + pick(Vocabulary.GOAL_OUTCOMES).replace("{f}", f) + "。";
            String indicator = switch (random.nextInt(4)) {
                case 0 -> f + "年度任务完成率大于等于" + pick(List.of("90", "95", "100")) + "%。";
                case 1 -> f + "各项工作按时完成率达到" + pick(List.of("90", "95")) + "%以上。";
                case 2 -> "围绕" + f + "开展工作，服务对象满意度不低于" + pick(List.of("85", "90")) + "%。";
                default -> f + "相关指标全部达到年度目标要求。";
            };
            b.append("  - ").append(Yaml.entry("title", title)).append('\n');
            b.append("    ").append(Yaml.entry("target", target)).append('\n');
            b.append("    ").append(Yaml.entry("indicator", indicator)).append('\n');
        }
        return b.toString();
    }

    String overallMarkdown() {
        String mission = bureau.mission().replace("{scope}", district.scope());
        String first = random.nextBoolean()
                ? department() + "主要职责是：" + mission + "。"
                : "本单位" + mission + "。";
        List<String> functions = shuffled(bureau.functions());
        List<String> verbs = shuffled(List.of("扎实推进{f}", "持续加强{f}", "认真做好{f}工作", "全面抓好{f}"));
        List<String> doings = new ArrayList<>();
        for (String f : functions.subList(0, Math.min(functions.size(), 2 + random.nextInt(3)))) {
            doings.add(verbs.get(doings.size()).replace("{f}", f));
        }
        String second = year + "年，" + pick(List.of("本单位将", "我单位将", "")) + "紧紧围绕" + district.leadership()
                + "中心工作，" + String.join("，", doings) + "，" + pick(List.of("全面完成年度各项工作任务", "确保年度绩效目标全面实现")) + "。";
        String third = "加强预算绩效管理，强化绩效目标约束，提高财政资金使用效益，确保" + year + "年部门整体支出绩效目标全面完成。";
        StringBuilder b = new StringBuilder("<!-- 第一部分 一、总体绩效目标（Markdown 格式；每段之间空一行） -->\n\n");
        switch (random.nextInt(3)) {
            case 0 -> b.append(first).append(second).append(third).append('\n');
            case 1 -> b.append(first).append("\n\n").append(second).append(third).append('\n');
            default -> b.append(first).append("\n\n").append(second).append("\n\n").append(third).append('\n');
        }
        return b.toString();
    }

    String measuresMarkdown() {
        List<String[]> chosen = new ArrayList<>();
        for (String[] m : Vocabulary.MEASURES) {
            if (random.nextInt(10) < 6) {
                chosen.add(m);
            }
        }
        if (chosen.size() < 3) {
            chosen = Vocabulary.MEASURES.subList(0, 4);
        }
        StringBuilder b = new StringBuilder("<!-- 第一部分 三、工作保障措施（Markdown 格式；每段之间空一行） -->\n\n");
        int style = random.nextInt(4);
        for (int i = 0; i < chosen.size(); i++) {
            String head = chosen.get(i)[0];
            String text = chosen.get(i)[1];
            switch (style) {
                case 0 -> b.append(i + 1).append("、").append(head).append("。").append(text).append("\n\n");
                case 1 -> b.append(i + 1).append(". ").append(head).append("。").append(text).append('\n');
                // The bold ends before the full stop: CommonMark does not close ** between CJK punctuation and a letter.
                case 2 -> b.append("**").append(head).append("**。").append(text).append("\n\n");
                default -> b.append(head).append("。").append(text).append("\n\n");
            }
        }
        String text = b.toString();
        return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }
}
