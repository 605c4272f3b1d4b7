package gongkai.data;

import static gongkai.data.DataFiles.byPath;
import static gongkai.data.DataFiles.csvRecords;
import static gongkai.data.DataFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import gongkai.format.ProjectField;
import gongkai.model.Amount;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.IndicatorValue;
import gongkai.model.Project;
import gongkai.model.ProjectLineage;
import gongkai.model.Publication;
import gongkai.model.Site;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import gongkai.output.GeneratedFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open data files read back with the CSV library and Jackson and compared with the content model, for the
 * bundled seed and for generated content with optional columns and blanks; the JSON against {@code schemas/api-*},
 * {@code datapackage.json} against the official Frictionless profile, and every CSV against its Table Schema.
 */
class OpenDataTest {

    @TempDir
    static Path tmp;

    private static Site seed;
    private static Site generated;

    @BeforeAll
    static void load() throws Exception {
        seed = DataFiles.bundled();
        generated = DataFiles.generated(tmp.resolve("content"), 10, 8, 7);
    }

    /** The generated content has what the seed lacks, so the comparisons below cover it. */
    @Test
    void generatedContentHasOptionalColumnsAndBlanks() {
        List<Project> projects = generated.years().stream().flatMap(y -> y.units().stream()).flatMap(u -> u.projects().stream()).toList();
        List<Indicator> indicators = projects.stream().flatMap(p -> p.indicators().stream()).toList();
        assertThat(generated.years()).hasSize(2);
        assertThat(projects).anyMatch(p -> p.budget().other().isEmpty()).anyMatch(p -> p.budget().other().isPresent());
        assertThat(projects).anyMatch(p -> p.spendingPlan().orElseThrow().checkpoints().stream().anyMatch(c -> c.percent().isEmpty()));
        assertThat(indicators).anyMatch(i -> i.score().isPresent()).anyMatch(i -> i.explanation().isPresent())
                .anyMatch(i -> i.valueType().isPresent()).anyMatch(i -> i.measureUnit().isPresent());
        assertThat(indicators).anyMatch(i -> i.value() instanceof IndicatorValue.Qualitative)
                .anyMatch(i -> i.value() instanceof IndicatorValue.Quantitative);
        assertThat(generated.years().stream().flatMap(y -> y.units().stream()).map(u -> u.publication().onTime()))
                .allMatch(Optional::isPresent);
        assertThat(projects).anyMatch(p -> p.continues().isPresent()).anyMatch(p -> p.continues().isEmpty());
        ProjectLineage lineage = ProjectLineage.of(generated);
        List<ProjectLineage.Match> matches = generated.years().stream().flatMap(y -> y.units().stream().flatMap(u ->
                u.projects().stream().flatMap(p -> lineage.predecessor(y.year(), u, p).stream()))).map(ProjectLineage.Link::match).toList();
        assertThat(matches).contains(ProjectLineage.Match.CONTINUES, ProjectLineage.Match.SAME_NAME);
        // the seed has neither date, with a note saying why
        assertThat(seed.years().get(0).units().get(0).publication().note()).isPresent();
        assertThat(seed.years().get(0).units().get(0).publication().approved()).isEmpty();
    }

    @Test
    void csvFilesReadBackEqualTheSeed() {
        assertCsvEqualsModel(seed);
    }

    @Test
    void csvFilesReadBackEqualGeneratedContent() {
        assertCsvEqualsModel(generated);
    }

    @Test
    void jsonFilesReadBackEqualTheSeed() {
        assertJsonEqualsModel(seed);
    }

    @Test
    void jsonFilesReadBackEqualGeneratedContent() {
        assertJsonEqualsModel(generated);
    }

