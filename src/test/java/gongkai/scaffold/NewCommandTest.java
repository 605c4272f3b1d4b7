package gongkai.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.cli.Main;
import gongkai.diag.Diagnostics;
import gongkai.source.Node;
import gongkai.source.SourceFile;
import gongkai.source.YamlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code gongkai new unit} and {@code gongkai new project} through {@link Main#run}, on a copy of the bundled content
 * with {@code schemas/} beside it (as in the repository): where the files go, that they name their schema, what
 * {@code validate} then reports (exactly the blanks the clerk must fill in), and every refusal (exit 2, nothing
 * written).
 */
class NewCommandTest {

    private static final String UNIT_SCHEMA_LINE = "# yaml-language-server: $schema=../../../schemas/unit.schema.json";
    private static final String PROJECT_SCHEMA_LINE = "# yaml-language-server: $schema=../../../../schemas/project.schema.json";
    private static final String NEW_CODE = "13020822P00999910001A";

    @TempDir
    Path tmp;

    Path content;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void copyTheBundledContentAndSchemas() throws IOException {
        content = tmp.resolve("content");
        copy(Path.of("content"), content);
        copy(Path.of("schemas"), tmp.resolve("schemas"));
    }

    // ---- new unit -------------------------------------------------------------------------------------------------

    @Test
    void newUnitWritesTheUnitFilesWhichValidateListsAsToBeFilledIn() throws IOException {
        Run run = run("new", "unit", "--year", "2022", "--code", "425002", "--name", "唐山市丰润区某单位", "--region", "130208",
                "--content", content.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        assertThat(created()).containsExactly("2022/425002/measures.md", "2022/425002/overall.md", "2022/425002/unit.yaml");
        assertThat(run.out()).contains("已新建：", content.resolve("2022/425002/unit.yaml").toString(), "./gongkai validate")
                .doesNotContain("注意");
        String unit = read("2022/425002/unit.yaml");
        assertThat(unit.lines().findFirst()).contains(UNIT_SCHEMA_LINE);
        assertThat(schemaOf("2022/425002/unit.yaml")).isRegularFile().isEqualTo(tmp.resolve("schemas/unit.schema.json"));
        assertThat(unit).contains("code: \"425002\"\n", "name: 唐山市丰润区某单位\n", "region: \"130208\"\n", "# 分项名称（必填）",
                "# 表式：河北省唐山市丰润区 项目支出绩效目标表（content/forms/hebei-fengrun.yaml）");
        assertThat(run.out()).contains("表式：河北省唐山市丰润区 项目支出绩效目标表（forms/hebei-fengrun.yaml）");
        assertThat(read("2022/425002/overall.md")).isEmpty();
        assertThat(read("2022/425002/measures.md")).isEmpty();

        assertThat(validate()).containsExactly(
                "2022/425002/measures.md 错误 GK112 null",
                "2022/425002/overall.md 错误 GK112 null",
                "2022/425002/unit.yaml:16:15 警告 GK409 approval_date",
                "2022/425002/unit.yaml:25:11 错误 GK112 goals[0].title",
                "2022/425002/unit.yaml:26:12 错误 GK112 goals[0].target",
                "2022/425002/unit.yaml:27:15 错误 GK112 goals[0].indicator");
    }

    @Test
    void newUnitInANewYearWritesTheYearWithTheNewestYearsFramework() throws IOException {
        Run run = run("new", "unit", "--year", "2023", "--code", "425001", "--name", "唐山市丰润区融媒体中心本级", "--content", content.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        assertThat(created()).containsExactly("2023/425001/measures.md", "2023/425001/overall.md", "2023/425001/unit.yaml", "2023/year.yaml");
        assertThat(run.out()).contains("新的年度，采用指标体系 output-benefit-satisfaction");
        assertThat(read("2023/year.yaml")).startsWith("# yaml-language-server: $schema=../../schemas/year.schema.json\n")
                .endsWith("framework: output-benefit-satisfaction\n");
        assertThat(read("2023/425001/unit.yaml")).contains("region:\n");
        assertThat(validate()).noneMatch(d -> d.startsWith("2023/year.yaml"));
    }

    @Test
    void newUnitInANewYearTakesTheFrameworkAsked() throws IOException {
        Run run = run("new", "unit", "--year", "2023", "--code", "425001", "--name", "某单位", "--framework", "output-cost-benefit-satisfaction",
                "--content", content.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        assertThat(read("2023/year.yaml")).endsWith("framework: output-cost-benefit-satisfaction\n");
    }

    // ---- new project ----------------------------------------------------------------------------------------------

    @Test
    void newProjectWritesAFormWhichValidateListsAsToBeFilledIn() throws IOException {
        Run run = run("new", "project", "--year", "2022", "--unit", "425001", "--code", NEW_CODE, "--name", "项目名称", "--order", "7",
                "--content", content.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        String path = "2022/425001/projects/" + NEW_CODE + ".yaml";
        assertThat(created()).containsExactly(path);
        String text = read(path);
        assertThat(text.lines().findFirst()).contains(PROJECT_SCHEMA_LINE);
        assertThat(schemaOf(path)).isRegularFile().isEqualTo(tmp.resolve("schemas/project.schema.json"));
        assertThat(text).contains("code: " + NEW_CODE + "\n", "name: 项目名称\n", "order: 7\n",
                "  - level1: 产出指标\n    level2:        # 二级指标，可填：数量指标、质量指标、时效指标、成本指标",
                "  - level1: 效益指标\n", "  - level1: 满意度指标\n    level2:        # 二级指标，可填：服务对象满意度指标");

        assertThat(validate()).containsExactly(
                path + ":13:9 错误 GK112 budget.total",
                path + ":14:10 错误 GK112 budget.fiscal",
                path + ":17:9 错误 GK112 purpose",
                path + ":20:3 警告 GK304 spending_plan",
                path + ":25:6 错误 GK112 goal",
                path + ":33:12 错误 GK112 indicators[0].level3",
                path + ":35:11 错误 GK112 indicators[0].value",
                path + ":39:12 错误 GK112 indicators[1].level3",
                path + ":41:11 错误 GK112 indicators[1].value",
                path + ":45:12 错误 GK112 indicators[2].level3",
                path + ":47:11 错误 GK112 indicators[2].value");
    }

    @Test
    void aFilledInProjectValidatesCleanly() throws IOException {
        run("new", "project", "--year", "2022", "--unit", "425001", "--code", NEW_CODE, "--name", "项目名称", "--content", content.toString());
        String path = "2022/425001/projects/" + NEW_CODE + ".yaml";
        Files.writeString(content.resolve(path),
                SchemaAgreementTest.filledProject(new Skeletons.File(path, read(path))).text(), StandardCharsets.UTF_8);

        Run run = run("validate", "--strict", "--content", content.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
    }

    @Test
    void newProjectFollowsTheYearsFramework() throws IOException {
        run("new", "unit", "--year", "2023", "--code", "425001", "--name", "某单位", "--framework", "output-cost-benefit-satisfaction",
                "--content", content.toString());

        Run run = run("new", "project", "--year", "2023", "--unit", "425001", "--code", "13020823P00908810002X", "--name", "运行维护费",
                "--content", content.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        String text = read("2023/425001/projects/13020823P00908810002X.yaml");
        assertThat(text).contains("order:\n", "每个项目都要有产出指标、效益指标、满意度指标；还可以有成本指标。",
                "  - level1: 产出指标\n    level2:        # 二级指标，可填：数量指标、质量指标、时效指标（")
                .doesNotContain("level1: 成本指标");
        assertThat(validate()).filteredOn(d -> d.startsWith("2023/425001/projects/"))
                .allMatch(d -> d.contains(" GK112 ") || d.contains(" GK304 ")).hasSize(11);
    }

    @Test
    void newProjectFollowsTheUnitsOwnFormAndFramework() throws IOException {
        run("new", "unit", "--year", "2022", "--code", "430102", "--name", "某单位", "--content", content.toString());
        Path unit = content.resolve("2022/430102/unit.yaml");
        Files.writeString(unit, read("2022/430102/unit.yaml") + "form: hunan-style\nframework: cost-output-benefit-satisfaction\n",
                StandardCharsets.UTF_8);

        Run run = run("new", "project", "--year", "2022", "--unit", "430102", "--code", "430102220001", "--name", "某项目",
                "--content", content.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(Main.OK);
        String text = read("2022/430102/projects/430102220001.yaml");
        assertThat(text).contains("# 表式：湖南样式 项目支出绩效目标申报表（content/forms/hunan-style.yaml）", "# 项目分类（必填）",
                "  total:         # 年度预算（预算数，必填）", "# 财政部门审核意见（必填）", "review:\n",
                "本单位的指标体系是“成本、产出、效益、满意度指标体系", "  - level1: 成本指标\n", "    standard:      # 绩效标准（必填）")
                .doesNotContain("spending_plan", "description", "basis");
        assertThat(run.out()).contains("还要填写：项目分类、项目实施期、年度预算、其中：财政资金、资金用途、年度绩效目标、财政部门审核意见，"
                + "以及每项绩效指标的三级指标、指标值及单位、绩效标准");
    }

    @Test
    void theLongestCodesTheValidatorAcceptsAreAccepted() throws IOException {
        String unit = "U".repeat(20);
        String project = "13020822" + "P".repeat(32);
        assertThat(run("new", "unit", "--year", "2022", "--code", unit, "--name", "某单位", "--content", content.toString()).code())
                .isEqualTo(Main.OK);
        assertThat(run("new", "project", "--year", "2022", "--unit", unit, "--code", project, "--name", "某项目",
                "--content", content.toString()).code()).isEqualTo(Main.OK);

        assertThat(validate()).allMatch(d -> d.contains(" GK112 ") || d.contains(" GK304 ") || d.contains(" GK409 "));
    }

    // ---- refusals -------------------------------------------------------------------------------------------------

    @Test
    void anExistingUnitIsNeverOverwritten() throws IOException {
        String before = read("2022/425001/unit.yaml");

        Run run = run("new", "unit", "--year", "2022", "--code", "425001", "--name", "某单位", "--content", content.toString());

        assertRefused(run, "文件已经存在，不会覆盖", "2022/425001/unit.yaml");
        assertThat(read("2022/425001/unit.yaml")).isEqualTo(before);
    }

    @Test
    void anExistingProjectIsNeverOverwritten() throws IOException {
        String path = "2022/425001/projects/13020822P00908810002X.yaml";
        String before = read(path);

        Run run = run("new", "project", "--year", "2022", "--unit", "425001", "--code", "13020822P00908810002X", "--name", "某项目",
                "--content", content.toString());

        assertRefused(run, "文件已经存在，不会覆盖");
        assertThat(read(path)).isEqualTo(before);
    }

    @Test
    void aProjectCodeUsedByAnotherUnitOfTheYearIsRefused() {
        run("new", "unit", "--year", "2022", "--code", "425002", "--name", "某单位", "--content", content.toString());
        List<String> before = created();

        Run run = run("new", "project", "--year", "2022", "--unit", "425002", "--code", "13020822P00908810002X", "--name", "某项目",
                "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("已经用过", "425001/projects/13020822P00908810002X.yaml", "没有新建任何文件");
        assertThat(created()).isEqualTo(before);
    }

    @Test
    void badValuesAreRefusedWithTheValidatorsRules() {
        assertRefused(run("new", "unit", "--year", "22", "--code", "425-002", "--name", "某单位", "--region", "13020",
                "--content", content.toString()), "年度“22”", "单位编码“425-002”只能由数字和英文字母组成", "行政区划代码“13020”应当是 6 位数字");
        assertRefused(run("new", "project", "--year", "2022", "--unit", "425001", "--code", "13020822-P0001", "--name", "某项目",
                "--content", content.toString()), "项目编码“13020822-P0001”只能由数字和英文字母组成");
        assertRefused(run("new", "project", "--year", "2022", "--unit", "425001", "--code", "1".repeat(41), "--name", "某项目",
                "--content", content.toString()), "最多 40 个");
        assertRefused(run("new", "unit", "--year", "2022", "--code", "U".repeat(21), "--name", "某单位", "--content", content.toString()),
                "最多 20 个");
        assertRefused(run("new", "project", "--year", "2022", "--unit", "425001", "--code", NEW_CODE, "--name", "某项目", "--order", "0",
                "--content", content.toString()), "序号“0”应当是正整数");
        assertRefused(run("new", "unit", "--year", "2022", "--code", "425002", "--name", "第一行\n第二行", "--content", content.toString()),
                "单位名称中不能有换行");
        assertRefused(run("new", "project", "--content", content.toString()),
                "请用 --year 指定年度", "请用 --unit 指定单位编码", "请用 --code 指定项目编码", "请用 --name 指定项目名称");
    }

    @Test
    void aProjectNeedsItsUnitFolder() {
        assertRefused(run("new", "project", "--year", "2022", "--unit", "425009", "--code", NEW_CODE, "--name", "某项目",
                "--content", content.toString()), "找不到单位文件夹", "gongkai new unit");
        assertRefused(run("new", "project", "--year", "2024", "--unit", "425001", "--code", NEW_CODE, "--name", "某项目",
                "--content", content.toString()), "找不到单位文件夹");
    }

    @Test
    void frameworksMustExistAndAnExistingYearKeepsItsOwn() {
        assertRefused(run("new", "unit", "--year", "2023", "--code", "425001", "--name", "某单位", "--framework", "output",
                "--content", content.toString()), "找不到指标体系“output”", "output-benefit-satisfaction、output-cost-benefit-satisfaction");
        assertRefused(run("new", "unit", "--year", "2023", "--code", "425001", "--name", "某单位", "--framework", "../site",
                "--content", content.toString()), "指标体系“../site”应当是 frameworks 文件夹中的文件名");
        assertRefused(run("new", "unit", "--year", "2022", "--code", "425002", "--name", "某单位", "--framework",
                "output-cost-benefit-satisfaction", "--content", content.toString()),
                "2022 年度已经有 year.yaml（采用指标体系 output-benefit-satisfaction）");
    }

    @Test
    void aMissingContentFolderIsRefused() {
        Run run = run("new", "unit", "--year", "2022", "--code", "425002", "--name", "某单位", "--content", tmp.resolve("没有").toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("找不到内容文件夹");
        assertThat(tmp.resolve("没有")).doesNotExist();
    }

    @Test
    void nothingIsCreatedOutsideTheContentFolderThroughALink() throws IOException {
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        Files.createSymbolicLink(content.resolve("2023"), outside);

        Run run = run("new", "unit", "--year", "2023", "--code", "425001", "--name", "某单位", "--content", content.toString());

        assertRefused(run, "是指向内容文件夹以外的链接");
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void withoutSchemasBesideTheContentTheOutputSaysSo() throws IOException {
        Path bare = Files.createDirectories(tmp.resolve("elsewhere/content"));
        copy(Path.of("content"), bare);

        Run run = run("new", "unit", "--year", "2022", "--code", "425002", "--name", "某单位", "--content", bare.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).contains("注意：内容文件夹旁边没有 schemas 文件夹");
    }

    @Test
    void newNeedsASubcommandAndExplainsItselfInChinese() {
        Run none = run("new");
        assertThat(none.code()).isEqualTo(Main.USAGE);
        assertThat(none.err()).contains("请指定要新建的是 unit（单位）还是 project（项目）");

        Run help = run("new", "project", "--help");
        assertThat(help.code()).isEqualTo(Main.OK);
        assertThat(help.out()).contains("新建一个项目绩效目标表", "--order", "序号");
        assertThat(run("--help").out()).contains("new");
    }

    // ---- YAML scalars ---------------------------------------------------------------------------------------------

    /** A name is written so that it reads back unchanged, whatever characters it has. */
    @ParameterizedTest
    @ValueSource(strings = {"某单位", "某单位: 一部", "#1 项目", "- 项目", "“智慧丰润”APP", "yes", "null", "~", "30.00", "2022",
        "0x1F", "项目 [一期]", "a \"引号\" b", "反斜杠\\", "项目，其他", "项目 # 注释", "&锚", "*别名", "!标签", "|竖线", ">大于", "%百分", "@符号",
        "`反引号`", "？问号", "?问号", "项目：一期"})
    void namesReadBackUnchanged(String name) {
        String yaml = "name: " + Skeletons.scalar(name) + "\n";
        Diagnostics diagnostics = new Diagnostics();
        Node.Mapping root = (Node.Mapping) YamlReader.read(new SourceFile("x.yaml", yaml), diagnostics).orElseThrow();

        assertThat(diagnostics.sorted()).as(yaml).isEmpty();
        assertThat(((Node.Scalar) root.entry("name").orElseThrow().value()).text()).as(yaml).isEqualTo(name);
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.out() + run.err()).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    private void assertRefused(Run run, String... parts) {
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains(parts).contains("没有新建任何文件");
        assertThat(run.out()).doesNotContain("已新建");
        assertThat(created()).as("nothing was written").isEmpty();
    }

    /** The files of the content copy that are not in the bundled content, sorted. */
    private List<String> created() {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String rel = content.relativize(f).toString().replace('\\', '/');
                if (!Files.exists(Path.of("content").resolve(rel))) {
                    paths.add(rel);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths.stream().sorted().toList();
    }

    private String read(String path) throws IOException {
        return Files.readString(content.resolve(path), StandardCharsets.UTF_8);
    }

    /** The file that the schema line of {@code path} points at. */
    private Path schemaOf(String path) throws IOException {
        String first = read(path).lines().findFirst().orElseThrow();
        return content.resolve(path).getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
    }

    /** {@code validate --format json} on the copy: each problem as {@code path[:line:col] 严重程度 code field}. */
    private List<String> validate() throws IOException {
        Run run = run("validate", "--format", "json", "--content", content.toString());
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> problems = new ArrayList<>();
        for (JsonNode d : report.path("diagnostics")) {
            String file = d.path("file").asText();
            file = file.substring(file.indexOf("content/") + "content/".length());
            String at = d.path("line").isNull() ? "" : ":" + d.path("line").asInt() + ":" + d.path("column").asInt();
            problems.add(file + at + " " + (d.path("severity").asText().equals("error") ? "错误" : "警告") + " "
                    + d.path("code").asText() + " " + (d.path("field").isNull() ? "null" : d.path("field").asText()));
        }
        assertThat(run.code()).isEqualTo(problems.stream().anyMatch(p -> p.contains(" 错误 ")) ? Main.CONTENT_ERRORS : Main.OK);
        return problems;
    }

    private static void copy(Path from, Path to) throws IOException {
        TreeMap<Path, Path> targets = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(f -> targets.put(f, to.resolve(from.relativize(f).toString())));
        }
        for (var e : targets.entrySet()) {
            if (Files.isDirectory(e.getKey())) {
                Files.createDirectories(e.getValue());
            } else {
                Files.copy(e.getKey(), e.getValue());
            }
        }
    }
}
