package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.format.Column;
import gongkai.format.ContentFormat;
import gongkai.format.FieldDef;
import gongkai.format.ProjectField;
import gongkai.format.UnitTableField;
import gongkai.model.Form;
import gongkai.source.Node;
import gongkai.source.SourceTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads a form file ({@code content/forms/<id>.yaml}) into a {@link Form}; also what {@code gongkai new} reads a form with. */
public final class FormChecker {

    private final Diagnostics diagnostics;

    private FormChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static Optional<Form> check(SourceTree.YamlFile file, Diagnostics diagnostics) {
        return new FormChecker(diagnostics).form(file);
    }

    private Optional<Form> form(SourceTree.YamlFile file) {
        String path = file.file().path();
        String id = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
        Optional<MapReader> read = file.root().flatMap(root -> MapReader.of(root, "", ContentFormat.FORM, diagnostics));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = read.get();
        Optional<String> name = r.text("name", true);
        boolean narrative = r.text("narrative", false).map(t -> bool(t, r, "narrative")).orElse(true);
        FieldDef projectDef = ContentFormat.FORM.child("project").orElseThrow();
        Optional<Form.ProjectForm> project = r.mapping("project", true)
                .flatMap(m -> MapReader.of(m, "project", projectDef, diagnostics))
                .flatMap(p -> table(p, "project", ProjectField::byKey, ProjectField::key, ProjectField::label, ProjectField::required,
                        Arrays.stream(ProjectField.values()).map(ProjectField::key).toList(), ProjectField.ON_EVERY_FORM)
                        .map(t -> new Form.ProjectForm(t.title(), t.fields(), t.indicators())));
        boolean unitOk = true;
        Optional<Form.UnitTableForm> unitTable = Optional.empty();
        Optional<Node.Mapping> unitNode = r.mapping("unit_table", false);
        if (unitNode.isPresent()) {
            unitTable = MapReader.of(unitNode.get(), "unit_table", projectDef, diagnostics)
                    .flatMap(u -> table(u, "unit_table", UnitTableField::byKey, UnitTableField::key, UnitTableField::heading, f -> true,
                            Arrays.stream(UnitTableField.values()).map(UnitTableField::key).toList(), List.of())
                            .map(t -> new Form.UnitTableForm(t.title(), t.fields(), t.indicators())));
            unitOk = unitTable.isPresent();
        }
        if (name.isEmpty() || project.isEmpty() || !unitOk) {
            return Optional.empty();
        }
        return Optional.of(new Form(id, name.get(), narrative, project.get(), unitTable));
    }

    private record Table<K>(String title, List<Form.Field<K>> fields, Form.IndicatorForm indicators) {}

