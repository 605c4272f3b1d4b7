package gongkai.view;

import gongkai.format.ProjectField;
import gongkai.format.UnitTableField;
import gongkai.model.Form;
import gongkai.model.Project;
import gongkai.model.Unit;
import gongkai.model.UnitTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a page that follow the unit's form: the header part of a project's 绩效目标表 and the unit's
 * 部门（单位）整体绩效目标表. Pure: no I/O.
 */
final class FormViews {

    private FormViews() {}

    /** The header fields printed above the budget row, and below the spending plan, in this order of the form. */
    private static final List<ProjectField> BEFORE = List.of(ProjectField.CATEGORY, ProjectField.PERIOD, ProjectField.PROJECT_TOTAL);
    private static final List<ProjectField> BUDGET = List.of(ProjectField.TOTAL, ProjectField.FISCAL, ProjectField.OTHER);

    static Views.ProjectInfo project(Form form, Project p) {
        Form.ProjectForm f = form.project();
        List<Views.InfoRow> before = new ArrayList<>();
        List<Views.InfoRow> after = new ArrayList<>();
        for (Form.Field<ProjectField> field : f.fields()) {
            ProjectField k = field.key();
            if (BEFORE.contains(k)) {
                before.add(row(f, k, p));
            } else if (k == ProjectField.EXECUTION_RATE || k == ProjectField.GOAL || k == ProjectField.REVIEW) {
                after.add(row(f, k, p));
            }
        }
        List<ProjectField> budgetFields = f.fields().stream().map(Form.Field::key).filter(BUDGET::contains).toList();
        int colspan = switch (budgetFields.size()) {
            case 1 -> 5;
            case 2 -> 2;
            default -> 1;
        };
        List<Views.BudgetCell> budget = budgetFields.stream()
                .map(k -> new Views.BudgetCell(id(k), f.field(k).orElseThrow().heading(), term(k), p.text(k).orElse(null), colspan))
                .toList();
        Views.InfoRow purpose = f.field(ProjectField.PURPOSE)
                .map(h -> new Views.InfoRow("h-purpose", h.heading(), term(ProjectField.PURPOSE), p.purpose().orElse(null), null, null))
                .orElse(null);
        String budgetLabel = purpose == null ? "预算规模" : "预算规模及" + purpose.label();
        String planLabel = f.field(ProjectField.SPENDING_PLAN).map(Form.Field::heading).orElse(null);
        return new Views.ProjectInfo(before, budgetLabel, budget, purpose, planLabel, after);
    }

    /** A row of the header part, with the 分值 the form prints beside 年度预算执行率 and 绩效目标. */
    private static Views.InfoRow row(Form.ProjectForm f, ProjectField k, Project p) {
        String label = f.field(k).orElseThrow().heading();
        Optional<ProjectField> scoreField = switch (k) {
            case EXECUTION_RATE -> Optional.of(ProjectField.EXECUTION_SCORE);
            case GOAL -> Optional.of(ProjectField.GOAL_SCORE);
            default -> Optional.empty();
        };
        Optional<Form.Field<ProjectField>> score = scoreField.flatMap(f::field);
        String text = k == ProjectField.PROJECT_TOTAL ? p.projectTotal().map(Format::amount).orElse(null) : p.text(k).orElse(null);
        return new Views.InfoRow(id(k), label, term(k), text, score.map(Form.Field::heading).orElse(null),
                score.flatMap(s -> p.text(s.key())).orElse(null));
    }

    private static String id(ProjectField k) {
        return switch (k) {
            case TOTAL -> "h-total";
            case FISCAL -> "h-fiscal";
            case OTHER -> "h-other";
            case GOAL -> "h-goal";
            default -> "h-" + k.key().replace('_', '-').replace('.', '-');
        };
    }

    /** The glossary entry a header field's label links to. */
    private static String term(ProjectField k) {
        return switch (k) {
            case TOTAL -> "budget";
            case FISCAL -> "fiscal";
            case OTHER -> "other";
            case PURPOSE -> "purpose";
            case SPENDING_PLAN -> "plan";
            case GOAL, GOAL_SCORE -> "project-target";
            case CATEGORY -> "category";
            case PERIOD -> "period";
            case PROJECT_TOTAL -> "project-total";
            case EXECUTION_RATE, EXECUTION_SCORE -> "execution-rate";
            case REVIEW -> "review";
        };
    }

    /** The unit's 部门（单位）整体绩效目标表, or null when it publishes none. */
    static Views.UnitTableView unitTable(Unit unit) {
        if (unit.table().isEmpty() || unit.form().unitTable().isEmpty()) {
            return null;
        }
        Form.UnitTableForm f = unit.form().unitTable().get();
        UnitTable t = unit.table().get();
        List<Views.InfoRow> fields = f.fields().stream().map(field -> new Views.InfoRow(field.key().key(), field.heading(),
                field.key() == UnitTableField.DUTIES ? "duties" : "overall",
                (field.key() == UnitTableField.DUTIES ? t.duties() : t.target()).orElse(null), null, null)).toList();
        Views.IndicatorTable indicators = IndicatorTables.of(f.indicators(), t.indicators(), c -> true, Map.of(),
                "绩效指标（共 " + t.indicators().size() + " 项）");
        return new Views.UnitTableView(f.title(), fields, indicators);
    }
}
