package gongkai.synth;

import gongkai.model.IndicatorValue;
import gongkai.model.IndicatorValues;
import gongkai.synth.IndicatorCatalog.Template;
import gongkai.synth.Vocabulary.Idea;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/** Draws one project (budget, spending plan, goal, indicators) and writes its {@code projects/<code>.yaml}. */
final class ProjectFactory {

    /** One row of the indicator table; the optional columns are null when not written. */
    record Row(int level1Index, int level2Index, String level1, String level2, String level3, String description,
               String value, String basis, String score, String explanation, String valueType, String measureUnit) {}

    /**
     * A drawn project.
     *
     * @param plan the four checkpoints (3, 6, 10 and 12月底) as written, null where blank
     */
    record Drawn(String code, String name, int order, BigDecimal total, BigDecimal fiscal, Optional<BigDecimal> other,
                 String purpose, String[] plan, String goal, List<Row> rows, Map<String, String> level1Scores) {}

    /** Cumulative spending plans seen in real disclosures; -1 is a blank month. */
    private static final int[][] PLANS = {
        {25, 50, 75, 100}, {30, 60, 90, 100}, {-1, 30, 60, 100}, {-1, -1, 50, 100}, {100, -1, -1, -1},
        {50, 100, -1, -1}, {20, 50, 80, 100}, {-1, 40, 80, 100}, {10, 40, 70, 100}, {-1, -1, -1, 100},
        {25, 50, 100, 100}, {30, 60, 100, -1}, {30, 60, 90, 100}, {25, 50, 75, 100},
    };
    private static final Set<String> PEOPLE = Set.of("人", "人次");
    private static final String CHECK_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final SplittableRandom random;
    private final int year;
    private final String frameworkId;
    private final boolean extended;

    /** @param extended whether the unit's tables also have 分值, 指标解释, 指标值类型 and 计量单位 */
    ProjectFactory(SplittableRandom random, int year, boolean extended) {
        this.random = random;
        this.year = year;
        this.frameworkId = Frameworks.idFor(year);
        this.extended = extended;
    }

    /** A project code: region, two-digit year, P, eleven digits, one check character; unique within {@code used}. */
    String code(String region, Set<String> used) {
        while (true) {
            String code = region + String.format("%02d", year % 100) + "P0" + (10000 + random.nextInt(90000))
                    + "1000" + (1 + random.nextInt(2)) + CHECK_CHARS.charAt(random.nextInt(CHECK_CHARS.length()));
            if (used.add(code)) {
                return code;
            }
        }
    }

