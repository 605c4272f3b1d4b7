package gongkai.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.model.Amount;
import gongkai.model.Budget;
import gongkai.format.ProjectField;
import gongkai.model.FiscalYear;
import gongkai.model.Form;
import gongkai.model.Framework;
import gongkai.model.Goal;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.Project;
import gongkai.model.ProjectLineage;
import gongkai.model.Publication;
import gongkai.model.Site;
import gongkai.model.SpendingPlan;
import gongkai.model.Totals;
import gongkai.model.Unit;
import gongkai.model.UnitTable;
import gongkai.view.ViewBuilder;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/**
 * The static JSON API, version 1: one file per project, one per unit and year, and an index of them all. The shapes
 * are described by {@code schemas/api-*.schema.json} and the README; every file names its {@code format} and
 * {@code version}. A blank of the disclosure is {@code null} (the key is always there), never 0; amounts and
 * percentages are JSON numbers written exactly as in the content ({@code 30.00}); paths are relative to the site root.
 */
public final class JsonApi {

    public static final int VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    /** The API files are compact (browsers and tools indent JSON themselves); about half the size indented. */
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonApi() {}

    static byte[] bytes(JsonNode node) {
        return write(COMPACT, node);
    }

    /** Indented with two spaces and LF line ends, for descriptors people read ({@code datapackage.json}). */
    static byte[] pretty(JsonNode node) {
        return write(PRETTY, node);
    }