    static void assertCsvEqualsModel(Site site) {
        Map<String, GeneratedFile> files = byPath(OpenData.files(site));
        ProjectLineage lineage = ProjectLineage.of(site);
        List<Map<String, String>> projects = csvRecords(files.get("data/projects.csv").content());
        List<Map<String, String>> indicators = csvRecords(files.get("data/indicators.csv").content());
        int p = 0;
        int i = 0;
        for (FiscalYear year : site.years()) {
            for (Unit unit : year.units()) {
                List<Map<String, String>> unitProjects = csvRecords(files.get("data/" + year.year() + "/" + unit.code() + "/projects.csv").content());
                List<Map<String, String>> unitIndicators = csvRecords(files.get("data/" + year.year() + "/" + unit.code() + "/indicators.csv").content());
                assertThat(unitProjects).hasSize(unit.projects().size());
                int unitIndicatorRow = 0;
                for (int n = 0; n < unit.projects().size(); n++) {
                    Project project = unit.projects().get(n);
                    Map<String, String> row = projects.get(p++);
                    assertThat(unitProjects.get(n)).isEqualTo(row);
                    assertThat(row.get("年度")).isEqualTo(Integer.toString(year.year()));
                    assertThat(row.get("单位编码")).isEqualTo(unit.code());
                    assertThat(row.get("单位名称")).isEqualTo(unit.name());
                    assertThat(row.get("主管部门")).isEqualTo(unit.department().orElse(""));
                    assertThat(row.get("序号")).isEqualTo(Integer.toString(n + 1));
                    assertThat(row.get("项目编码")).isEqualTo(project.code());
                    assertThat(Csv.unneutralise(row.get("项目名称"))).isEqualTo(project.name());
                    assertThat(row.get("预算数")).isEqualTo(project.budget().total().text());
                    assertThat(row.get("财政资金")).isEqualTo(project.budget().fiscal().map(Amount::text).orElse(""));
                    assertThat(row.get("其他资金")).isEqualTo(project.budget().other().map(Amount::text).orElse(""));
                    assertThat(Csv.unneutralise(row.get("资金用途"))).isEqualTo(project.purpose().orElse(""));
                    if (project.spendingPlan().isEmpty()) {
                        assertThat(List.of("3月底", "6月底", "10月底", "12月底")).allSatisfy(m -> assertThat(row.get(m + "支出计划")).isEmpty());
                    }
                    for (SpendingPlan.Checkpoint c : project.spendingPlan().map(SpendingPlan::checkpoints).orElse(List.of())) {
                        String cell = row.get(c.month().label() + "支出计划");
                        if (c.percent().isEmpty()) {
                            assertThat(cell).as("blank stays blank").isEmpty();
                        } else {
                            assertThat(new BigDecimal(cell)).isEqualByComparingTo(c.percent().get().value());
                            assertThat(c.percent().get().text()).startsWith(cell);
                        }
                    }
                    assertThat(Csv.unneutralise(row.get("绩效目标"))).isEqualTo(project.goal());
                    assertThat(row.get("指标数")).isEqualTo(Integer.toString(project.indicators().size()));
                    assertThat(row.get("网页")).isEqualTo(year.year() + "/" + unit.code() + "/projects/" + project.code() + ".html");
                    assertThat(row.get("JSON")).isEqualTo("api/v1/" + year.year() + "/" + unit.code() + "/" + project.code() + ".json");
                    Publication dates = unit.publication();
                    assertThat(dateCell(row.get("预算批复日期"))).isEqualTo(dates.approved());
                    assertThat(dateCell(row.get("公开日期"))).isEqualTo(dates.published());
                    assertThat(Csv.unneutralise(row.get("日期说明"))).isEqualTo(dates.note().orElse(""));
                    assertThat(row.get("公开距批复天数")).isEqualTo(
                            dates.dayOfPublication().isPresent() ? Long.toString(dates.dayOfPublication().getAsLong()) : "");
                    assertThat(row.get("是否20日内公开")).isEqualTo(dates.onTime().map(onTime -> onTime ? "是" : "否").orElse(""));
                    assertThat(row.get("延续的往年项目编码")).isEqualTo(project.continues().orElse(""));
                    Optional<ProjectLineage.Link> link = lineage.predecessor(year.year(), unit, project);
                    assertThat(row.get("对应往年项目年度")).isEqualTo(link.map(l -> Integer.toString(l.entry().year())).orElse(""));
                    assertThat(row.get("对应往年项目编码")).isEqualTo(link.map(l -> l.entry().project().code()).orElse(""));
                    assertThat(row.get("对应方式")).isEqualTo(link.map(l -> switch (l.match()) {
                        case CONTINUES -> "延续项目编码";
                        case SAME_NAME -> "同名";
                    }).orElse(""));
                    assertThat(row.get("表式标识")).isEqualTo(unit.form().id());
                    assertThat(row.get("表式名称")).isEqualTo(unit.form().name());
                    assertThat(row.get("项目总预算")).isEqualTo(project.projectTotal().map(Amount::text).orElse(""));
                    for (ProjectField f : Project.TEXT_FIELDS) {
                        assertThat(Csv.unneutralise(row.get(f.label()))).as(f.label()).isEqualTo(project.text(f).orElse(""));
                    }
                    List<Map<String, String>> projectIndicators = csvRecords(files.get("data/" + year.year() + "/" + unit.code()
                            + "/projects/" + project.code() + "-indicators.csv").content());
                    assertThat(projectIndicators).hasSize(project.indicators().size());
                    for (int k = 0; k < project.indicators().size(); k++) {
                        Indicator ind = project.indicators().get(k);
                        Map<String, String> r = indicators.get(i++);
                        assertThat(unitIndicators.get(unitIndicatorRow++)).isEqualTo(r);
                        assertThat(projectIndicators.get(k)).isEqualTo(r);
                        assertThat(r.get("年度")).isEqualTo(Integer.toString(year.year()));
                        assertThat(r.get("单位编码")).isEqualTo(unit.code());
                        assertThat(r.get("项目编码")).isEqualTo(project.code());
                        assertThat(Csv.unneutralise(r.get("项目名称"))).isEqualTo(project.name());
                        assertThat(r.get("行号")).isEqualTo(Integer.toString(k + 1));
                        assertThat(Csv.unneutralise(r.get("一级指标"))).isEqualTo(ind.level1());
                        assertThat(Csv.unneutralise(r.get("二级指标"))).isEqualTo(ind.level2().orElse(""));
                        assertThat(Csv.unneutralise(r.get("三级指标"))).isEqualTo(ind.level3());
                        assertThat(Csv.unneutralise(r.get("绩效指标描述"))).isEqualTo(ind.description());
                        assertThat(Csv.unneutralise(r.get("指标值"))).isEqualTo(ind.value().text());
                        if (ind.value() instanceof IndicatorValue.Quantitative q) {
                            assertThat(r.get("比较符")).isEqualTo(q.comparator().symbol());
                            assertThat(new BigDecimal(r.get("数值"))).isEqualTo(q.number());
                            assertThat(r.get("数值单位")).isEqualTo(q.unit());
                        } else {
                            assertThat(List.of(r.get("比较符"), r.get("数值"), r.get("数值单位"))).containsOnly("");
                        }
                        assertThat(Csv.unneutralise(r.get("指标值确定依据"))).isEqualTo(ind.basis());
                        assertThat(Csv.unneutralise(r.get("分值"))).isEqualTo(ind.score().orElse(""));
                        assertThat(Csv.unneutralise(r.get("指标解释"))).isEqualTo(ind.explanation().orElse(""));
                        assertThat(Csv.unneutralise(r.get("计量单位"))).isEqualTo(ind.measureUnit().orElse(""));
                        assertThat(r.get("指标值类型")).isEqualTo(ind.valueType().map(Indicator.ValueType::label).orElse(""));
                        assertThat(Csv.unneutralise(r.get("绩效标准"))).isEqualTo(ind.standard().orElse(""));
                        assertThat(Csv.unneutralise(r.get("评(扣)分标准"))).isEqualTo(ind.scoring().orElse(""));
                        assertThat(Csv.unneutralise(r.get("备注"))).isEqualTo(ind.remark().orElse(""));
                    }
                }
                assertThat(unitIndicators).hasSize(unitIndicatorRow);
            }
        }
        assertThat(projects).hasSize(p);
        assertThat(indicators).hasSize(i);
    }