    private <K> Optional<Table<K>> table(MapReader t, String prefix, Function<String, Optional<K>> fieldByKey,
            Function<K, String> keyOf, Function<K, String> label, Function<K, Boolean> requiredByDefault, List<String> fieldKeys,
            List<K> mustHave) {
        Optional<String> title = t.text("title", true);
        boolean emptyRows = t.text("empty_rows", false).map(v -> bool(v, t, "empty_rows")).orElse(false);

        List<String> written = new ArrayList<>();
        Set<String> required = names(t, "required", written);
        Set<String> optional = names(t, "optional", written);
        boolean ok = true;

        List<Form.Field<K>> fields = new ArrayList<>();
        List<String> fieldNames = new ArrayList<>();
        for (Node.Entry e : t.mapping("fields", false).map(Node.Mapping::entries).orElse(List.of())) {
            Optional<K> key = fieldByKey.apply(e.key());
            Optional<String> printed = heading(e, t.path("fields"));
            if (key.isEmpty()) {
                diagnostics.report(Code.GK114, e.keyPosition(), t.path("fields") + "." + e.key(), "表头栏目“" + e.key()
                        + "”不是 Gongkai 认识的字段。可以写：" + String.join("、", fieldKeys) + "。");
                ok = false;
            } else if (printed.isEmpty()) {
                ok = false;
            } else {
                fieldNames.add(e.key());
                fields.add(new Form.Field<>(key.get(), printed.get(),
                        required.contains(e.key()) || !optional.contains(e.key()) && requiredByDefault.apply(key.get())));
            }
        }
        for (K k : mustHave) {
            if (fields.stream().noneMatch(f -> f.key().equals(k))) {
                String key = keyOf.apply(k);
                diagnostics.report(Code.GK112, t.position("fields"), t.path("fields"),
                        "表式的表头栏目中必须有“" + key + "”（" + label.apply(k) + "）。请在 fields 中加上“" + key + ": 表中印的名称”。");
                ok = false;
            }
        }

        List<Form.ColumnSpec> columns = new ArrayList<>();
        List<String> columnNames = new ArrayList<>();
        Optional<Node.Mapping> columnNode = t.mapping("columns", true);
        for (Node.Entry e : columnNode.map(Node.Mapping::entries).orElse(List.of())) {
            Optional<Column> column = Column.byKey(e.key());
            Optional<String> printed = heading(e, t.path("columns"));
            if (column.isEmpty()) {
                diagnostics.report(Code.GK114, e.keyPosition(), t.path("columns") + "." + e.key(), "指标表的列“" + e.key()
                        + "”不是 Gongkai 认识的列。可以写：" + String.join("、", Arrays.stream(Column.values()).map(Column::key).toList()) + "。");
                ok = false;
            } else if (printed.isEmpty()) {
                ok = false;
            } else {
                columnNames.add(e.key());
                boolean req = required.contains(e.key()) || !optional.contains(e.key()) && column.get().required();
                columns.add(new Form.ColumnSpec(column.get(), printed.get(), req, false));
            }
        }
        List<String> levels = columnNames.stream().filter(n -> n.startsWith("level")).toList();
        if (columnNode.isPresent() && (!columnNames.subList(0, levels.size()).equals(levels) || !levels.equals(levels.stream().sorted().toList()))) {
            diagnostics.report(Code.GK114, columnNode.get().position(), t.path("columns"),
                    "指标表的列要以一级、二级、三级指标开头（level1、level2、level3，表中没有二级指标时可以不写 level2），其余各列写在它们后面。");
            ok = false;
        }
        if (columnNode.isPresent()) {
            for (Column c : Column.ON_EVERY_FORM) {
                if (!columnNames.contains(c.key())) {
                    diagnostics.report(Code.GK112, columnNode.get().position(), t.path("columns"),
                            "指标表的列中必须有“" + c.key() + "”（" + c.heading() + "）。请在 columns 中加上“" + c.key() + ": 表中印的列名”。");
                    ok = false;
                }
            }
        }
        for (String w : written) {
            if (!fieldNames.contains(w) && !columnNames.contains(w)) {
                diagnostics.report(Code.GK114, t.position(required.contains(w) ? "required" : "optional"), t.path("required"),
                        "“" + w + "”不是本表的表头栏目或列。required 和 optional 中只能写 fields 或 columns 中已有的字段名。");
                ok = false;
            }
        }
        if (title.isEmpty() || columnNode.isEmpty() || !ok) {
            return Optional.empty();
        }
        return Optional.of(new Table<>(title.get(), fields, new Form.IndicatorForm(columns, emptyRows)));
    }

    private Optional<String> heading(Node.Entry e, String prefix) {
        if (e.value() instanceof Node.Scalar s && !s.isBlank() && !MapReader.invisible(s.text())) {
            return Optional.of(s.text().strip());
        }
        diagnostics.report(Code.GK111, e.value().position(), prefix + "." + e.key(), "“" + e.key() + "”后面应当写表中印的名称，如“" + e.key()
                + ": 指标值”。");
        return Optional.empty();
    }

    private Set<String> names(MapReader t, String key, List<String> written) {
        Set<String> names = new HashSet<>();
        for (Node n : t.sequence(key, false).map(Node.Sequence::items).orElse(List.of())) {
            if (n instanceof Node.Scalar s && !s.isBlank()) {
                names.add(s.text().strip());
                written.add(s.text().strip());
            } else {
                diagnostics.report(Code.GK111, n.position(), t.path(key), "这里应当是字段名，如 basis。");
            }
        }
        return names;
    }

    private boolean bool(String text, MapReader r, String key) {
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        diagnostics.report(Code.GK114, r.position(key), r.path(key), "“" + key + "”只能填 true 或 false。");
        return false;
    }
}
