package gongkai.data;

import static gongkai.data.DataFiles.byPath;
import static gongkai.data.DataFiles.csvRecords;
import static gongkai.data.DataFiles.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import gongkai.Gongkai;
import gongkai.check.ContentFixture;
import gongkai.check.YearsFixture;
import gongkai.model.FiscalYear;
import gongkai.model.Publication;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.output.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dates of approval and publication (and the 20-day rule) and the earlier project each project continues, in the
 * CSV and JSON downloads, on the three-year {@link YearsFixture}: 2020 and 2021 with both dates, 2022 with neither and
 * a note; a {@code continues} in 2021 and in 2022, and a 2022 project matched by its name only.
 */
class PublicationLineageDataTest {

    @TempDir
    static Path tmp;
    private static Site site;

    private static final String UPKEEP_2020 = "13020820P00908810002X";
    private static final String UPKEEP_2021 = "13020821P00908810002X";
    private static final String UPKEEP_2022 = "13020822P00908810002X";
    private static final String DOOR_2021 = "13020821P00864910001K";
    private static final String DOOR_2022 = "13020822P00864910002J";

    @BeforeAll
    static void load() {
        Gongkai.CheckResult check = Gongkai.check(YearsFixture.threeYears().writeTo(tmp.resolve("content")));
        site = check.site().orElseThrow();
    }

    /** The rows of the site-wide projects.csv by 项目编码. */
    private static Map<String, Map<String, String>> projectRows(Site s) {
        return csvRecords(byPath(OpenData.files(s)).get("data/projects.csv").content()).stream()
                .collect(Collectors.toMap(r -> r.get("项目编码"), r -> r));
    }

    @Test
    void readBackEqualsTheFixtureModel() {
        OpenDataTest.assertCsvEqualsModel(site);
        OpenDataTest.assertJsonEqualsModel(site);
    }

    @Test
    void csvHasTheDatesOfEachUnitYearAndTheEarlierProject() {
        Map<String, Map<String, String>> rows = projectRows(site);

        Map<String, String> upkeep2021 = rows.get(UPKEEP_2021);
        assertThat(upkeep2021.get("预算批复日期")).isEqualTo("2021-01-20");
        assertThat(upkeep2021.get("公开日期")).isEqualTo("2021-02-08");
        assertThat(upkeep2021.get("公开距批复天数")).isEqualTo("19");
        assertThat(upkeep2021.get("是否20日内公开")).isEqualTo("是");
        assertThat(upkeep2021.get("日期说明")).isEmpty();
        assertThat(upkeep2021.get("延续的往年项目编码")).isEqualTo(UPKEEP_2020);
        assertThat(upkeep2021.get("对应往年项目年度")).isEqualTo("2020");
        assertThat(upkeep2021.get("对应往年项目编码")).isEqualTo(UPKEEP_2020);
        assertThat(upkeep2021.get("对应方式")).isEqualTo("延续项目编码");
        // the dates repeat on every project of the unit's year
        assertThat(rows.get(DOOR_2021).get("公开日期")).isEqualTo("2021-02-08");

        Map<String, String> upkeep2022 = rows.get(UPKEEP_2022);
        assertThat(List.of(upkeep2022.get("预算批复日期"), upkeep2022.get("公开日期"), upkeep2022.get("公开距批复天数"),
                upkeep2022.get("是否20日内公开"))).as("unknown dates stay blank").containsOnly("");
        assertThat(upkeep2022.get("日期说明")).isEqualTo("原公开文件未载明预算批复日期和公开日期。");
        assertThat(upkeep2022.get("延续的往年项目编码")).as("matched by name, nothing written").isEmpty();
        assertThat(upkeep2022.get("对应往年项目编码")).isEqualTo(UPKEEP_2021);
        assertThat(upkeep2022.get("对应方式")).isEqualTo("同名");

        Map<String, String> door2022 = rows.get(DOOR_2022);
        assertThat(door2022.get("延续的往年项目编码")).isEqualTo(DOOR_2021);
        assertThat(door2022.get("对应往年项目年度")).isEqualTo("2021");
        assertThat(door2022.get("对应方式")).isEqualTo("延续项目编码");

        Map<String, String> first = rows.get(UPKEEP_2020);
        assertThat(List.of(first.get("延续的往年项目编码"), first.get("对应往年项目年度"), first.get("对应往年项目编码"),
                first.get("对应方式"))).as("the first year continues nothing").containsOnly("");
    }

