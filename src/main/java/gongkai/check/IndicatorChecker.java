package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.format.Column;
import gongkai.format.ContentFormat;
import gongkai.model.Form;
import gongkai.model.Framework;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.IndicatorValues;
import gongkai.source.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the rows of an indicator table (a project's, or a unit's 整体绩效目标表) into {@link Indicator}s, with the
 * columns and the rules of the form in force.
 */
final class IndicatorChecker {

    private final Diagnostics diagnostics;
    private final Optional<Framework> framework;
    private final Form form;
    private final Form.IndicatorForm table;

    IndicatorChecker(Diagnostics diagnostics, Optional<Framework> framework, Form form, Form.IndicatorForm table) {
        this.diagnostics = diagnostics;
        this.framework = framework;
        this.form = form;
        this.table = table;
    }

    Optional<List<Indicator>> indicators(Node.Sequence seq) {
        return indicators(seq, "indicators");
    }

    Optional<List<Indicator>> indicators(Node.Sequence seq, String path) {
        List<Indicator> list = new ArrayList<>();
        boolean ok = true;
        if (seq.items().isEmpty()) {
            diagnostics.report(Code.GK112, seq.position(), path, "绩效指标列表是空的。请按公开表格填写每一行绩效指标。");
            return Optional.empty();
        }
        for (int i = 0; i < seq.items().size(); i++) {
            Optional<Indicator> indicator = indicator(seq.items().get(i), path + "[" + i + "]");
            ok &= indicator.isPresent();
            indicator.ifPresent(list::add);
        }
        return ok ? Optional.of(list) : Optional.empty();
    }

    private boolean required(Column c) {
        return table.column(c).map(Form.ColumnSpec::required).orElse(false);
    }

    private Optional<String> absent(String key) {
        String heading = Column.byKey(key).map(Column::heading).orElse(key);
        return Optional.of("本单位采用的表式“" + form.name() + "”的指标表没有“" + heading + "”这一列，所以不能填写“" + key + "”。"
                + "这一列可以填写的有：" + String.join("、", table.columns().stream().map(c -> c.column().key()).toList())
                + "。如果公开表格中确实有这一列，请核对选用的表式（form），或在表式文件的 columns 中加上这一列。");
    }