    Drawn draw(String code, String name, int order, Idea idea, String department, String bureauName) {
        Kind kind = idea.kind();
        int quantity = idea.quantity().min() + random.nextInt(idea.quantity().max() - idea.quantity().min() + 1);
        BigDecimal total = budget(idea, quantity);
        BigDecimal fiscal = total;
        Optional<BigDecimal> other = Optional.empty();
        double split = random.nextDouble();
        if (split < 0.08) {
            other = Optional.of(BigDecimal.ZERO.setScale(2));
        } else if (split < 0.30) {
            BigDecimal share = BigDecimal.valueOf(5 + random.nextInt(96)).movePointLeft(2);
            BigDecimal o = total.multiply(share).setScale(2, RoundingMode.HALF_UP);
            other = Optional.of(o);
            fiscal = total.subtract(o);
        }
        String focus = idea.focus().replace("{bureau}", bureauName);
        String purpose = switch (random.nextInt(4)) {
            case 0 -> name;
            case 1 -> "用于" + name;
            case 2 -> department + name;
            default -> "用于" + focus;
        };
        String goal = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> "1." + focus;
            case 4, 5, 6 -> "1." + focus + "；2." + kind.goal + "。";
            default -> focus + "，" + kind.goal + "。";
        };
        String[] plan = plan();
        IndicatorCatalog.Context context = new IndicatorCatalog.Context(year, total, quantity, idea.quantity().unit(),
                monthsToFull(plan), random);
        List<Row> rows = indicators(idea, context);
        Map<String, String> level1Scores = new LinkedHashMap<>();
        if (extended) {
            rows = scored(rows, level1Scores);
        }
        return new Drawn(code, name, order, total, fiscal, other, purpose, plan, goal, rows, level1Scores);
    }

    /**
     * 预算数 in 万元 with two decimals. Subsidies and wages follow from the number of people and a plausible amount
     * each; other projects are drawn log-uniformly from the kind's range, often as a round number.
     */
    private BigDecimal budget(Idea idea, int quantity) {
        Kind kind = idea.kind();
        String unit = idea.quantity().unit();
        double wan;
        if (kind == Kind.SUBSIDY && PEOPLE.contains(unit)) {
            wan = quantity * (300 + random.nextInt(5700)) / 10_000.0;
        } else if (kind == Kind.PERSONNEL && PEOPLE.contains(unit)) {
            wan = quantity * (3.6 + random.nextDouble() * 6.0);
        } else {
            double lo = Math.log(idea.minWan() > 0 ? idea.minWan() : kind.minWan);
            double hi = Math.log(idea.maxWan() > 0 ? idea.maxWan() : kind.maxWan);
            wan = Math.exp(lo + random.nextDouble() * (hi - lo));
            if (wan >= 5 && random.nextInt(10) < 3) {
                wan = Math.rint(wan);
            }
        }
        return BigDecimal.valueOf(Math.max(wan, 0.5)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The month (3, 6, 10 or 12) whose checkpoint first reaches 100%. */
    private static int monthsToFull(String[] plan) {
        int[] months = {3, 6, 10, 12};
        for (int i = 0; i < plan.length; i++) {
            if ("100%".equals(plan[i])) {
                return months[i];
            }
        }
        return 12;
    }

    /** Cumulative, non-decreasing, reaching 100%; sometimes with blank months. */
    private String[] plan() {
        int[] p;
        if (random.nextInt(10) < 6) {
            p = PLANS[random.nextInt(PLANS.length)].clone();
        } else {
            p = new int[4];
            int blanks = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
            int previous = 0;
            for (int i = 0; i < 4; i++) {
                if (i < blanks) {
                    p[i] = -1;
                } else if (i == 3) {
                    p[i] = 100;
                } else {
                    int room = 95 - previous;
                    previous = previous + 5 * (1 + random.nextInt(Math.max(1, room / 5 / (3 - i))));
                    p[i] = Math.min(previous, 95);
                }
            }
        }
        String[] out = new String[4];
        for (int i = 0; i < 4; i++) {
            out[i] = p[i] < 0 ? null : p[i] + "%";
        }
        return out;
    }

    /** The rows of the indicator table: every required 一级指标 is present; sorted in the framework's order. */
    private List<Row> indicators(Idea idea, IndicatorCatalog.Context c) {
        List<Row> rows = new ArrayList<>();
        Kind kind = idea.kind();
        rows.add(row(Aspect.QUANTITY, idea.quantity().level3(), IndicatorCatalog.OWN_QUANTITY.value(c)));
        pick(kind, Aspect.QUALITY, 1 + (random.nextInt(10) < 3 ? 1 : 0), c, rows);
        pick(kind, Aspect.TIMELINESS, 1, c, rows);
        boolean costIsOptional = frameworkId.equals(Frameworks.FROM_2023);
        if (random.nextInt(100) < (costIsOptional ? 75 : 70)) {
            pick(kind, Aspect.COST, 1, c, rows);
        }
        if (costIsOptional && random.nextInt(100) < 25) {
            pick(kind, random.nextBoolean() ? Aspect.SOCIAL_COST : Aspect.ECOLOGICAL_COST, 1, c, rows);
        }
        List<Aspect> benefits = new ArrayList<>(List.of(Aspect.SOCIAL, Aspect.SOCIAL, Aspect.ECONOMIC, Aspect.ECOLOGICAL));
        int benefitCount = 1 + (random.nextInt(10) < 4 ? 1 : 0);
        int added = 0;
        for (int tries = 0; added < benefitCount && tries < 8; tries++) {
            Aspect a = benefits.get(random.nextInt(benefits.size()));
            added += pick(kind, a, 1, c, rows);
        }
        if (added == 0) {
            pick(kind, Aspect.SOCIAL, 1, c, rows);
        }
        if (random.nextInt(10) < 6) {
            pick(kind, Aspect.SUSTAINABLE, 1, c, rows);
        }
        pick(kind, Aspect.SATISFACTION, 1, c, rows);
        rows.sort(Comparator.comparingInt(Row::level1Index).thenComparingInt(Row::level2Index));
        return rows;
    }

    /** Adds up to {@code count} indicators of an aspect not yet in {@code rows}; returns how many were added. */
    private int pick(Kind kind, Aspect aspect, int count, IndicatorCatalog.Context c, List<Row> rows) {
        if (Frameworks.place(frameworkId, aspect).isEmpty()) {
            return 0;
        }
        List<Template> candidates = new ArrayList<>(IndicatorCatalog.candidates(kind, aspect));
        candidates.removeIf(t -> rows.stream().anyMatch(r -> r.level3().equals(t.level3())));
        int added = 0;
        while (added < count && !candidates.isEmpty()) {
            Template t = candidates.remove(random.nextInt(candidates.size()));
            rows.add(row(aspect, t.level3(), t.rule().value(c)));
            added++;
        }
        return added;
    }

    private Row row(Aspect aspect, String level3, String value) {
        Frameworks.Place place = Frameworks.place(frameworkId, aspect).orElseThrow();
        String description = random.nextInt(10) < 6 ? level3 : "反映" + level3.replaceAll("（%）$", "") + "情况";
        String basis = random.nextInt(10) < 9 ? pickOf(Vocabulary.bases(aspect)) : "";
        String explanation = null;
        String valueType = null;
        String measureUnit = null;
        if (extended) {
            explanation = pickOf(List.of("反映{x}，用于考核项目实施效果。", "考核{x}是否达到年度目标。", "{x}按年度计划考核。"))
                    .replace("{x}", level3.replaceAll("（%）$", ""));
            Optional<IndicatorValue> parsed = IndicatorValues.parse(value).value();
            if (parsed.isPresent() && parsed.get() instanceof IndicatorValue.Quantitative q) {
                valueType = "定量";
                measureUnit = q.unit().isEmpty() ? null : q.unit();
            } else {
                valueType = "定性";
            }
        }
        return new Row(place.level1Index(), place.level2Index(), place.level1(), place.level2(), level3, description,
                value, basis, null, explanation, valueType, measureUnit);
    }

    /** Gives each row a 分值 and each 一级指标 its total, so that the 一级指标 scores add up to 90. */
    private List<Row> scored(List<Row> rows, Map<String, String> level1Scores) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        boolean hasCostLevel1 = rows.stream().anyMatch(r -> r.level1().equals("成本指标"));
        for (String level1 : Frameworks.level1(frameworkId)) {
            if (rows.stream().noneMatch(r -> r.level1().equals(level1))) {
                continue;
            }
            int share = switch (level1) {
                case "产出指标" -> hasCostLevel1 ? 40 : 50;
                case "成本指标" -> 20;
                case "效益指标" -> hasCostLevel1 ? 20 : 30;
                default -> 10;
            };
            shares.put(level1, share);
            level1Scores.put(level1, Integer.toString(share));
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : shares.entrySet()) {
            List<Row> group = rows.stream().filter(r -> r.level1().equals(e.getKey())).toList();
            int base = e.getValue() / group.size();
            int remainder = e.getValue() % group.size();
            for (int i = 0; i < group.size(); i++) {
                Row r = group.get(i);
                String score = Integer.toString(base + (i < remainder ? 1 : 0));
                out.add(new Row(r.level1Index(), r.level2Index(), r.level1(), r.level2(), r.level3(), r.description(),
                        r.value(), r.basis(), score, r.explanation(), r.valueType(), r.measureUnit()));
            }
        }
        return out;
    }

    private String pickOf(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** The text of {@code projects/<code>.yaml}, laid out like the bundled content. */
    static String yaml(Drawn p) {
        StringBuilder b = new StringBuilder();
        b.append("# 预算项目绩效目标表（一个项目一个文件，文件名与项目编码一致）\n");
        b.append("# 项目编码\n").append(Yaml.entry("code", p.code())).append('\n');
        b.append("# 项目名称\n").append(Yaml.entry("name", p.name())).append('\n');
        b.append("# 在公开文件第二部分中的序号\n").append("order: ").append(p.order()).append('\n');
        b.append("# 预算规模（万元）：预算数 = 财政资金 + 其他资金；空白不填\n");
        b.append("budget:\n");
        b.append(commented("  total: " + p.total().toPlainString(), 17, "预算数"));
        b.append(commented("  fiscal: " + p.fiscal().toPlainString(), 17, "其中：财政资金"));
        b.append(commented("  other:" + p.other().map(o -> " " + o.toPlainString()).orElse(""), 17,
                "其他资金（空白表示公开文件中该栏为空）"));
        b.append("# 资金用途\n").append(Yaml.entry("purpose", p.purpose())).append('\n');
        b.append("# 资金支出计划（%，截至各月底累计）；公开文件中为空的月份留空\n");
        b.append("spending_plan:\n");
        String[] keys = {"mar", "jun", "oct", "dec"};
        String[] labels = {"3月底", "6月底", "10月底", "12月底"};
        for (int i = 0; i < 4; i++) {
            b.append(commented("  " + keys[i] + ":" + (p.plan()[i] == null ? "" : " " + p.plan()[i]), 15, labels[i]));
        }
        b.append("# 绩效目标\n").append(Yaml.entry("goal", p.goal())).append('\n');
        if (!p.level1Scores().isEmpty()) {
            b.append("# 一级指标分值\n").append("level1_scores:\n");
            p.level1Scores().forEach((k, v) -> b.append("  ").append(Yaml.entry(k, v)).append('\n'));
        }
        b.append("# 绩效指标：每行一个三级指标，按公开表格的顺序填写\n");
        b.append("#   level1 一级指标；level2 二级指标；level3 三级指标；description 绩效指标描述；\n");
        b.append("#   value 指标值（如 ≥95%、≤2.5万元/月、2022年底前完成）；basis 指标值确定依据\n");
        b.append("indicators:\n");
        for (Row r : p.rows()) {
            b.append("  - ").append(Yaml.entry("level1", r.level1())).append('\n');
            field(b, "level2", r.level2());
            field(b, "level3", r.level3());
            field(b, "score", r.score());
            field(b, "description", r.description());
            field(b, "explanation", r.explanation());
            field(b, "value_type", r.valueType());
            field(b, "value", r.value());
            field(b, "measure_unit", r.measureUnit());
            if (r.basis().isEmpty()) {
                b.append("    basis:\n");
            } else {
                field(b, "basis", r.basis());
            }
        }
        return b.toString();
    }

    private static void field(StringBuilder b, String key, String value) {
        if (value != null) {
            b.append("    ").append(Yaml.entry(key, value)).append('\n');
        }
    }

    /** {@code line}, padded to {@code column}, then {@code # comment}. */
    private static String commented(String line, int column, String comment) {
        return line + " ".repeat(Math.max(1, column - line.length())) + "# " + comment + "\n";
    }
}