    @Test
    void jsonHasTheDatesAndTheEarlierProject() {
        Map<String, GeneratedFile> files = byPath(OpenData.files(site));
        JsonNode unit2021 = json(files.get("api/v1/2021/425001.json").content());
        JsonNode dates = unit2021.path("publication");
        assertThat(dates.path("approvalDate").asText()).isEqualTo("2021-01-20");
        assertThat(dates.path("publicationDate").asText()).isEqualTo("2021-02-08");
        assertThat(dates.path("deadline").asText()).isEqualTo("2021-02-09");
        assertThat(dates.path("dayOfPublication").asInt()).isEqualTo(19);
        assertThat(dates.path("onTime").isBoolean()).isTrue();
        assertThat(dates.path("onTime").booleanValue()).isTrue();
        assertThat(dates.path("note").isNull()).isTrue();

        JsonNode unknown = json(files.get("api/v1/2022/425001.json").content()).path("publication");
        for (String field : List.of("approvalDate", "publicationDate", "deadline", "dayOfPublication", "onTime")) {
            assertThat(unknown.has(field)).as(field).isTrue();
            assertThat(unknown.path(field).isNull()).as(field + " is null, not guessed").isTrue();
        }
        assertThat(unknown.path("note").asText()).isEqualTo("原公开文件未载明预算批复日期和公开日期。");

        JsonNode upkeep = json(files.get("api/v1/2022/425001/" + UPKEEP_2022 + ".json").content());
        assertThat(upkeep.path("continues").isNull()).isTrue();
        assertThat(upkeep.path("predecessor").path("code").asText()).isEqualTo(UPKEEP_2021);
        assertThat(upkeep.path("predecessor").path("match").asText()).isEqualTo("sameName");
        assertThat(upkeep.path("predecessor").path("json").asText()).isEqualTo("api/v1/2021/425001/" + UPKEEP_2021 + ".json");
        assertThat(upkeep.path("predecessor").path("page").asText()).isEqualTo("2021/425001/projects/" + UPKEEP_2021 + ".html");
        JsonNode door = json(files.get("api/v1/2022/425001/" + DOOR_2022 + ".json").content());
        assertThat(door.path("continues").asText()).isEqualTo(DOOR_2021);
        assertThat(door.path("predecessor").path("name").asText()).isEqualTo("门口修缮");
        assertThat(door.path("predecessor").path("match").asText()).isEqualTo("continues");
        assertThat(json(files.get("api/v1/2020/425001/" + UPKEEP_2020 + ".json").content()).path("predecessor").isNull()).isTrue();
    }

    /** A {@code continues} naming no earlier project (a GK410 warning) is kept as written, with no match. */
    @Test
    void continuesThatNamesNoEarlierProjectIsKeptWithoutAMatch() {
        ContentFixture fixture = ContentFixture.valid().with(YearsFixture.EARLIER_YEARS);
        fixture = fixture.with(ContentFixture.PROJECT_2, fixture.text(ContentFixture.PROJECT_2) + "continues: 13020821P99999910001Z\n");
        Gongkai.CheckResult check = Gongkai.check(fixture.writeTo(tmp.resolve("unknown")));
        assertThat(check.diagnostics().sorted()).extracting(d -> d.code().name()).containsExactly("GK410");
        Site s = check.site().orElseThrow();

        Map<String, String> door = projectRows(s).get(DOOR_2022);
        assertThat(door.get("延续的往年项目编码")).isEqualTo("13020821P99999910001Z");
        assertThat(List.of(door.get("对应往年项目年度"), door.get("对应往年项目编码"), door.get("对应方式"))).containsOnly("");
        JsonNode json = json(byPath(OpenData.files(s)).get("api/v1/2022/425001/" + DOOR_2022 + ".json").content());
        assertThat(json.path("continues").asText()).isEqualTo("13020821P99999910001Z");
        assertThat(json.path("predecessor").isNull()).isTrue();
        OpenDataTest.assertCsvEqualsModel(s);
        OpenDataTest.assertJsonEqualsModel(s);
    }

