package gongkai.data;

import static gongkai.data.DataFiles.byPath;
import static gongkai.data.DataFiles.csvRecords;
import static gongkai.data.DataFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import gongkai.Gongkai;
import gongkai.check.ContentFixture;
import gongkai.check.FormFixtures;
import gongkai.model.FiscalYear;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.output.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The open data of a site built from each shipped form's fixture ({@code src/test/resources/forms/}), read back and
 * compared with the fixture's YAML itself: every header field and every indicator column the fixture writes reaches
 * its CSV column and its JSON key, rows published empty included, in the table's order; the form's own headings
 * reach the unit JSON in the form's order; and every CSV passes its Table Schema.
 */
class FormsOpenDataTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** A project file's header key → its {@code projects.csv} column and its path in the project JSON. */
    private static final Map<String, String[]> PROJECT_FIELDS = Map.ofEntries(
            Map.entry("category", new String[] {"项目分类", "category"}),
            Map.entry("period", new String[] {"项目实施期", "period"}),
            Map.entry("project_total", new String[] {"项目总预算", "projectTotal"}),
            Map.entry("budget.total", new String[] {"预算数", "budget/total"}),
            Map.entry("budget.fiscal", new String[] {"财政资金", "budget/fiscal"}),
            Map.entry("budget.other", new String[] {"其他资金", "budget/other"}),
            Map.entry("purpose", new String[] {"资金用途", "purpose"}),
            Map.entry("spending_plan.mar", new String[] {"3月底支出计划", "spendingPlan/mar"}),
            Map.entry("spending_plan.jun", new String[] {"6月底支出计划", "spendingPlan/jun"}),
            Map.entry("spending_plan.oct", new String[] {"10月底支出计划", "spendingPlan/oct"}),
            Map.entry("spending_plan.dec", new String[] {"12月底支出计划", "spendingPlan/dec"}),
            Map.entry("execution_rate", new String[] {"年度预算执行率", "executionRate"}),
            Map.entry("execution_score", new String[] {"年度预算执行率的分值", "executionScore"}),
            Map.entry("goal", new String[] {"绩效目标", "goal"}),
            Map.entry("goal_score", new String[] {"绩效目标的分值", "goalScore"}),
            Map.entry("review", new String[] {"财政部门审核意见", "review"}));

    /** Keys of a project file that are not header fields of the form (checked by {@link OpenDataTest}). */
    private static final List<String> NOT_HEADER = List.of("code", "name", "order", "indicators", "level1_scores", "continues");

    /** An indicator row's key → its column in {@code indicators.csv} and {@code unit-indicators.csv}, and its JSON path. */
    private static final Map<String, String[]> INDICATOR_COLUMNS = new LinkedHashMap<>();

    static {
        INDICATOR_COLUMNS.put("level1", new String[] {"一级指标", "level1"});
        INDICATOR_COLUMNS.put("level2", new String[] {"二级指标", "level2"});
        INDICATOR_COLUMNS.put("level3", new String[] {"三级指标", "level3"});
        INDICATOR_COLUMNS.put("score", new String[] {"分值", "score"});
        INDICATOR_COLUMNS.put("description", new String[] {"绩效指标描述", "description"});
        INDICATOR_COLUMNS.put("explanation", new String[] {"指标解释", "explanation"});
        INDICATOR_COLUMNS.put("value_type", new String[] {"指标值类型", "valueType"});
        INDICATOR_COLUMNS.put("standard", new String[] {"绩效标准", "standard"});
        INDICATOR_COLUMNS.put("value", new String[] {"指标值", "value/text"});
        INDICATOR_COLUMNS.put("measure_unit", new String[] {"计量单位", "measureUnit"});
        INDICATOR_COLUMNS.put("basis", new String[] {"指标值确定依据", "basis"});
        INDICATOR_COLUMNS.put("scoring", new String[] {"评(扣)分标准", "scoring"});
        INDICATOR_COLUMNS.put("remark", new String[] {"备注", "remark"});
    }

    @TempDir
    Path tmp;

    static List<String> fixtures() {
        return FormFixtures.names();
    }

    private record Built(ContentFixture fixture, Site site, Map<String, GeneratedFile> files) {}

    private Built build(String name) {
        ContentFixture fixture = FormFixtures.fixture(name);
        Gongkai.CheckResult check = Gongkai.check(fixture.writeTo(tmp));
        assertThat(check.diagnostics().sorted()).as("diagnostics of the fixture %s", name).isEmpty();
        Site site = check.site().orElseThrow();
        return new Built(fixture, site, byPath(OpenData.files(site)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFieldAndColumnOfTheFixtureReachesTheCsvAndTheJsonInOrder(String name) {
        Built b = build(name);
        int checkedFields = 0;
        int checkedCells = 0;
        for (FiscalYear year : b.site().years()) {
            for (Unit unit : year.units()) {
                String folder = year.year() + "/" + unit.code() + "/";
                List<Map<String, String>> projectRows = csvRecords(b.files().get("data/" + folder + "projects.csv").content());
                assertThat(projectRows).hasSize(unit.projects().size());
                for (int n = 0; n < unit.projects().size(); n++) {
                    String code = unit.projects().get(n).code();
                    JsonNode yaml = yaml(b.fixture().text(folder + "projects/" + code + ".yaml"));
                    Map<String, String> row = projectRows.get(n);
                    JsonNode pj = json(b.files().get(OpenData.projectJsonPath(year.year(), unit.code(), code)).content());
                    for (Map.Entry<String, JsonNode> field : fields(yaml)) {
                        if (NOT_HEADER.contains(field.getKey().split("\\.")[0])) {
                            continue;
                        }
                        String[] target = PROJECT_FIELDS.get(field.getKey());
                        assertThat(target).as("field %s of %s has a CSV column and a JSON key", field.getKey(), code).isNotNull();
                        assertCell(row.get(target[0]), field.getValue(), code + " " + target[0]);
                        assertJson(pj.at("/" + target[1]), field.getValue(), code + " " + target[1]);
                        checkedFields++;
                    }
                    List<Map<String, String>> rows = csvRecords(b.files().get(OpenData.projectCsvPath(year.year(), unit.code(), code)).content());
                    checkedCells += assertRows(yaml.path("indicators"), rows, pj.path("indicators"), code);
                }
                JsonNode unitYaml = yaml(b.fixture().text(folder + "unit.yaml"));
                JsonNode unitJson = json(b.files().get(OpenData.unitJsonPath(year.year(), unit.code())).content());
                assertFormHeadings(b.fixture(), unitYaml, year.year(), unitJson.path("form"));
                JsonNode table = unitYaml.path("unit_table");
                if (table.isMissingNode()) {
                    assertThat(unitJson.path("unitTable").isNull()).isTrue();
                    assertThat(unitJson.path("links").path("unitIndicatorsCsv").isNull()).isTrue();
                    assertThat(b.files()).doesNotContainKey("data/" + folder + "unit-indicators.csv");
                    continue;
                }
                assertJson(unitJson.path("unitTable").path("duties"), table.path("duties"), "duties");
                assertJson(unitJson.path("unitTable").path("target"), table.path("target"), "target");
                String csvPath = unitJson.path("links").path("unitIndicatorsCsv").asText();
                assertThat(csvPath).isEqualTo("data/" + folder + "unit-indicators.csv");
                List<Map<String, String>> rows = csvRecords(b.files().get(csvPath).content());
                assertThat(csvRecords(b.files().get("data/unit-indicators.csv").content())).as("the site-wide file has the unit's rows")
                        .containsSubsequence(rows);
                rows.forEach(r -> assertThat(r).containsEntry("年度", Integer.toString(year.year())).containsEntry("单位编码", unit.code()));
                checkedCells += assertRows(table.path("indicators"), rows, unitJson.path("unitTable").path("indicators"), unit.code());
            }
        }
        assertThat(checkedFields).as("header fields compared").isPositive();
        assertThat(checkedCells).as("indicator cells compared").isPositive();
    }

    /** The Frictionless checks of {@link OpenDataTest}: the descriptor against the official profile, every CSV against its schema. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyCsvMatchesItsTableSchemaAndThePackageTheProfile(String name) {
        Built b = build(name);
        JsonNode descriptor = json(b.files().get("data/datapackage.json").content());
        assertThat(DataFiles.errors(DataFiles.tabularDataPackageProfile(), descriptor)).isEmpty();
        Map<String, byte[]> site = new LinkedHashMap<>();
        for (Table<?> table : Tables.ALL) {
            site.put(table.name(), b.files().get(OpenData.siteCsvPath(table)).content());
        }
        assertThat(DataFiles.tableSchemaErrors(descriptor, site)).isEmpty();
        for (FiscalYear year : b.site().years()) {
            for (Unit unit : year.units()) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                for (Table<?> table : Tables.ALL) {
                    GeneratedFile f = b.files().get(OpenData.unitCsvPath(year.year(), unit.code(), table));
                    assertThat(f != null).as("%s of %s", table.name(), unit.code())
                            .isEqualTo(table != Tables.UNIT_INDICATORS || unit.table().isPresent());
                    if (f != null) {
                        files.put(table.name(), f.content());
                    }
                }
                assertThat(DataFiles.tableSchemaErrors(descriptor, files)).as(unit.code()).isEmpty();
            }
        }
        OpenDataTest.assertCsvEqualsModel(b.site());
        OpenDataTest.assertJsonEqualsModel(b.site());
    }

    /** The rows of an indicator table against the fixture's list: same count and order, every cell, blank rows as rows. */
    private static int assertRows(JsonNode items, List<Map<String, String>> rows, JsonNode json, String where) {
        assertThat(rows).as("rows of %s", where).hasSize(items.size());
        assertThat(json).as("JSON rows of %s", where).hasSize(items.size());
        int cells = 0;
        for (int k = 0; k < items.size(); k++) {
            JsonNode item = items.get(k);
            Map<String, String> row = rows.get(k);
            JsonNode j = json.get(k);
            assertThat(row.get("行号")).isEqualTo(Integer.toString(k + 1));
            for (Map.Entry<String, JsonNode> cell : fields(item)) {
                String[] target = INDICATOR_COLUMNS.get(cell.getKey());
                assertThat(target).as("column %s of %s has a CSV column and a JSON key", cell.getKey(), where).isNotNull();
                assertCell(row.get(target[0]), cell.getValue(), where + " row " + (k + 1) + " " + target[0]);
                assertJson(j.at("/" + target[1]), cell.getValue(), where + " row " + (k + 1) + " " + target[1]);
                cells++;
            }
            for (Map.Entry<String, String[]> column : INDICATOR_COLUMNS.entrySet()) {
                if (!item.has(column.getKey())) {
                    assertThat(row.get(column.getValue()[0])).as("%s row %d: %s not in the fixture", where, k + 1, column.getKey()).isEmpty();
                }
            }
            boolean blank = !item.has("level3") && !item.has("value");
            assertThat(j.path("blank").booleanValue()).as("%s row %d published empty", where, k + 1).isEqualTo(blank);
        }
        return cells;
    }

    /** The unit JSON's form: the form file's own headings, in its order, for the project table and the unit table. */
    private static void assertFormHeadings(ContentFixture fixture, JsonNode unitYaml, int year, JsonNode form) {
        String id = unitYaml.has("form") ? unitYaml.path("form").asText() : yaml(fixture.text(year + "/year.yaml")).path("form").asText();
        JsonNode definition = yaml(fixture.text("forms/" + id + ".yaml"));
        assertThat(form.path("id").asText()).isEqualTo(id);
        assertThat(form.path("name").asText()).isEqualTo(definition.path("name").asText());
        for (String table : List.of("project", "unit_table")) {
            JsonNode declared = definition.path(table);
            JsonNode published = form.path(table.equals("project") ? "project" : "unitTable");
            if (declared.isMissingNode()) {
                assertThat(published.isNull()).as(table).isTrue();
                continue;
            }
            assertThat(published.path("title").asText()).isEqualTo(declared.path("title").asText());
            assertThat(pairs(published.path("fields"), "field")).as("%s fields of %s", table, id).isEqualTo(pairs(declared.path("fields")));
            assertThat(pairs(published.path("columns"), "column")).as("%s columns of %s", table, id).isEqualTo(pairs(declared.path("columns")));
            assertThat(published.path("emptyRows").booleanValue()).isEqualTo(declared.path("empty_rows").asBoolean(false));
        }
    }

    private static List<String> pairs(JsonNode mapping) {
        List<String> out = new ArrayList<>();
        mapping.fields().forEachRemaining(e -> out.add(e.getKey() + "=" + e.getValue().asText()));
        return out;
    }

    private static List<String> pairs(JsonNode array, String key) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.path(key).asText() + "=" + e.path("heading").asText()));
        return out;
    }

    /** A CSV cell against the YAML value: text as written (after the formula rule), numbers by value, blank as blank. */
    private static void assertCell(String cell, JsonNode value, String where) {
        assertThat(cell).as(where).isNotNull();
        if (value.isNull()) {
            assertThat(cell).as(where + " is blank").isEmpty();
        } else if (value.isNumber()) {
            assertThat(new BigDecimal(cell)).as(where).isEqualByComparingTo(value.decimalValue());
        } else if (value.asText().endsWith("%") && where.endsWith("支出计划")) {
            assertThat(cell + "%").as(where).isEqualTo(value.asText());
        } else {
            assertThat(Csv.unneutralise(cell)).as(where).isEqualTo(value.asText());
        }
    }

    /** A JSON value against the YAML value: text exactly, numbers by value, blank as null. */
    private static void assertJson(JsonNode node, JsonNode value, String where) {
        assertThat(node.isMissingNode()).as(where + " is in the JSON").isFalse();
        if (value.isNull() || value.isMissingNode()) {
            assertThat(node.isNull()).as(where + " is null").isTrue();
        } else if (value.isNumber() || node.isNumber()) {
            assertThat(node.decimalValue()).as(where).isEqualByComparingTo(value.isNumber() ? value.decimalValue()
                    : new BigDecimal(value.asText().replace("%", "")));
        } else {
            assertThat(node.asText()).as(where).isEqualTo(value.asText());
        }
    }

    /** The scalar fields of a mapping, nested mappings flattened to {@code budget.total}, in the file's order. */
    private static List<Map.Entry<String, JsonNode>> fields(JsonNode mapping) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        mapping.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                e.getValue().fields().forEachRemaining(inner -> out.add(Map.entry(e.getKey() + "." + inner.getKey(), inner.getValue())));
            } else if (!e.getValue().isArray()) {
                out.add(e);
            } else {
                out.add(Map.entry(e.getKey(), e.getValue()));
            }
        });
        return out;
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
