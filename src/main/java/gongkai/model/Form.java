package gongkai.model;

import gongkai.format.Column;
import gongkai.format.ProjectField;
import gongkai.format.UnitTableField;
import java.util.List;
import java.util.Optional;

/**
 * An official form: how a region prints the 绩效目标表 of a project, and the 部门（单位）整体绩效目标表 where it has one.
 * A year chooses a form ({@code year.yaml}), a unit may choose its own ({@code unit.yaml}); without either the
 * {@link #STANDARD} form applies.
 *
 * @param id        the file name without {@code .yaml}; empty for the standard form
 * @param narrative whether units write the narrative Part 1 (overall.md, goals, measures.md); when false they may
 *                  leave it out
 */
public record Form(String id, String name, boolean narrative, ProjectForm project, Optional<UnitTableForm> unitTable) {

    /** A header field the form prints, with the form's own words for it. */
    public record Field<K>(K key, String heading, boolean required) {}

    /**
     * A column of an indicator table.
     *
     * @param whenUsed shown only when a row has a value in it (the standard form's optional columns); a column a form
     *                 lists is always shown
     */
    public record ColumnSpec(Column column, String heading, boolean required, boolean whenUsed) {}

    /** The indicator table of a form. */
    public record IndicatorForm(List<ColumnSpec> columns, boolean emptyRows) {
        public IndicatorForm {
            columns = List.copyOf(columns);
        }

        public Optional<ColumnSpec> column(Column c) {
            return columns.stream().filter(s -> s.column() == c).findFirst();
        }

        public boolean has(Column c) {
            return column(c).isPresent();
        }
    }

    /**
     * @param title the title printed for a project; {@code {name}} stands for the 项目名称
     */
    public record ProjectForm(String title, List<Field<ProjectField>> fields, IndicatorForm indicators) {
        public ProjectForm {
            fields = List.copyOf(fields);
        }

        public Optional<Field<ProjectField>> field(ProjectField f) {
            return fields.stream().filter(s -> s.key() == f).findFirst();
        }

        public boolean has(ProjectField f) {
            return field(f).isPresent();
        }

        /** The printed title of a project's table. */
        public String title(String projectName) {
            return title.replace("{name}", projectName);
        }
    }

    public record UnitTableForm(String title, List<Field<UnitTableField>> fields, IndicatorForm indicators) {
        public UnitTableForm {
            fields = List.copyOf(fields);
        }

        public Optional<Field<UnitTableField>> field(UnitTableField f) {
            return fields.stream().filter(s -> s.key() == f).findFirst();
        }
    }

    /** The form of the bundled disclosure, with the optional columns shown where a project uses them. */
    public static final Form STANDARD = new Form("", "标准表式", true,
            new ProjectForm("{name}绩效目标表",
                    List.of(ProjectField.TOTAL, ProjectField.FISCAL, ProjectField.OTHER, ProjectField.PURPOSE,
                                    ProjectField.SPENDING_PLAN, ProjectField.GOAL).stream()
                            .map(f -> new Field<>(f, f.heading(), f.required())).toList(),
                    new IndicatorForm(List.of(
                            standard(Column.LEVEL1, false), standard(Column.LEVEL2, false), standard(Column.LEVEL3, false),
                            standard(Column.SCORE, true), standard(Column.DESCRIPTION, false), standard(Column.EXPLANATION, true),
                            standard(Column.VALUE_TYPE, true), standard(Column.VALUE, false), standard(Column.MEASURE_UNIT, true),
                            standard(Column.BASIS, false)), false)),
            Optional.empty());

    private static ColumnSpec standard(Column c, boolean whenUsed) {
        return new ColumnSpec(c, c.heading(), c.required(), whenUsed);
    }
}