    static void assertJsonEqualsModel(Site site) {
        Map<String, GeneratedFile> files = byPath(OpenData.files(site));
        ProjectLineage lineage = ProjectLineage.of(site);
        Schema projectSchema = DataFiles.apiSchema("api-project.schema.json");
        Schema unitSchema = DataFiles.apiSchema("api-unit.schema.json");
        JsonNode index = json(files.get("api/v1/index.json").content());
        assertThat(DataFiles.errors(DataFiles.apiSchema("api-index.schema.json"), index)).isEmpty();
        assertThat(index.path("years")).hasSize(site.years().size());
        for (int y = 0; y < site.years().size(); y++) {
            FiscalYear year = site.years().get(y);
            JsonNode yearEntry = index.path("years").get(y);
            assertThat(yearEntry.path("year").asInt()).isEqualTo(year.year());
            for (int u = 0; u < year.units().size(); u++) {
                Unit unit = year.units().get(u);
                JsonNode unitEntry = yearEntry.path("units").get(u);
                assertThat(unitEntry.path("code").asText()).isEqualTo(unit.code());
                JsonNode unitJson = json(files.get(unitEntry.path("json").asText()).content());
                assertThat(DataFiles.errors(unitSchema, unitJson)).isEmpty();
                assertThat(unitJson.path("format").asText()).isEqualTo("gongkai-unit");
                assertThat(unitJson.path("name").asText()).isEqualTo(unit.name());
                assertThat(unitJson.path("overallGoal").asText()).isEqualTo(unit.overallGoal());
                assertThat(unitJson.path("measures").asText()).isEqualTo(unit.measures());
                assertThat(unitJson.path("goals")).hasSize(unit.goals().size());
                assertThat(unitJson.path("totals").path("total").decimalValue()).isEqualByComparingTo(
                        unit.projects().stream().map(p -> p.budget().total().value()).reduce(BigDecimal.ZERO, BigDecimal::add));
                assertThat(unitJson.path("projects")).hasSize(unit.projects().size());
                JsonNode dates = unitJson.path("publication");
                Publication publication = unit.publication();
                assertThat(dateCell(dates.path("approvalDate").asText(""))).isEqualTo(publication.approved());
                assertThat(dateCell(dates.path("publicationDate").asText(""))).isEqualTo(publication.published());
                assertThat(dateCell(dates.path("deadline").asText(""))).isEqualTo(publication.deadline());
                assertThat(dates.path("note").isNull() ? Optional.empty() : Optional.of(dates.path("note").asText()))
                        .isEqualTo(publication.note());
                assertThat(dates.path("limitDays").asInt()).isEqualTo(Publication.LIMIT_DAYS);
                assertThat(dates.path("dayOfPublication").isNull()).isEqualTo(publication.dayOfPublication().isEmpty());
                publication.dayOfPublication().ifPresent(d -> assertThat(dates.path("dayOfPublication").asLong()).isEqualTo(d));
                assertThat(dates.path("onTime").isNull() ? Optional.empty() : Optional.of(dates.path("onTime").booleanValue()))
                        .isEqualTo(publication.onTime());
                for (int n = 0; n < unit.projects().size(); n++) {
                    Project project = unit.projects().get(n);
                    String path = unitEntry.path("projects").get(n).path("json").asText();
                    assertThat(unitJson.path("projects").get(n).path("json").asText()).isEqualTo(path);
                    assertThat(path).isEqualTo("api/v1/" + year.year() + "/" + unit.code() + "/" + project.code() + ".json");
                    JsonNode pj = json(files.get(path).content());
                    assertThat(DataFiles.errors(projectSchema, pj)).as(path).isEmpty();
                    assertThat(pj.path("code").asText()).isEqualTo(project.code());
                    assertThat(pj.path("continues").isNull() ? Optional.empty() : Optional.of(pj.path("continues").asText()))
                            .isEqualTo(project.continues());
                    Optional<ProjectLineage.Link> link = lineage.predecessor(year.year(), unit, project);
                    JsonNode predecessor = pj.path("predecessor");
                    assertThat(predecessor.isNull()).isEqualTo(link.isEmpty());
                    link.ifPresent(l -> {
                        assertThat(predecessor.path("year").asInt()).isEqualTo(l.entry().year());
                        assertThat(predecessor.path("code").asText()).isEqualTo(l.entry().project().code());
                        assertThat(predecessor.path("name").asText()).isEqualTo(l.entry().project().name());
                        assertThat(predecessor.path("match").asText()).isEqualTo(l.match() == ProjectLineage.Match.CONTINUES ? "continues" : "sameName");
                        assertThat(files).containsKey(predecessor.path("json").asText());
                        assertThat(json(files.get(predecessor.path("json").asText()).content()).path("code").asText())
                                .isEqualTo(l.entry().project().code());
                    });
                    JsonNode entry = unitJson.path("projects").get(n);
                    assertThat(entry.path("continues")).isEqualTo(pj.path("continues"));
                    assertThat(entry.path("predecessor")).isEqualTo(predecessor);
                    assertThat(pj.path("name").asText()).isEqualTo(project.name());
                    assertThat(pj.path("number").asInt()).isEqualTo(n + 1);
                    assertThat(pj.path("budget").path("total").decimalValue().toPlainString()).isEqualTo(project.budget().total().text());
                    assertThat(pj.path("budget").path("fiscal").isNull()).isEqualTo(project.budget().fiscal().isEmpty());
                    project.budget().fiscal().ifPresent(f ->
                            assertThat(pj.path("budget").path("fiscal").decimalValue().toPlainString()).isEqualTo(f.text()));
                    assertThat(pj.path("budget").path("other").isNull()).isEqualTo(project.budget().other().isEmpty());
                    project.budget().other().ifPresent(o ->
                            assertThat(pj.path("budget").path("other").decimalValue().toPlainString()).isEqualTo(o.text()));
                    assertThat(optionalText(pj.path("purpose"))).isEqualTo(project.purpose());
                    assertThat(pj.path("goal").asText()).isEqualTo(project.goal());
                    assertThat(pj.path("title").asText()).isEqualTo(unit.form().project().title(project.name()));
                    assertThat(optionalText(pj.path("category"))).isEqualTo(project.text(ProjectField.CATEGORY));
                    assertThat(optionalText(pj.path("period"))).isEqualTo(project.text(ProjectField.PERIOD));
                    assertThat(optionalText(pj.path("executionRate"))).isEqualTo(project.text(ProjectField.EXECUTION_RATE));
                    assertThat(optionalText(pj.path("executionScore"))).isEqualTo(project.text(ProjectField.EXECUTION_SCORE));
                    assertThat(optionalText(pj.path("goalScore"))).isEqualTo(project.text(ProjectField.GOAL_SCORE));
                    assertThat(optionalText(pj.path("review"))).isEqualTo(project.text(ProjectField.REVIEW));
                    assertThat(pj.path("projectTotal").isNull() ? Optional.empty() : Optional.of(pj.path("projectTotal").decimalValue().toPlainString()))
                            .isEqualTo(project.projectTotal().map(Amount::text));
                    assertThat(pj.path("spendingPlan").isNull()).isEqualTo(project.spendingPlan().isEmpty());
                    for (SpendingPlan.Checkpoint c : project.spendingPlan().map(SpendingPlan::checkpoints).orElse(List.of())) {
                        JsonNode cell = pj.path("spendingPlan").path(c.month().key());
                        assertThat(cell.isNull()).as("blank is null, not 0").isEqualTo(c.percent().isEmpty());
                        c.percent().ifPresent(pc -> assertThat(cell.decimalValue()).isEqualByComparingTo(pc.value()));
                    }
                    assertThat(pj.path("indicators")).hasSize(project.indicators().size());
                    for (int k = 0; k < project.indicators().size(); k++) {
                        Indicator ind = project.indicators().get(k);
                        JsonNode j = pj.path("indicators").get(k);
                        assertThat(j.path("level1").asText()).isEqualTo(ind.level1());
                        assertThat(j.path("level2").isNull() ? Optional.empty() : Optional.of(j.path("level2").asText())).isEqualTo(ind.level2());
                        assertThat(j.path("level3").asText()).isEqualTo(ind.level3());
                        assertThat(j.path("value").path("text").asText()).isEqualTo(ind.value().text());
                        if (ind.value() instanceof IndicatorValue.Quantitative q) {
                            assertThat(j.path("value").path("comparator").asText()).isEqualTo(q.comparator().symbol());
                            assertThat(j.path("value").path("number").decimalValue()).isEqualTo(q.number());
                        } else {
                            assertThat(j.path("value").path("number").isNull()).isTrue();
                        }
                        assertThat(j.path("basis").asText()).isEqualTo(ind.basis());
                        assertThat(j.path("score").isNull() ? Optional.empty() : Optional.of(j.path("score").asText())).isEqualTo(ind.score());
                        assertThat(j.path("explanation").isNull() ? Optional.empty() : Optional.of(j.path("explanation").asText()))
                                .isEqualTo(ind.explanation());
                        assertThat(j.path("measureUnit").isNull() ? Optional.empty() : Optional.of(j.path("measureUnit").asText()))
                                .isEqualTo(ind.measureUnit());
                        assertThat(j.path("valueType").isNull() ? Optional.empty() : Optional.of(j.path("valueType").asText()))
                                .isEqualTo(ind.valueType().map(Indicator.ValueType::label));
                        assertThat(optionalText(j.path("standard"))).isEqualTo(ind.standard());
                        assertThat(optionalText(j.path("scoring"))).isEqualTo(ind.scoring());
                        assertThat(optionalText(j.path("remark"))).isEqualTo(ind.remark());
                        assertThat(j.path("blank").booleanValue()).isEqualTo(ind.blank());
                    }
                }
            }
        }
    }