    /** Publication on the 20th day after approval is on time, on the 21st it is not; both reach CSV and JSON. */
    @Test
    void twentyDaysIsOnTimeAndTwentyOneIsNot() {
        LocalDate approved = LocalDate.of(2022, 1, 20);
        for (int day : List.of(20, 21)) {
            Site dated = withDates(site, new Publication(Optional.of(approved), Optional.of(approved.plusDays(day)), Optional.empty()));
            Map<String, GeneratedFile> files = byPath(OpenData.files(dated));
            Map<String, String> row = projectRows(dated).get(UPKEEP_2022);
            assertThat(row.get("公开距批复天数")).isEqualTo(Integer.toString(day));
            assertThat(row.get("是否20日内公开")).isEqualTo(day <= 20 ? "是" : "否");
            JsonNode dates = json(files.get("api/v1/2022/425001.json").content()).path("publication");
            assertThat(dates.path("onTime").booleanValue()).isEqualTo(day <= 20);
            assertThat(dates.path("deadline").asText()).isEqualTo("2022-02-09");
            assertThat(DataFiles.errors(DataFiles.apiSchema("api-unit.schema.json"), json(files.get("api/v1/2022/425001.json").content())))
                    .isEmpty();
            OpenDataTest.assertCsvEqualsModel(dated);
        }
    }

    @Test
    void schemasAcceptTheNewFieldsAndRejectBrokenOnes() {
        Map<String, GeneratedFile> files = byPath(OpenData.files(site));
        Schema unitSchema = DataFiles.apiSchema("api-unit.schema.json");
        Schema projectSchema = DataFiles.apiSchema("api-project.schema.json");
        ObjectNode unit = (ObjectNode) json(files.get("api/v1/2021/425001.json").content());
        ObjectNode project = (ObjectNode) json(files.get("api/v1/2022/425001/" + DOOR_2022 + ".json").content());
        assertThat(DataFiles.errors(unitSchema, unit)).isEmpty();
        assertThat(DataFiles.errors(projectSchema, project)).isEmpty();

        ObjectNode wordOnTime = unit.deepCopy();
        ((ObjectNode) wordOnTime.path("publication")).put("onTime", "是");
        assertThat(DataFiles.errors(unitSchema, wordOnTime)).isNotEmpty();
        ObjectNode chineseDate = unit.deepCopy();
        ((ObjectNode) chineseDate.path("publication")).put("approvalDate", "2021年1月20日");
        assertThat(DataFiles.errors(unitSchema, chineseDate)).isNotEmpty();
        ObjectNode noPublication = unit.deepCopy();
        noPublication.remove("publication");
        assertThat(DataFiles.errors(unitSchema, noPublication)).isNotEmpty();
        ObjectNode unknownMatch = project.deepCopy();
        ((ObjectNode) unknownMatch.path("predecessor")).put("match", "name");
        assertThat(DataFiles.errors(projectSchema, unknownMatch)).isNotEmpty();
        ObjectNode entryWithoutContinues = unit.deepCopy();
        ((ObjectNode) entryWithoutContinues.path("projects").get(0)).remove("continues");
        assertThat(DataFiles.errors(unitSchema, entryWithoutContinues)).isNotEmpty();
    }

    @Test
    void csvMatchesItsTableSchemaAndABadDateDoesNot() {
        Map<String, GeneratedFile> files = byPath(OpenData.files(site));
        JsonNode descriptor = json(files.get("data/datapackage.json").content());
        assertThat(DataFiles.errors(DataFiles.tabularDataPackageProfile(), descriptor)).isEmpty();
        byte[] projects = files.get("data/projects.csv").content();
        byte[] indicators = files.get("data/indicators.csv").content();
        assertThat(DataFiles.tableSchemaErrors(descriptor, Map.of("projects", projects, "indicators", indicators))).isEmpty();

        String text = new String(projects, StandardCharsets.UTF_8);
        byte[] noSuchDay = text.replace(",2021-02-08,", ",2021-02-30,").getBytes(StandardCharsets.UTF_8);
        assertThat(DataFiles.tableSchemaErrors(descriptor, Map.of("projects", noSuchDay, "indicators", indicators)))
                .anyMatch(e -> e.contains("公开日期") && e.contains("not of type date"));
        byte[] wordAnswer = text.replace(",19,是,", ",19,按时,").getBytes(StandardCharsets.UTF_8);
        assertThat(DataFiles.tableSchemaErrors(descriptor, Map.of("projects", wordAnswer, "indicators", indicators)))
                .anyMatch(e -> e.contains("是否20日内公开") && e.contains("not one of"));
    }

    /** The site with the 2022 unit's dates replaced. */
    private static Site withDates(Site s, Publication dates) {
        List<FiscalYear> years = s.years().stream().map(y -> y.year() != 2022 ? y : new FiscalYear(y.year(), y.framework(),
                y.units().stream().map(u -> new Unit(u.code(), u.name(), u.department(), u.region(), u.overallGoal(), u.goals(),
                        u.measures(), u.projects(), u.declaredTotal(), dates)).toList())).toList();
        return new Site(s.config(), years);
    }
}
