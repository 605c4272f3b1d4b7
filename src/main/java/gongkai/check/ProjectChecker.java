package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.model.Amount;
import gongkai.model.Budget;
import gongkai.model.Framework;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.IndicatorValues;
import gongkai.model.Project;
import gongkai.model.SpendingPlan;
import gongkai.source.Node;
import gongkai.source.SourceTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns one {@code projects/<code>.yaml} into a {@link Project}, checking every rule that concerns one project. */
final class ProjectChecker {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,40}");
    static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,6}(\\.\\d{1,4})?)\\s*[%％]?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<String> KEYS = List.of(
            "code", "name", "order", "budget", "purpose", "spending_plan", "goal", "indicators", "level1_scores", "continues");
    private static final List<String> BUDGET_KEYS = List.of("total", "fiscal", "other");
    private static final List<String> PLAN_KEYS = List.of("mar", "jun", "oct", "dec");
    private static final List<String> INDICATOR_KEYS = List.of(
            "level1", "level2", "level3", "description", "value", "basis", "score", "explanation", "measure_unit", "value_type");

    private final Diagnostics diagnostics;
    private final int year;
    private final Optional<Framework> framework;
    private final Optional<String> region;

    ProjectChecker(Diagnostics diagnostics, int year, Optional<Framework> framework, Optional<String> region) {
        this.diagnostics = diagnostics;
        this.year = year;
        this.framework = framework;
        this.region = region;
    }

    Optional<Project> check(SourceTree.YamlFile file) {
        if (file.root().isEmpty()) {
            return Optional.empty();
        }
        Optional<MapReader> read = MapReader.of(file.root().get(), "", KEYS, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = read.get();
        Optional<String> code = r.text("code", true).filter(c -> checkCode(c, r, file));
        Optional<String> name = r.text("name", true);
        int order = order(r);
        Optional<Budget> budget = r.mapping("budget", true).flatMap(b -> budget(b, r.path("budget")));
        Optional<String> purpose = r.text("purpose", true);
        Optional<SpendingPlan> plan = r.mapping("spending_plan", true).flatMap(p -> plan(p, r.path("spending_plan")));
        Optional<String> goal = r.text("goal", true);
        Optional<List<Indicator>> indicators = r.sequence("indicators", true).flatMap(this::indicators);
        Map<String, String> level1Scores = r.mapping("level1_scores", false).map(this::level1Scores).orElse(Map.of());
        indicators.ifPresent(list -> requiredCategories(list, r));
        Optional<String> continues = r.text("continues", false).filter(c -> continues(c, r));

        if (code.isEmpty() || name.isEmpty() || budget.isEmpty() || purpose.isEmpty() || plan.isEmpty()
                || goal.isEmpty() || indicators.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Project(code.get(), name.get(), order, budget.get(), purpose.get(), plan.get(), goal.get(),
                indicators.get(), level1Scores, continues));
    }

    private boolean checkCode(String code, MapReader r, SourceTree.YamlFile file) {
        Position at = r.position("code");
        if (!CODE.matcher(code).matches()) {
            diagnostics.report(Code.GK114, at, "code",
                    "项目编码“" + code + "”只能由数字和英文字母组成（例如 13020822P00908810002X）。请照预算系统中的项目编码填写。");
            return false;
        }
        if (FileNames.reserved(code)) {
            diagnostics.report(Code.GK128, at, "code", FileNames.reservedMessage("项目编码", code));
            return false;
        }
        String fileName = file.file().path().substring(file.file().path().lastIndexOf('/') + 1);
        if (!fileName.equals(code + ".yaml")) {
            diagnostics.report(Code.GK122, at, "code",
                    "项目编码是“" + code + "”，文件名却是“" + fileName + "”。请把文件改名为“" + code + ".yaml”，或改正项目编码。");
        }
        region.ifPresent(reg -> {
            String yy = String.format("%02d", year % 100);
            if (!code.startsWith(reg)) {
                diagnostics.report(Code.GK306, at, "code",
                        "项目编码“" + code + "”应以本单位的行政区划代码“" + reg + "”开头。请核对项目编码，或核对 unit.yaml 中的 region。");
            } else if (!code.startsWith(reg + yy)) {
                String written = code.length() >= reg.length() + 2 ? code.substring(reg.length(), reg.length() + 2) : "";
                diagnostics.report(Code.GK305, at, "code",
                        "项目编码“" + code + "”中行政区划代码后的年份是“" + written + "”，本年度是 " + year + " 年，应为“" + yy
                                + "”。是不是沿用了往年的项目？请填写本年度预算中的项目编码。");
            }
        });
        return true;
    }

    /** The form of {@code continues}; whether it names a project of an earlier year is checked by {@link LineageChecker}. */
    private boolean continues(String code, MapReader r) {
        if (CODE.matcher(code).matches()) {
            return true;
        }
        diagnostics.report(Code.GK114, r.position("continues"), "continues",
                "延续的项目编码“" + code + "”只能由数字和英文字母组成，如 13020821P00908810002X。请照上一年度公开文件中的项目编码填写；"
                        + "不是延续项目时请删除这一行。");
        return false;
    }

    private int order(MapReader r) {
        Optional<String> text = r.text("order", false);
        if (text.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        if (!text.get().matches("[1-9]\\d{0,4}")) {
            diagnostics.report(Code.GK114, r.position("order"), "order",
                    "序号“" + text.get() + "”应当是正整数，如 1、2、3。");
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(text.get());
    }

    private Optional<Budget> budget(Node.Mapping node, String prefix) {
        Optional<MapReader> read = MapReader.of(node, prefix, BUDGET_KEYS, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader b = read.get();
        Optional<Amount> total = amount(b, "total", true);
        Optional<Amount> fiscal = amount(b, "fiscal", true);
        Optional<String> otherText = b.text("other", false);
        Optional<Amount> other = otherText.flatMap(t -> parseAmount(b, "other", t));
        boolean otherOk = otherText.isEmpty() || other.isPresent();
        if (total.isEmpty() || fiscal.isEmpty() || !otherOk) {
            return Optional.empty();
        }
        BigDecimal sum = fiscal.get().value().add(other.map(Amount::value).orElse(BigDecimal.ZERO));
        if (sum.compareTo(total.get().value()) != 0) {
            String parts = "财政资金 " + fiscal.get().text() + other.map(o -> " + 其他资金 " + o.text()).orElse("（其他资金空白）");
            diagnostics.report(Code.GK301, b.position("total"), b.path("total"),
                    parts + " = " + sum.toPlainString() + " 万元，与预算数 " + total.get().text()
                            + " 万元不符。请核对这三个数：预算数应等于财政资金加其他资金。");
        }
        return Optional.of(new Budget(total.get(), fiscal.get(), other));
    }

    private Optional<Amount> amount(MapReader b, String key, boolean required) {
        return b.text(key, required).flatMap(t -> parseAmount(b, key, t));
    }

    private Optional<Amount> parseAmount(MapReader b, String key, String text) {
        if (!AMOUNT.matcher(text).matches()) {
            diagnostics.report(Code.GK114, b.position(key), b.path(key),
                    Labels.of(key) + "的值“" + text + "”应当是以万元为单位的数字，如 30.00；不要写单位、逗号或负号。"
                            + (key.equals("other") ? "没有其他资金时请留空。" : ""));
            return Optional.empty();
        }
        return Optional.of(Amount.of(text));
    }

    private Optional<SpendingPlan> plan(Node.Mapping node, String prefix) {
        Optional<MapReader> read = MapReader.of(node, prefix, PLAN_KEYS, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader p = read.get();
        List<SpendingPlan.Checkpoint> checkpoints = new ArrayList<>();
        boolean ok = true;
        SpendingPlan.Percent previous = null;
        SpendingPlan.Month previousMonth = null;
        for (SpendingPlan.Month month : SpendingPlan.Month.values()) {
            Optional<String> text = p.text(month.key(), false);
            Optional<SpendingPlan.Percent> percent = Optional.empty();
            if (text.isPresent()) {
                var m = PERCENT.matcher(text.get());
                if (!m.matches()) {
                    diagnostics.report(Code.GK114, p.position(month.key()), p.path(month.key()),
                            month.label() + "的支出进度“" + text.get() + "”应当是 0 到 100 之间的百分数，如 30%；这个月没有计划时请留空。");
                    ok = false;
                } else {
                    BigDecimal value = new BigDecimal(m.group(1));
                    percent = Optional.of(new SpendingPlan.Percent(value, text.get()));
                    if (value.compareTo(HUNDRED) > 0) {
                        diagnostics.report(Code.GK303, p.position(month.key()), p.path(month.key()),
                                month.label() + "的支出进度是 " + text.get() + "，超过了 100%。支出计划是截至该月底累计支出占预算数的比例，最多 100%，请核对改正。");
                    } else if (previous != null && value.compareTo(previous.value()) < 0) {
                        diagnostics.report(Code.GK302, p.position(month.key()), p.path(month.key()),
                                month.label() + "的支出进度 " + text.get() + " 低于" + previousMonth.label() + "的 " + previous.text()
                                        + "。支出计划是累计数，只能持平或增加，请核对。");
                    }
                    previous = percent.get();
                    previousMonth = month;
                }
            }
            checkpoints.add(new SpendingPlan.Checkpoint(month, percent));
        }
        if (ok && (previous == null || previous.value().compareTo(HUNDRED) < 0)) {
            Position at = previousMonth == null ? p.node().position() : p.position(previousMonth.key());
            diagnostics.report(Code.GK304, at, previousMonth == null ? prefix : p.path(previousMonth.key()),
                    previous == null
                            ? "资金支出计划全部空白。请至少填写资金全部支出（100%）的月份。"
                            : "资金支出计划最高只到 " + previous.text() + "，到 12月底 没有达到 100%。如果预算要在年内全部支出，请把最后一个月填为 100%。");
        }
        return ok ? Optional.of(new SpendingPlan(checkpoints)) : Optional.empty();
    }

    private Optional<List<Indicator>> indicators(Node.Sequence seq) {
        List<Indicator> list = new ArrayList<>();
        boolean ok = true;
        if (seq.items().isEmpty()) {
            diagnostics.report(Code.GK112, seq.position(), "indicators", "绩效指标列表是空的。请至少填写产出、效益和满意度指标。");
            return Optional.empty();
        }
        for (int i = 0; i < seq.items().size(); i++) {
            Optional<Indicator> indicator = indicator(seq.items().get(i), "indicators[" + i + "]");
            ok &= indicator.isPresent();
            indicator.ifPresent(list::add);
        }
        return ok ? Optional.of(list) : Optional.empty();
    }

    private Optional<Indicator> indicator(Node node, String prefix) {
        Optional<MapReader> read = MapReader.of(node, prefix, INDICATOR_KEYS, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = read.get();
        Optional<String> level1 = r.text("level1", true);
        Optional<String> level2 = r.text("level2", false);
        Optional<String> level3 = r.text("level3", true);
        String description = r.text("description", false).orElse("");
        Optional<String> valueText = r.text("value", true);
        String basis = r.text("basis", false).orElse("");
        Optional<String> score = r.text("score", false);
        Optional<String> explanation = r.text("explanation", false);
        Optional<String> measureUnit = r.text("measure_unit", false);
        Optional<Indicator.ValueType> valueType = r.text("value_type", false).flatMap(t -> valueType(t, r));

        level1.ifPresent(l1 -> framework.ifPresent(fw -> {
            Optional<Framework.Level1> known = fw.find(l1);
            if (known.isEmpty()) {
                diagnostics.report(Code.GK203, r.position("level1"), r.path("level1"),
                        "一级指标“" + l1 + "”不在本年度的指标体系（" + fw.name() + "）中。可以填写："
                                + String.join("、", fw.level1().stream().map(Framework.Level1::name).toList()) + "。");
            } else {
                level2.filter(l2 -> !known.get().level2().contains(l2)).ifPresent(l2 -> {
                    Optional<String> home = fw.level1().stream().filter(o -> o.level2().contains(l2)).map(Framework.Level1::name).findFirst();
                    diagnostics.report(Code.GK204, r.position("level2"), r.path("level2"),
                            "二级指标“" + l2 + "”不属于一级指标“" + l1 + "”。"
                                    + home.map(h -> "按本年度的指标体系，它属于“" + h + "”，请改正一级指标。")
                                            .orElse("“" + l1 + "”下可以填写：" + String.join("、", known.get().level2()) + "。"));
                });
            }
        }));

        Optional<IndicatorValue> value = valueText.flatMap(text -> {
            IndicatorValues.Result result = IndicatorValues.parse(text);
            result.problem().ifPresent(problem -> diagnostics.report(Code.GK206, r.position("value"), r.path("value"), problem));
            return result.value();
        });
        value.filter(v -> v instanceof IndicatorValue.Qualitative && valueType.equals(Optional.of(Indicator.ValueType.QUANTITATIVE)))
                .ifPresent(v -> diagnostics.report(Code.GK207, r.position("value"), r.path("value"),
                        "指标值类型是“定量”，但指标值“" + v.text() + "”不是“数字+单位”（如 ≥95%、10辆）。请改写指标值，或把指标值类型改为“定性”。"));

        if (level1.isEmpty() || level3.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(level1.get(), level2, level3.get(), description, value.get(), basis,
                score, explanation, measureUnit, valueType));
    }

    private Optional<Indicator.ValueType> valueType(String text, MapReader r) {
        for (Indicator.ValueType t : Indicator.ValueType.values()) {
            if (t.label().equals(text)) {
                return Optional.of(t);
            }
        }
        diagnostics.report(Code.GK114, r.position("value_type"), r.path("value_type"),
                "指标值类型“" + text + "”只能是“定量”或“定性”。");
        return Optional.empty();
    }

    private Map<String, String> level1Scores(Node.Mapping node) {
        Map<String, String> scores = new LinkedHashMap<>();
        for (Node.Entry e : node.entries()) {
            framework.filter(fw -> fw.find(e.key()).isEmpty()).ifPresent(fw -> diagnostics.report(Code.GK203, e.keyPosition(),
                    "level1_scores." + e.key(), "一级指标“" + e.key() + "”不在本年度的指标体系（" + fw.name() + "）中。"));
            if (e.value() instanceof Node.Scalar s && !s.isBlank()) {
                scores.put(e.key(), s.text().strip());
            } else {
                diagnostics.report(Code.GK111, e.value().position(), "level1_scores." + e.key(),
                        "一级指标分值应当是一段文字，如“30分”或“20-30”。");
            }
        }
        return scores;
    }

    private void requiredCategories(List<Indicator> indicators, MapReader r) {
        framework.ifPresent(fw -> {
            for (Framework.Level1 level1 : fw.level1()) {
                if (level1.required() && indicators.stream().noneMatch(i -> i.level1().equals(level1.name()))) {
                    diagnostics.report(Code.GK205, r.position("indicators"), "indicators",
                            "项目没有“" + level1.name() + "”。按本年度的指标体系，每个项目都要至少有一个" + level1.name()
                                    + "：请在绩效指标中补上一行“level1: " + level1.name() + "”（可选二级指标："
                                    + String.join("、", level1.level2()) + "）。");
                }
            }
        });
    }
}