    /** A JSON string as the model holds it: empty when null. */
    static Optional<String> optionalText(JsonNode node) {
        assertThat(node.isMissingNode()).as("the key is always there").isFalse();
        return node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    /** A date cell or JSON date as the model holds it: empty when blank. */
    static Optional<LocalDate> dateCell(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    }

    @Test
    void csvIsUtf8WithBomAndCrlf() {
        for (GeneratedFile f : OpenData.files(generated)) {
            if (!f.path().endsWith(".csv")) {
                continue;
            }
            byte[] bytes = f.content();
            assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).as(f.path()).isEqualTo(DataFiles.BOM);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(f.path()).endsWith("\r\n");
            // Every line ends with CRLF: a bare LF only occurs inside a quoted multi-line cell, which the seed and the
            // generated content do not have.
            assertThat(text.replace("\r\n", "")).as(f.path()).doesNotContain("\n").doesNotContain("\r");
        }
    }

    @Test
    void jsonFilesMatchTheirSchemasAndABrokenFileDoesNot() {
        Map<String, GeneratedFile> files = byPath(OpenData.files(seed));
        Schema schema = DataFiles.apiSchema("api-project.schema.json");
        ObjectNode project = (ObjectNode) json(files.get("api/v1/2022/425001/13020822P00908810002X.json").content());
        assertThat(DataFiles.errors(schema, project)).isEmpty();

        ObjectNode noFormat = project.deepCopy();
        noFormat.remove("format");
        assertThat(DataFiles.errors(schema, noFormat)).isNotEmpty();
        ObjectNode zeroForBlank = project.deepCopy();
        ((ObjectNode) zeroForBlank.path("spendingPlan")).put("mar", "");
        assertThat(DataFiles.errors(schema, zeroForBlank)).isNotEmpty();
        ObjectNode wordValue = project.deepCopy();
        ((ObjectNode) wordValue.path("indicators").get(2).path("value")).put("kind", "quantitative");
        assertThat(DataFiles.errors(schema, wordValue)).as("a qualitative value without a number").isNotEmpty();
    }