    private static byte[] write(ObjectWriter writer, JsonNode node) {
        try {
            return (writer.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    private static ObjectNode header(String format) {
        ObjectNode o = NODES.objectNode();
        o.put("format", format);
        o.put("version", VERSION);
        return o;
    }

    /** {@code api/v1/<year>/<unit>/<project>.json}. */
    public static ObjectNode project(Tables.ProjectRow row) {
        int year = row.year();
        Unit unit = row.unit();
        int number = row.number();
        Project p = row.project();
        ObjectNode o = header("gongkai-project");
        o.put("year", year);
        ObjectNode u = o.putObject("unit");
        u.put("code", unit.code());
        u.put("name", unit.name());
        u.put("department", unit.department().orElse(null));
        u.put("json", OpenData.unitJsonPath(year, unit.code()));
        o.put("number", number);
        o.put("code", p.code());
        o.put("name", p.name());
        o.set("budget", budget(p.budget()));
        o.put("purpose", p.purpose().orElse(null));
        if (p.spendingPlan().isPresent()) {
            ObjectNode plan = o.putObject("spendingPlan");
            for (SpendingPlan.Checkpoint c : p.spendingPlan().get().checkpoints()) {
                plan.put(c.month().key(), c.percent().map(SpendingPlan.Percent::value).orElse(null));
            }
        } else {
            o.putNull("spendingPlan");
        }
        o.put("goal", p.goal());
        ObjectNode scores = o.putObject("level1Scores");
        new TreeMap<>(p.level1Scores()).forEach(scores::put);
        ArrayNode indicators = o.putArray("indicators");
        p.indicators().forEach(i -> indicators.add(indicator(i)));
        ObjectNode links = o.putObject("links");
        links.put("page", ViewBuilder.projectPath(year, unit.code(), p.code()));
        lineage(o, row);
        header(o, unit.form(), p);
        return o;
    }

    /**
     * Added in version 1: the table's printed title and the header fields only some forms print, as written; null
     * where the unit's form does not print a field or it is blank.
     */
    private static void header(ObjectNode o, Form form, Project p) {
        o.put("title", form.project().title(p.name()));
        o.put("category", p.text(ProjectField.CATEGORY).orElse(null));
        o.put("period", p.text(ProjectField.PERIOD).orElse(null));
        o.put("projectTotal", p.projectTotal().map(Amount::value).orElse(null));
        o.put("executionRate", p.text(ProjectField.EXECUTION_RATE).orElse(null));
        o.put("executionScore", p.text(ProjectField.EXECUTION_SCORE).orElse(null));
        o.put("goalScore", p.text(ProjectField.GOAL_SCORE).orElse(null));
        o.put("review", p.text(ProjectField.REVIEW).orElse(null));
    }

    /** One row of an indicator table (a project's or a unit's); a row published empty has {@code blank: true}. */
    private static ObjectNode indicator(Indicator i) {
        ObjectNode item = NODES.objectNode();
        item.put("level1", i.level1());
        item.put("level2", i.level2().orElse(null));
        item.put("level3", i.level3());
        item.put("description", i.description());
        item.set("value", value(i.value()));
        item.put("basis", i.basis());
        item.put("score", i.score().orElse(null));
        item.put("explanation", i.explanation().orElse(null));
        item.put("measureUnit", i.measureUnit().orElse(null));
        item.put("valueType", i.valueType().map(Indicator.ValueType::label).orElse(null));
        // Added in version 1.
        item.put("standard", i.standard().orElse(null));
        item.put("scoring", i.scoring().orElse(null));
        item.put("remark", i.remark().orElse(null));
        item.put("blank", i.blank());
        return item;
    }

    /** Added in version 1: which form the unit's tables follow, with the form's own headings, in its order. */
    private static ObjectNode form(Form form) {
        ObjectNode o = NODES.objectNode();
        o.put("id", form.id().isEmpty() ? null : form.id());
        o.put("name", form.name());
        o.put("narrative", form.narrative());
        ObjectNode project = o.putObject("project");
        project.put("title", form.project().title());
        ArrayNode fields = project.putArray("fields");
        form.project().fields().forEach(f -> fields.addObject().put("field", f.key().key()).put("heading", f.heading()));
        columns(project, form.project().indicators());
        if (form.unitTable().isPresent()) {
            Form.UnitTableForm t = form.unitTable().get();
            ObjectNode table = o.putObject("unitTable");
            table.put("title", t.title());
            ArrayNode tableFields = table.putArray("fields");
            t.fields().forEach(f -> tableFields.addObject().put("field", f.key().key()).put("heading", f.heading()));
            columns(table, t.indicators());
        } else {
            o.putNull("unitTable");
        }
        return o;
    }

    private static void columns(ObjectNode o, Form.IndicatorForm indicators) {
        ArrayNode columns = o.putArray("columns");
        indicators.columns().forEach(c -> columns.addObject().put("column", c.column().key()).put("heading", c.heading())
                .put("whenUsed", c.whenUsed()));
        o.put("emptyRows", indicators.emptyRows());
    }

    private static ObjectNode framework(Framework framework) {
        ObjectNode o = NODES.objectNode();
        o.put("id", framework.id());
        o.put("name", framework.name());
        return o;
    }

    /** Added in version 1: the 部门（单位）整体绩效目标表, or null where the unit's form has none. */
    private static JsonNode unitTable(Unit unit) {
        if (unit.table().isEmpty() || unit.form().unitTable().isEmpty()) {
            return NODES.nullNode();
        }
        UnitTable t = unit.table().get();
        ObjectNode o = NODES.objectNode();
        o.put("title", unit.form().unitTable().get().title());
        o.put("duties", t.duties().orElse(null));
        o.put("target", t.target().orElse(null));
        ArrayNode indicators = o.putArray("indicators");
        t.indicators().forEach(i -> indicators.add(indicator(i)));
        return o;
    }

    /** Added in version 1: the earlier project as written ({@code continues}) and as matched ({@code predecessor}). */
    private static void lineage(ObjectNode o, Tables.ProjectRow row) {
        o.put("continues", row.project().continues().orElse(null));
        if (row.predecessor().isEmpty()) {
            o.putNull("predecessor");
            return;
        }
        ProjectLineage.Entry e = row.predecessor().get().entry();
        ObjectNode p = o.putObject("predecessor");
        p.put("year", e.year());
        p.put("code", e.project().code());
        p.put("name", e.project().name());
        p.put("match", switch (row.predecessor().get().match()) {
            case CONTINUES -> "continues";
            case SAME_NAME -> "sameName";
        });
        p.put("json", OpenData.projectJsonPath(e.year(), e.unit().code(), e.project().code()));
        p.put("page", ViewBuilder.projectPath(e.year(), e.unit().code(), e.project().code()));
    }

    /** Added in version 1: the dates of approval and publication and the 20-day rule; null where unknown. */
    private static ObjectNode publication(Publication d) {
        ObjectNode o = NODES.objectNode();
        o.put("approvalDate", d.approved().map(LocalDate::toString).orElse(null));
        o.put("publicationDate", d.published().map(LocalDate::toString).orElse(null));
        o.put("note", d.note().orElse(null));
        o.put("limitDays", Publication.LIMIT_DAYS);
        o.put("deadline", d.deadline().map(LocalDate::toString).orElse(null));
        if (d.dayOfPublication().isPresent()) {
            o.put("dayOfPublication", d.dayOfPublication().getAsLong());
        } else {
            o.putNull("dayOfPublication");
        }
        o.put("onTime", d.onTime().orElse(null));
        return o;
    }

    private static ObjectNode value(IndicatorValue value) {
        ObjectNode v = NODES.objectNode();
        v.put("text", value.text());
        if (value instanceof IndicatorValue.Quantitative q) {
            v.put("kind", "quantitative");
            v.put("comparator", q.comparator().symbol());
            v.put("comparatorWritten", q.comparatorWritten());
            v.put("number", q.number());
            v.put("unit", q.unit().isEmpty() ? null : q.unit());
        } else {
            v.put("kind", "qualitative");
            v.putNull("comparator");
            v.putNull("comparatorWritten");
            v.putNull("number");
            v.putNull("unit");
        }
        return v;
    }

    private static ObjectNode budget(Budget b) {
        ObjectNode o = NODES.objectNode();
        o.put("total", b.total().value());
        o.put("fiscal", b.fiscal().map(Amount::value).orElse(null));
        o.put("other", b.other().map(Amount::value).orElse(null));
        return o;
    }

    /**
     * {@code api/v1/<year>/<unit>.json}: Part 1, the totals and the list of projects with their files.
     *
     * @param rows the unit's projects ({@link Tables#projectRows(ProjectLineage, int, Unit)})
     */
    public static ObjectNode unit(FiscalYear year, Unit unit, List<Tables.ProjectRow> rows) {
        int y = year.year();
        ObjectNode o = header("gongkai-unit");
        o.put("year", y);
        o.put("code", unit.code());
        o.put("name", unit.name());
        o.put("department", unit.department().orElse(null));
        o.put("region", unit.region().orElse(null));
        o.set("framework", framework(unit.framework().orElse(year.framework())));
        o.put("overallGoal", unit.overallGoal());
        ArrayNode goals = o.putArray("goals");
        for (Goal g : unit.goals()) {
            ObjectNode goal = goals.addObject();
            goal.put("title", g.title());
            goal.put("target", g.target());
            goal.put("indicator", g.indicator());
        }
        o.put("measures", unit.measures());
        ObjectNode totals = o.putObject("totals");
        Totals sums = Totals.of(unit.projects());
        totals.put("total", sums.total());
        totals.put("fiscal", sums.fiscal().orElse(null));
        totals.put("other", sums.other().orElse(null));
        o.put("declaredTotal", unit.declaredTotal().map(Amount::value).orElse(null));
        ArrayNode projects = o.putArray("projects");
        for (Tables.ProjectRow row : rows) {
            Project p = row.project();
            ObjectNode entry = projects.addObject();
            entry.put("number", row.number());
            entry.put("code", p.code());
            entry.put("name", p.name());
            entry.set("budget", budget(p.budget()));
            entry.put("json", OpenData.projectJsonPath(y, unit.code(), p.code()));
            entry.put("page", ViewBuilder.projectPath(y, unit.code(), p.code()));
            lineage(entry, row);
        }
        ObjectNode links = o.putObject("links");
        links.put("page", ViewBuilder.unitPath(y, unit.code()));
        links.put("projectsCsv", OpenData.unitCsvPath(y, unit.code(), Tables.PROJECTS));
        links.put("indicatorsCsv", OpenData.unitCsvPath(y, unit.code(), Tables.INDICATORS));
        links.put("unitIndicatorsCsv", unit.table().isPresent() ? OpenData.unitCsvPath(y, unit.code(), Tables.UNIT_INDICATORS) : null);
        o.set("publication", publication(unit.publication()));
        o.set("form", form(unit.form()));
        o.set("unitTable", unitTable(unit));
        return o;
    }

    /** {@code api/v1/index.json}: every year, unit and project with the paths of its files. */
    public static ObjectNode index(Site site) {
        ObjectNode o = header("gongkai-index");
        o.put("title", site.config().title());
        o.put("publisher", site.config().publisher());
        ObjectNode downloads = o.putObject("downloads");
        downloads.put("projectsCsv", OpenData.siteCsvPath(Tables.PROJECTS));
        downloads.put("indicatorsCsv", OpenData.siteCsvPath(Tables.INDICATORS));
        downloads.put("dataPackage", OpenData.DATA_PACKAGE);
        downloads.put("unitIndicatorsCsv", OpenData.siteCsvPath(Tables.UNIT_INDICATORS));
        ArrayNode years = o.putArray("years");
        for (FiscalYear year : site.years()) {
            ObjectNode y = years.addObject();
            y.put("year", year.year());
            y.set("framework", framework(year.framework()));
            ArrayNode units = y.putArray("units");
            for (Unit unit : year.units()) {
                ObjectNode u = units.addObject();
                u.put("code", unit.code());
                u.put("name", unit.name());
                u.put("json", OpenData.unitJsonPath(year.year(), unit.code()));
                u.put("page", ViewBuilder.unitPath(year.year(), unit.code()));
                ArrayNode projects = u.putArray("projects");
                for (Project p : unit.projects()) {
                    ObjectNode entry = projects.addObject();
                    entry.put("code", p.code());
                    entry.put("name", p.name());
                    entry.put("json", OpenData.projectJsonPath(year.year(), unit.code(), p.code()));
                    entry.put("page", ViewBuilder.projectPath(year.year(), unit.code(), p.code()));
                }
                // Added in version 1: the unit's form and framework (its own, or its year's).
                ObjectNode form = u.putObject("form");
                form.put("id", unit.form().id().isEmpty() ? null : unit.form().id());
                form.put("name", unit.form().name());
                u.set("framework", framework(unit.framework().orElse(year.framework())));
            }
        }
        return o;
    }
}
