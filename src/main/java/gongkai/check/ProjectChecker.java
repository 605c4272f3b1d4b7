package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.format.ContentFormat;
import gongkai.format.FieldDef;
import gongkai.format.Kind;
import gongkai.format.ProjectField;
import gongkai.model.Amount;
import gongkai.model.Budget;
import gongkai.model.Form;
import gongkai.model.Framework;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.SpendingPlan;
import gongkai.source.Node;
import gongkai.source.SourceTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns one {@code projects/<code>.yaml} into a {@link Project}, checking every rule that concerns one project. */
final class ProjectChecker {

    static final Pattern CODE = Kind.CODE.pattern().orElseThrow();
    static final Pattern AMOUNT = Kind.AMOUNT.pattern().orElseThrow();
    private static final Pattern PERCENT = Kind.PERCENT.pattern().orElseThrow();
    private static final Pattern ORDER = Pattern.compile("[1-9]\\d{0,4}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The keys every form has; the form adds the keys of its header fields. */
    private static final List<String> ALWAYS = List.of("code", "name", "order", "indicators", "level1_scores", "continues");

    private final Diagnostics diagnostics;
    private final int year;
    private final Optional<Framework> framework;
    private final Optional<String> region;
    private final Form form;
    private final IndicatorChecker indicatorChecker;

    ProjectChecker(Diagnostics diagnostics, int year, Optional<Framework> framework, Optional<String> region, Form form) {
        this.diagnostics = diagnostics;
        this.year = year;
        this.framework = framework;
        this.region = region;
        this.form = form;
        this.indicatorChecker = new IndicatorChecker(diagnostics, framework, form, form.project().indicators());
    }

    private boolean has(ProjectField f) {
        return form.project().has(f);
    }

    private boolean required(ProjectField f) {
        return form.project().field(f).map(Form.Field::required).orElse(false);
    }

    /** Why a field the content format knows may not be written in a project of this form. */
    private Optional<String> absent(String key) {
        return absent(ContentFormat.PROJECT, key, key);
    }

    /** The same for {@code key} of the mapping {@code def}, written at {@code path}. */
    private Optional<String> absent(FieldDef def, String key, String path) {
        String label = ContentFormat.label(def, key).orElse(key);
        return Optional.of("本单位采用的表式“" + form.name() + "”没有“" + label + "”这一栏，所以不能填写“" + path + "”。"
                + "如果公开表格中确实有这一栏，请核对 year.yaml 或 unit.yaml 中选用的表式（form），或在表式文件中加上这一栏。");
    }

    Optional<Project> check(SourceTree.YamlFile file) {
        if (file.root().isEmpty()) {
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>(ALWAYS);
        form.project().fields().forEach(f -> {
            if (!allowed.contains(f.key().root())) {
                allowed.add(f.key().root());
            }
        });
        Optional<MapReader> read = MapReader.of(file.root().get(), "", ContentFormat.PROJECT, allowed, this::absent, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = read.get();
        Optional<String> code = r.text("code", true).filter(c -> checkCode(c, r, file));
        Optional<String> name = r.text("name", true);
        int order = order(r);
        Optional<Budget> budget = r.mapping("budget", true).flatMap(b -> budget(b, r.path("budget")));
        Optional<String> purpose = has(ProjectField.PURPOSE) ? r.text("purpose", required(ProjectField.PURPOSE)) : Optional.empty();
        boolean purposeOk = purpose.isPresent() || !required(ProjectField.PURPOSE);
        Optional<SpendingPlan> plan = has(ProjectField.SPENDING_PLAN)
                ? r.mapping("spending_plan", required(ProjectField.SPENDING_PLAN)).flatMap(p -> plan(p, r.path("spending_plan")))
                : Optional.empty();
        boolean planOk = plan.isPresent() || !required(ProjectField.SPENDING_PLAN)
                && r.node("spending_plan").filter(n -> !(n instanceof Node.Scalar s && s.isBlank())).isEmpty();
        Optional<String> goal = has(ProjectField.GOAL) ? r.text("goal", required(ProjectField.GOAL)) : Optional.empty();
        boolean goalOk = goal.isPresent() || !required(ProjectField.GOAL);
        Map<ProjectField, String> texts = new EnumMap<>(ProjectField.class);
        boolean textsOk = true;
        for (ProjectField f : Project.TEXT_FIELDS) {
            if (has(f)) {
                Optional<String> t = r.text(f.key(), required(f));
                t.ifPresent(v -> texts.put(f, v));
                textsOk &= t.isPresent() || !required(f);
            }
        }
        Optional<String> projectTotalText = has(ProjectField.PROJECT_TOTAL)
                ? r.text(ProjectField.PROJECT_TOTAL.key(), required(ProjectField.PROJECT_TOTAL)) : Optional.empty();
        Optional<Amount> projectTotal = projectTotalText.flatMap(t -> parseAmount(r, ProjectField.PROJECT_TOTAL.key(), t));
        boolean projectTotalOk = projectTotalText.isEmpty() ? !required(ProjectField.PROJECT_TOTAL) : projectTotal.isPresent();
        Optional<List<Indicator>> indicators = r.sequence("indicators", true).flatMap(indicatorChecker::indicators);
        Map<String, String> level1Scores = r.mapping("level1_scores", false).map(this::level1Scores).orElse(Map.of());
        indicators.ifPresent(list -> requiredCategories(list, r));
        Optional<String> continues = r.text("continues", false).filter(c -> continues(c, r));

        if (code.isEmpty() || name.isEmpty() || budget.isEmpty() || !purposeOk || !planOk || !goalOk || !textsOk
                || !projectTotalOk || indicators.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Project(code.get(), name.get(), order, budget.get(), purpose, plan, goal.orElse(""),
                indicators.get(), level1Scores, continues, texts, projectTotal));
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
            String yy = (year % 100 < 10 ? "0" : "") + year % 100; // String.format cost a tenth of the check
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
        if (!ORDER.matcher(text.get()).matches()) {
            diagnostics.report(Code.GK114, r.position("order"), "order",
                    "序号“" + text.get() + "”应当是正整数，如 1、2、3。");
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(text.get());
    }

    private Optional<Budget> budget(Node.Mapping node, String prefix) {
        List<String> allowed = form.project().fields().stream().map(Form.Field::key)
                .filter(f -> f.root().equals("budget")).map(ProjectField::leaf).toList();
        FieldDef def = ContentFormat.BUDGET;
        Optional<MapReader> read = MapReader.of(node, prefix, def, allowed, k -> absent(def, k, prefix + "." + k), diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader b = read.get();
        Optional<Amount> total = amount(b, "total", true);
        Optional<String> fiscalText = has(ProjectField.FISCAL) ? b.text("fiscal", required(ProjectField.FISCAL)) : Optional.empty();
        Optional<Amount> fiscal = fiscalText.flatMap(t -> parseAmount(b, "fiscal", t));
        boolean fiscalOk = fiscalText.isEmpty() ? !required(ProjectField.FISCAL) : fiscal.isPresent();
        Optional<String> otherText = has(ProjectField.OTHER) ? b.text("other", required(ProjectField.OTHER)) : Optional.empty();
        Optional<Amount> other = otherText.flatMap(t -> parseAmount(b, "other", t));
        boolean otherOk = otherText.isEmpty() ? !required(ProjectField.OTHER) : other.isPresent();
        if (total.isEmpty() || !fiscalOk || !otherOk) {
            return Optional.empty();
        }
        // 预算数 = 财政资金 + 其他资金 can only be checked where the form prints 财政资金.
        BigDecimal sum = fiscal.map(Amount::value).orElse(BigDecimal.ZERO).add(other.map(Amount::value).orElse(BigDecimal.ZERO));
        if (fiscal.isPresent() && sum.compareTo(total.get().value()) != 0) {
            String parts = "财政资金 " + fiscal.get().text() + other.map(o -> " + 其他资金 " + o.text()).orElse("（其他资金空白）");
            diagnostics.report(Code.GK301, b.position("total"), b.path("total"),
                    parts + " = " + sum.toPlainString() + " 万元，与预算数 " + total.get().text()
                            + " 万元不符。请核对这三个数：预算数应等于财政资金加其他资金。");
        }
        return Optional.of(new Budget(total.get(), fiscal, other));
    }

    private Optional<Amount> amount(MapReader b, String key, boolean required) {
        return b.text(key, required).flatMap(t -> parseAmount(b, key, t));
    }

    private Optional<Amount> parseAmount(MapReader b, String key, String text) {
        if (!AMOUNT.matcher(text).matches()) {
            diagnostics.report(Code.GK114, b.position(key), b.path(key),
                    b.label(key) + "的值“" + text + "”应当是以万元为单位的数字，如 30.00；不要写单位、逗号或负号。"
                            + (key.equals("other") ? "没有其他资金时请留空。" : ""));
            return Optional.empty();
        }
        return Optional.of(Amount.of(text));
    }

    private Optional<SpendingPlan> plan(Node.Mapping node, String prefix) {
        Optional<MapReader> read = MapReader.of(node, prefix, ContentFormat.SPENDING_PLAN, diagnostics);
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
                if (level1.required() && indicators.stream().noneMatch(i -> fw.find(i.level1()).equals(Optional.of(level1)))) {
                    diagnostics.report(Code.GK205, r.position("indicators"), "indicators",
                            "项目没有“" + level1.name() + "”。按本年度的指标体系，每个项目都要至少有一个" + level1.name()
                                    + "：请在绩效指标中补上一行“level1: " + level1.name() + "”（可选二级指标："
                                    + String.join("、", level1.level2()) + "）。");
                }
            }
        });
    }
}