    @Test
    void dataPackageMatchesTheOfficialProfile() {
        Schema profile = DataFiles.tabularDataPackageProfile();
        for (Site site : List.of(seed, generated)) {
            JsonNode descriptor = json(byPath(OpenData.files(site)).get("data/datapackage.json").content());
            assertThat(DataFiles.errors(profile, descriptor)).isEmpty();
            assertThat(descriptor.path("resources")).extracting(r -> r.path("path").asText()).containsExactly("projects.csv", "indicators.csv", "unit-indicators.csv");
        }
        ObjectNode broken = (ObjectNode) json(byPath(OpenData.files(seed)).get("data/datapackage.json").content());
        ((ObjectNode) broken.path("resources").get(0).path("schema").path("fields").get(0)).put("type", "whole-number");
        assertThat(DataFiles.errors(profile, broken)).as("an unknown field type").isNotEmpty();
        ObjectNode noSchema = (ObjectNode) json(byPath(OpenData.files(seed)).get("data/datapackage.json").content());
        ((ObjectNode) noSchema.path("resources").get(1)).remove("schema");
        assertThat(DataFiles.errors(profile, noSchema)).as("a tabular resource without a schema").isNotEmpty();
    }

    @Test
    void everyCsvMatchesItsTableSchema() {
        for (Site site : List.of(seed, generated)) {
            Map<String, GeneratedFile> files = byPath(OpenData.files(site));
            JsonNode descriptor = json(files.get("data/datapackage.json").content());
            assertThat(DataFiles.tableSchemaErrors(descriptor, Map.of(
                    "projects", files.get("data/projects.csv").content(),
                    "indicators", files.get("data/indicators.csv").content(),
                    "unit-indicators", files.get("data/unit-indicators.csv").content()))).isEmpty();
            for (FiscalYear year : site.years()) {
                for (Unit unit : year.units()) {
                    String folder = "data/" + year.year() + "/" + unit.code() + "/";
                    assertThat(DataFiles.tableSchemaErrors(descriptor, Map.of(
                            "projects", files.get(folder + "projects.csv").content(),
                            "indicators", files.get(folder + "indicators.csv").content()))).as(folder).isEmpty();
                    for (Project p : unit.projects()) {
                        assertThat(DataFiles.tableSchemaErrors(descriptor, Map.of(
                                "projects", files.get(folder + "projects.csv").content(),
                                "indicators", files.get(folder + "projects/" + p.code() + "-indicators.csv").content()))).isEmpty();
                    }
                }
            }
            // bytes and hash describe the files
            JsonNode projects = descriptor.path("resources").get(0);
            assertThat(projects.path("bytes").asInt()).isEqualTo(files.get("data/projects.csv").size());
        }
    }