    private Optional<Indicator> indicator(Node node, String prefix) {
        List<String> allowed = table.columns().stream().map(c -> c.column().key()).toList();
        Optional<MapReader> read = MapReader.of(node, prefix, ContentFormat.INDICATOR, allowed, this::absent, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = read.get();
        // A row published empty on purpose: a 一级 and its 二级 with no 三级指标 and no value, where the form allows it. A
        // row without its 二级 is not one: it is a row not filled in yet (the skeleton of gongkai new), reported as such.
        boolean emptyRow = table.emptyRows() && r.node("level2").filter(n -> n instanceof Node.Scalar s && !s.isBlank()).isPresent()
                && r.text("level3", false).isEmpty() && r.text("value", false).isEmpty()
                && r.node("level3").filter(n -> !(n instanceof Node.Scalar)).isEmpty()
                && r.node("value").filter(n -> !(n instanceof Node.Scalar)).isEmpty();
        Optional<String> level1 = r.text("level1", true);
        Optional<String> level2 = r.text("level2", required(Column.LEVEL2) && !emptyRow);
        Optional<String> level3 = emptyRow ? Optional.of("") : r.text("level3", true);
        Optional<String> valueText = emptyRow ? Optional.of("") : r.text("value", true);
        boolean ok = true;
        String description = "";
        String basis = "";
        Optional<String> score = Optional.empty();
        Optional<String> explanation = Optional.empty();
        Optional<String> measureUnit = Optional.empty();
        Optional<String> standard = Optional.empty();
        Optional<String> scoring = Optional.empty();
        Optional<String> remark = Optional.empty();
        Optional<Indicator.ValueType> valueType = Optional.empty();
        for (Form.ColumnSpec spec : table.columns()) {
            Column c = spec.column();
            if (c == Column.LEVEL1 || c == Column.LEVEL2 || c == Column.LEVEL3 || c == Column.VALUE) {
                continue;
            }
            Optional<String> t = r.text(c.key(), spec.required() && !emptyRow);
            ok &= t.isPresent() || !spec.required() || emptyRow;
            switch (c) {
                case DESCRIPTION -> description = t.orElse("");
                case BASIS -> basis = t.orElse("");
                case SCORE -> score = t;
                case EXPLANATION -> explanation = t;
                case MEASURE_UNIT -> measureUnit = t;
                case STANDARD -> standard = t;
                case SCORING -> scoring = t;
                case REMARK -> remark = t;
                case VALUE_TYPE -> {
                    Optional<Indicator.ValueType> vt = t.flatMap(text -> valueType(text, r));
                    ok &= t.isEmpty() || vt.isPresent();
                    valueType = vt;
                }
                default -> throw new IllegalStateException(c.name());
            }
        }

        level1.ifPresent(l1 -> framework.ifPresent(fw -> checkLevels(fw, l1, level2, r)));

        Optional<IndicatorValue> value = valueText.flatMap(text -> {
            if (text.isEmpty()) {
                return Optional.of(new IndicatorValue.Qualitative(""));
            }
            IndicatorValues.Result result = IndicatorValues.parse(text);
            result.problem().ifPresent(problem -> diagnostics.report(Code.GK206, r.position("value"), r.path("value"), problem));
            return result.value();
        });
        Optional<Indicator.ValueType> type = valueType;
        value.filter(v -> v instanceof IndicatorValue.Qualitative && !v.text().isEmpty()
                        && type.equals(Optional.of(Indicator.ValueType.QUANTITATIVE)))
                .ifPresent(v -> diagnostics.report(Code.GK207, r.position("value"), r.path("value"),
                        "指标值类型是“定量”，但指标值“" + v.text() + "”不是“数字+单位”（如 ≥95%、10辆）。请改写指标值，或把指标值类型改为“定性”。"));

        if (level1.isEmpty() || level3.isEmpty() || value.isEmpty() || !ok) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(level1.get(), level2, level3.get(), description, value.get(), basis,
                score, explanation, measureUnit, valueType, standard, scoring, remark));
    }

    private void checkLevels(Framework fw, String l1, Optional<String> level2, MapReader r) {
        Optional<Framework.Level1> known = fw.find(l1);
        if (known.isEmpty()) {
            diagnostics.report(Code.GK203, r.position("level1"), r.path("level1"),
                    "一级指标“" + l1 + "”不在采用的指标体系（" + fw.name() + "）中。可以填写："
                            + String.join("、", fw.level1().stream().map(Framework.Level1::name).toList())
                            + "（后面可以照表中写上分值，如“产出指标(70分)”）。");
            return;
        }
        level2.filter(l2 -> !fw.allows(known.get(), l2)).ifPresent(l2 -> {
            String canonical = fw.canonical(l2);
            Optional<String> home = fw.level1().stream().filter(o -> fw.allows(o, l2)).map(Framework.Level1::name).findFirst();
            Optional<Framework.Level1> asLevel1 = fw.find(canonical);
            String message;
            if (asLevel1.isPresent()) {
                message = "“" + l2 + "”在采用的指标体系（" + fw.name() + "）中是一级指标，不是“" + known.get().name() + "”的二级指标。"
                        + "请把一级指标改为“" + asLevel1.get().name() + "”"
                        + (asLevel1.get().level2().isEmpty() ? "。" : "，二级指标填它下面的一项：" + String.join("、", asLevel1.get().level2()) + "。");
            } else if (home.isPresent()) {
                message = "二级指标“" + l2 + "”不属于一级指标“" + l1 + "”。按采用的指标体系（" + fw.name() + "），它属于“" + home.get()
                        + "”，请改正一级指标。";
            } else {
                message = "二级指标“" + l2 + "”不属于一级指标“" + l1 + "”。按采用的指标体系（" + fw.name() + "），“" + known.get().name()
                        + "”下可以填写：" + String.join("、", known.get().level2()) + "。"
                        + "如果这是同一个二级指标在本地表格中的另一个名称，请在指标体系文件的 aliases 中写明。";
            }
            diagnostics.report(Code.GK204, r.position("level2"), r.path("level2"), message);
        });
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
}