    @Test
    void tableSchemaCheckRejectsBrokenCsv() {
        Map<String, GeneratedFile> files = byPath(OpenData.files(seed));
        JsonNode descriptor = json(files.get("data/datapackage.json").content());
        byte[] projects = files.get("data/projects.csv").content();
        String text = new String(projects, StandardCharsets.UTF_8);
        byte[] badNumber = text.replaceFirst(",30\\.00,30\\.00,", ",30.00,三十,").getBytes(StandardCharsets.UTF_8);
        byte[] badCode = text.replaceFirst("13020822P00908810002X", "1302-0822").getBytes(StandardCharsets.UTF_8);
        byte[] indicators = files.get("data/indicators.csv").content();
        assertThat(DataFiles.tableSchemaErrors(descriptor, Map.of("projects", badNumber, "indicators", indicators)))
                .anyMatch(e -> e.contains("财政资金") && e.contains("not of type number"));
        assertThat(DataFiles.tableSchemaErrors(descriptor, Map.of("projects", badCode, "indicators", indicators)))
                .anyMatch(e -> e.contains("does not match"))
                .anyMatch(e -> e.contains("foreign key"));
    }

    /** A project name, purpose and indicator that a spreadsheet would run as formulas; numbers that it would not. */
    @Test
    void formulaLikeTextIsNeutralisedReversiblyAndNumbersAreNot() {
        Unit unit = seed.years().get(0).units().get(0);
        Project first = unit.projects().get(0);
        Indicator ind = first.indicators().get(0);
        List<Indicator> indicators = new ArrayList<>(first.indicators());
        indicators.set(0, new Indicator("@SUM(A1)", ind.level2(), "-2+3", ind.description(),
                new IndicatorValue.Quantitative("=100%", IndicatorValue.Comparator.EQ, true, new BigDecimal("100"), "%"),
                "+cmd|' /C calc'!A0", Optional.of("'=1"), ind.explanation(), ind.measureUnit(), ind.valueType()));
        Project hostile = new Project(first.code(), "=HYPERLINK(\"http://example.com\",\"点击\")", first.order(), first.budget(),
                "\t=1+1", first.spendingPlan().orElseThrow(), first.goal(), indicators, first.level1Scores(), first.continues());
        List<Project> projects = new ArrayList<>(unit.projects());
        projects.set(0, hostile);
        Unit changed = new Unit(unit.code(), unit.name(), unit.department(), unit.region(), unit.overallGoal(), unit.goals(),
                unit.measures(), projects, unit.declaredTotal(), unit.publication());
        Site site = new Site(seed.config(), List.of(new FiscalYear(2022, seed.years().get(0).framework(), List.of(changed))));

        Map<String, GeneratedFile> files = byPath(OpenData.files(site));
        Map<String, String> p = csvRecords(files.get("data/projects.csv").content()).get(0);
        assertThat(p.get("项目名称")).isEqualTo("'=HYPERLINK(\"http://example.com\",\"点击\")");
        assertThat(p.get("资金用途")).isEqualTo("'\t=1+1");
        Map<String, String> i = csvRecords(files.get("data/indicators.csv").content()).get(0);
        assertThat(i.get("一级指标")).isEqualTo("'@SUM(A1)");
        assertThat(i.get("三级指标")).isEqualTo("'-2+3");
        assertThat(i.get("指标值")).as("a bare percentage cannot run anything").isEqualTo("=100%");
        assertThat(i.get("指标值确定依据")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(i.get("分值")).as("an apostrophe of the text itself is kept").isEqualTo("''=1");
        assertThat(i.get("数值")).isEqualTo("100");
        assertThat(csvRecords(files.get("data/indicators.csv").content()).get(1).get("项目名称")).startsWith("'=");
        // undone exactly
        assertThat(Csv.unneutralise(p.get("项目名称"))).isEqualTo(hostile.name());
        assertThat(Csv.unneutralise(p.get("资金用途"))).isEqualTo("\t=1+1");
        assertThat(Csv.unneutralise(i.get("分值"))).isEqualTo("'=1");
        assertThat(Csv.unneutralise(i.get("指标值确定依据"))).isEqualTo("+cmd|' /C calc'!A0");
        // the JSON keeps the text exactly
        JsonNode pj = json(files.get("api/v1/2022/425001/" + first.code() + ".json").content());
        assertThat(pj.path("name").asText()).isEqualTo(hostile.name());
        assertThat(((ArrayNode) pj.path("indicators")).get(0).path("level1").asText()).isEqualTo("@SUM(A1)");
    }

    /** A cell with line breaks, commas and quotes is quoted and reads back exactly. */
    @Test
    void multiLineAndQuotedTextReadsBackExactly() {
        Unit unit = seed.years().get(0).units().get(0);
        Project first = unit.projects().get(0);
        String goal = "1.保障正常运行，\n2.完成\"智慧丰润\"平台建设\r\n3.其他";
        Project multi = new Project(first.code(), first.name(), first.order(), first.budget(), first.purpose().orElseThrow(),
                first.spendingPlan().orElseThrow(), goal, first.indicators(), first.level1Scores(), first.continues());
        Unit changed = new Unit(unit.code(), unit.name(), unit.department(), unit.region(), unit.overallGoal(), unit.goals(),
                unit.measures(), List.of(multi), unit.declaredTotal(), unit.publication());
        Site site = new Site(seed.config(), List.of(new FiscalYear(2022, seed.years().get(0).framework(), List.of(changed))));
        byte[] csv = byPath(OpenData.files(site)).get("data/projects.csv").content();
        assertThat(csvRecords(csv)).hasSize(1);
        assertThat(csvRecords(csv).get(0).get("绩效目标")).isEqualTo(goal);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\"1.保障正常运行，\n2.完成\"\"智慧丰润\"\"平台建设");
    }

    @Test
    void sameContentGivesTheSameFilesAtTheSamePaths() {
        assertThat(OpenData.files(generated)).isEqualTo(OpenData.files(generated));
        assertThat(OpenData.files(DataFiles.bundled())).isEqualTo(OpenData.files(seed));
    }
}
