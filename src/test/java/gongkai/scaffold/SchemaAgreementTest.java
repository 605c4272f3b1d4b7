package gongkai.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import gongkai.Gongkai;
import gongkai.check.ContentFixture;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.format.ContentFormat;
import gongkai.format.FieldDef;
import gongkai.format.FieldDef.Need;
import gongkai.format.Schemas;
import gongkai.model.FiscalYear;
import gongkai.model.Form;
import gongkai.model.Framework;
import gongkai.source.TreeFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code schemas/} and the validator agree: for every fixture file, the schema accepts the file
 * exactly when {@code gongkai validate} reports none of the errors the schemas express (field types GK111, required
 * fields GK112, unknown keys GK113, value forms GK114) in that file. Every other rule is the validator's alone; each
 * is listed in {@link #VALIDATOR_ONLY} with the reason a schema of one file cannot express it, and the invalid fixtures
 * of those rules are shown to be accepted by the schema (it does not pretend to check them).
 *
 * <p>Fixtures: the bundled content, the skeletons of {@code gongkai new} (blank and filled in), the invalid fixtures of
 * {@code src/test/resources/invalid/}, this test's own cases, the documented gaps, and mechanical mutations of a file
 * of every kind.
 */
class SchemaAgreementTest {

    /** The validator's rules that the schemas express. */
    static final Set<Code> SCHEMA_RULES = EnumSet.of(Code.GK111, Code.GK112, Code.GK113, Code.GK114);

    /** The rules only the validator checks, and why a JSON Schema of one YAML file cannot. */
    static final Map<Code, String> VALIDATOR_ONLY = Map.ofEntries(
            Map.entry(Code.GK001, "读取文件时的意外错误，不是文件内容的问题"),
            Map.entry(Code.GK101, "YAML 语法错误：文件读不成 JSON，由编辑器的 YAML 解析器报告"),
            Map.entry(Code.GK102, "同一字段写了两次：读成 JSON 时只剩一个，由编辑器的 YAML 解析器报告"),
            Map.entry(Code.GK103, "文件的编码：模式检查的是已经读出的文字"),
            Map.entry(Code.GK104, "文件中的字符：在读出值之前检查，包括写成转义的字符"),
            Map.entry(Code.GK105, "文件的大小：在读文件之前检查"),
            Map.entry(Code.GK106, "每行的长度：在解析之前检查"),
            Map.entry(Code.GK107, "符号链接：涉及文件是什么，不是文件内容"),
            Map.entry(Code.GK108, "别名、锚点和标签：读成 JSON 后已经看不出来"),
            Map.entry(Code.GK115, "只有看不见的字符：JSON Schema 的正则表达式在各编辑器中对 Unicode 空白的理解不一致"),
            Map.entry(Code.GK121, "缺少文件：涉及文件夹中有哪些文件"),
            Map.entry(Code.GK122, "文件名、文件夹名与编码：涉及文件所在的位置"),
            Map.entry(Code.GK123, "不认识的文件：涉及文件夹中有哪些文件"),
            Map.entry(Code.GK124, "Markdown 文件：不是 YAML"),
            Map.entry(Code.GK125, "Markdown 文件：不是 YAML"),
            Map.entry(Code.GK126, "Markdown 文件：不是 YAML"),
            Map.entry(Code.GK127, "Markdown 文件：不是 YAML"),
            Map.entry(Code.GK128, "编码能否作为文件名：JSON Schema 的正则表达式没有不分大小写的写法"),
            Map.entry(Code.GK129, "取决于同一年度的其他编码"),
            Map.entry(Code.GK130, "Markdown 文件：不是 YAML"),
            Map.entry(Code.GK201, "取决于 frameworks 文件夹中有哪些指标体系"),
            Map.entry(Code.GK202, "取决于同一年度的其他项目文件"),
            Map.entry(Code.GK203, "取决于 year.yaml 选用的指标体系文件"),
            Map.entry(Code.GK204, "取决于 year.yaml 选用的指标体系文件"),
            Map.entry(Code.GK205, "取决于 year.yaml 选用的指标体系文件"),
            Map.entry(Code.GK206, "指标值的含义（比较符号后的数字和单位）由 Gongkai 的指标值解析判断"),
            Map.entry(Code.GK207, "两个字段之间的关系（指标值类型与指标值）"),
            Map.entry(Code.GK301, "几个金额之间的算术"),
            Map.entry(Code.GK302, "各月份之间的比较"),
            Map.entry(Code.GK303, "百分数的数值范围：30%、30、30％ 等写法由 validate 按数值比较"),
            Map.entry(Code.GK304, "各月份之间的关系（最后填写的月份是否 100%）"),
            Map.entry(Code.GK305, "取决于年度文件夹和 unit.yaml 的行政区划代码"),
            Map.entry(Code.GK306, "取决于 unit.yaml 的行政区划代码"),
            Map.entry(Code.GK401, "不同数字之间的交叉检查"),
            Map.entry(Code.GK402, "不同数字之间的交叉检查"),
            Map.entry(Code.GK403, "指标值与年度的交叉检查"),
            Map.entry(Code.GK404, "指标值与资金支出计划的交叉检查"),
            Map.entry(Code.GK405, "指标值的含义（满意度的数值）"),
            Map.entry(Code.GK406, "两个字段之间的关系（满意度指标与其依据）"),
            Map.entry(Code.GK407, "取决于本单位的全部项目文件"),
            Map.entry(Code.GK307, "比较两个日期的先后"),
            Map.entry(Code.GK408, "计算两个日期之间的天数"),
            Map.entry(Code.GK409, "取决于几个字段是否都已填写，以及是否写明了原因"),
            Map.entry(Code.GK410, "取决于往年的项目文件"),
            Map.entry(Code.GK411, "取决于同一年度的其他项目文件"));

    /**
     * Parts of the schemas' rules that depend on the form in force, which a schema of one file cannot know: a field
     * the form lacks (GK113 on a key the content format declares) and a blank or missing field that the form makes
     * required (GK112 on a field the format declares {@link Need#FORM}). The schemas accept both; only the validator
     * reports them.
     */
    static boolean formDependent(Diagnostic d, SchemaCheck.Kind kind) {
        FieldDef file = ContentFormat.FILES.get(kind.schemaFile.replace(Schemas.SUFFIX, ""));
        if (d.code() == Code.GK112) {
            return resolve(file, d.field()).filter(f -> f.need() == Need.FORM).isPresent();
        }
        if (d.code() == Code.GK113) {
            int dot = d.field().lastIndexOf('.');
            Optional<FieldDef> parent = dot < 0 ? Optional.of(file) : resolve(file, d.field().substring(0, dot));
            return parent.filter(p -> p.keys().contains(d.field().substring(dot + 1))).isPresent();
        }
        return false;
    }

    /**
     * Relations between two fields of one file that the validator reports as GK114 and a JSON Schema (draft-07) cannot
     * express, by the field they are reported on.
     */
    static final Map<String, String> RELATIONS = Map.of(
            "aliases\\..*", "别名所代表的二级指标要在同一指标体系的 level1 中（指标体系的两个字段之间的关系）",
            "(project|unit_table)\\.(required|optional)", "表式的 required、optional 只能写同一张表的 fields 或 columns 中已有的字段名");

    static boolean relation(Diagnostic d) {
        return d.code() == Code.GK114 && RELATIONS.keySet().stream().anyMatch(r -> d.field().matches(r));
    }

    /** The declaration of {@code field} ({@code indicators[0].value}, {@code project.fields.budget.total}) in {@code def}. */
    static Optional<FieldDef> resolve(FieldDef def, String field) {
        String rest = field.replaceFirst("^\\[\\d+\\]", "");
        if (rest.isEmpty()) {
            return Optional.of(def);
        }
        rest = rest.startsWith(".") ? rest.substring(1) : rest;
        for (FieldDef c : def.children()) {
            if (rest.equals(c.key())) {
                return Optional.of(c);
            }
            if (rest.startsWith(c.key() + ".") || rest.startsWith(c.key() + "[")) {
                Optional<FieldDef> found = resolve(c, rest.substring(c.key().length()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The validator's diagnostics of a file that its schema should agree with. */
    static List<Diagnostic> schemaRuled(List<Diagnostic> inFile, SchemaCheck.Kind kind) {
        return inFile.stream().filter(d -> SCHEMA_RULES.contains(d.code()) && !formDependent(d, kind) && !relation(d)).toList();
    }

    private static final Path BUNDLED = Path.of("content");
    private static final String NEW_PROJECT = "2022/425001/projects/13020822P00999910001A.yaml";

    @TempDir
    Path tmp;

    // ---- the rule families -----------------------------------------------------------------------------------------

    @Test
    void everyRuleIsExpressedByTheSchemasOrDocumentedAsTheValidatorsAlone() {
        assertThat(SCHEMA_RULES).doesNotContainAnyElementsOf(VALIDATOR_ONLY.keySet());
        Set<Code> all = EnumSet.copyOf(SCHEMA_RULES);
        all.addAll(VALIDATOR_ONLY.keySet());
        assertThat(all).containsExactlyInAnyOrder(Code.values());
    }

    // ---- fixtures judged by both ----------------------------------------------------------------------------------

    enum Expect {
        /** Both accept the file (for several files: every one). */
        ACCEPT,
        /** Both reject the file (for several files: at least one). */
        REJECT,
        /**
         * The validator rejects the file only for what depends on the form in force ({@link #formDependent}); the
         * schema accepts it.
         */
        FORM,
        /** An invalid fixture of the validator's tests: {@link #REJECT}, or {@link #FORM} when that is all it shows. */
        INVALID,
        /**
         * A documented gap: the validator rejects the spelling of a number or a boolean (GK114) that the JSON view no
         * longer has (+30.00 and 30.00 are both the number 30), so the schema accepts it.
         */
        GAP
    }

    /**
     * One content folder and the YAML files in it to judge.
     *
     * @param fields for a rejected skeleton, the fields both must name
     */
    record Fixture(String name, Supplier<ContentFixture> content, List<String> targets, Expect expect, Set<String> fields) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fixture> fixtures() {
        return Stream.of(bundled(), formFixtures(), skeletons(), invalidCases(), ownCases(), gaps()).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theSchemaAcceptsAFileExactlyWhenTheValidatorFindsNoErrorOfTheSchemasRules(Fixture f) throws IOException {
        Path content = f.content().get().writeTo(tmp);
        List<Diagnostic> all = Gongkai.check(content).diagnostics().sorted();

        int rejected = 0;
        int formOnly = 0;
        for (String target : f.targets()) {
            String file = "content/" + target;
            List<Diagnostic> inFile = all.stream().filter(d -> d.position().file().equals(file)).toList();
            SchemaCheck.Kind kind = SchemaCheck.Kind.of(target).orElseThrow();
            List<String> validator = schemaRuled(inFile, kind).stream().map(d -> d.code() + " " + d.field() + ": " + d.message()).toList();
            Optional<String> json = SchemaCheck.json(Files.readAllBytes(content.resolve(target)));
            if (json.isEmpty()) {
                // Not UTF-8 or not YAML: the editor's own parser reports it; the validator does so as GK101 or GK103.
                assertThat(inFile).as("%s: %s", f, target).extracting(Diagnostic::code).containsAnyOf(Code.GK101, Code.GK103);
                continue;
            }
            List<String> schema = SchemaCheck.errors(kind, json.get());
            String both = "%s: %s%n模式：%s%n校验：%s".formatted(f, target, schema, validator);
            if (f.expect() == Expect.GAP) {
                assertThat(inFile).as(both).extracting(Diagnostic::code).contains(Code.GK114);
                assertThat(schema).as(both).isEmpty();
                continue;
            }
            assertThat(schema.isEmpty()).as(both).isEqualTo(validator.isEmpty());
            if (!schema.isEmpty()) {
                rejected++;
            } else if (inFile.stream().anyMatch(d -> SCHEMA_RULES.contains(d.code()) && formDependent(d, kind))) {
                formOnly++;
            }
            if (f.expect() == Expect.ACCEPT) {
                assertThat(schema).as(both).isEmpty();
            }
            if (!f.fields().isEmpty()) {
                // The blanks: the validator names each; the schema those that do not depend on the form.
                FieldDef declared = ContentFormat.FILES.get(kind.schemaFile.replace(Schemas.SUFFIX, ""));
                Set<String> schemaFields = schema.stream().map(e -> e.substring(0, e.indexOf(": "))).collect(Collectors.toSet());
                Set<String> validatorFields = inFile.stream().filter(d -> SCHEMA_RULES.contains(d.code())).map(Diagnostic::field)
                        .collect(Collectors.toSet());
                assertThat(validatorFields).as(both).containsExactlyInAnyOrderElementsOf(f.fields());
                assertThat(schemaFields).as(both).containsExactlyInAnyOrderElementsOf(f.fields().stream()
                        .filter(field -> resolve(declared, field).orElseThrow().need() != Need.FORM).toList());
            }
        }
        if (f.expect() == Expect.REJECT) {
            assertThat(rejected).as("%s：模式和校验都应当拒绝", f).isPositive();
        } else if (f.expect() == Expect.FORM) {
            assertThat(rejected).as("%s：模式应当接受", f).isZero();
            assertThat(formOnly).as("%s：校验应当按表式拒绝", f).isPositive();
        } else if (f.expect() == Expect.INVALID) {
            assertThat(rejected + formOnly).as("%s：校验应当拒绝，模式也拒绝或问题取决于表式", f).isPositive();
        }
    }

    /** Every YAML file of the bundled content. */
    private static Stream<Fixture> bundled() {
        Map<String, String> files = bundledFiles();
        return files.keySet().stream().filter(p -> SchemaCheck.Kind.of(p).isPresent())
                .map(p -> new Fixture("示例内容 " + p, () -> fixtureOf(files), List.of(p), Expect.ACCEPT, Set.of()));
    }

    /** The typed fixtures of the shipped forms (src/test/resources/forms/): every YAML file accepted by both. */
    private static Stream<Fixture> formFixtures() {
        return FORM_FIXTURES.stream().map(name -> {
            Map<String, String> files = formFixture(name);
            List<String> targets = files.keySet().stream().filter(p -> SchemaCheck.Kind.of(p).isPresent()).toList();
            return new Fixture("表式 " + name, () -> fixtureOf(files), targets, Expect.ACCEPT, Set.of());
        });
    }

    static final List<String> FORM_FIXTURES = List.of("chongqing-style", "expected-value", "hunan-style", "unit-overall-table");

    /** The bundled content with a typed fixture of src/test/resources/forms/ added. */
    static Map<String, String> formFixture(String name) {
        Map<String, String> files = new TreeMap<>(bundledFiles());
        String text = SchemaCheck.read(Path.of("src/test/resources/forms/" + name + ".txt"));
        Matcher m = Pattern.compile("^-- (\\S+) --$", Pattern.MULTILINE).matcher(text);
        List<int[]> heads = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        while (m.find()) {
            heads.add(new int[] {m.start(), m.end()});
            paths.add(m.group(1));
        }
        for (int i = 0; i < heads.size(); i++) {
            int end = i + 1 < heads.size() ? heads.get(i + 1)[0] : text.length();
            files.put(paths.get(i), text.substring(heads.get(i)[1] + 1, end));
        }
        assertThat(paths).as(name).isNotEmpty();
        return files;
    }

    /** The skeletons of gongkai new: rejected at exactly the blanks the clerk must fill in, accepted once filled in. */
    private static Stream<Fixture> skeletons() {
        Map<String, String> files = bundledFiles();
        Framework fw2022 = framework(files, 2022);
        Form form2022 = form(files, 2022);
        Skeletons.File project = Skeletons.project(2022, "425001", "13020822P00999910001A", "项目名称", OptionalInt.of(7), fw2022, form2022, "本年度");
        List<Skeletons.File> unit = Skeletons.unit(2022, "425002", "某单位", Optional.of("130208"), form2022, fw2022);
        Skeletons.File unitYaml = unit.get(0);

        Skeletons.File year2023 = Skeletons.year(2023, "output-cost-benefit-satisfaction", Optional.empty());
        Map<String, String> with2023 = new TreeMap<>(files);
        with2023.put(year2023.path(), year2023.text());
        Framework cost = framework(with2023, 2023);
        List<Skeletons.File> unit2023 = Skeletons.unit(2023, "425001", "唐山市丰润区融媒体中心本级", Optional.of("130208"), Form.STANDARD, cost);
        Skeletons.File project2023 = Skeletons.project(2023, "425001", "13020823P00908810002X", "融媒体中心运行维护费", OptionalInt.empty(), cost, Form.STANDARD, "本年度");

        Set<String> projectBlanks = new TreeSet<>(List.of("budget.total", "budget.fiscal", "purpose", "goal"));
        for (int i = 0; i < 3; i++) {
            projectBlanks.add("indicators[" + i + "].level3");
            projectBlanks.add("indicators[" + i + "].value");
        }
        Set<String> unitBlanks = Set.of("goals[0].title", "goals[0].target", "goals[0].indicator");
        return Stream.of(
                new Fixture("new unit 的 unit.yaml（空白处待填写）", () -> fixtureOf(files, unit), List.of(unitYaml.path()), Expect.REJECT,
                        unitBlanks),
                new Fixture("new unit 的 unit.yaml（填写后）", () -> fixtureOf(files, List.of(filledUnit(unitYaml))),
                        List.of(unitYaml.path()), Expect.ACCEPT, Set.of()),
                new Fixture("new unit 新年度的 year.yaml", () -> fixtureOf(with2023), List.of(year2023.path()), Expect.ACCEPT, Set.of()),
                new Fixture("new project（产出、效益、满意度指标体系；空白处待填写）", () -> fixtureOf(files, List.of(project)),
                        List.of(project.path()), Expect.REJECT, projectBlanks),
                new Fixture("new project（产出、效益、满意度指标体系；填写后）", () -> fixtureOf(files, List.of(filledProject(project))),
                        List.of(project.path()), Expect.ACCEPT, Set.of()),
                new Fixture("new project（成本指标为一级指标的体系；空白处待填写）", () -> fixtureOf(with2023, concat(unit2023, project2023)),
                        List.of(project2023.path()), Expect.REJECT, projectBlanks),
                new Fixture("new project（成本指标为一级指标的体系；填写后）",
                        () -> fixtureOf(with2023, concat(List.of(filledUnit(unit2023.get(0))), filledProject(project2023))),
                        List.of(project2023.path(), unit2023.get(0).path()), Expect.ACCEPT, Set.of()));
    }

    /** The invalid fixtures of the validator's own tests: rejected by both, or accepted by the schema for a documented reason. */
    private static Stream<Fixture> invalidCases() {
        Pattern header = Pattern.compile("^-- (\\S+?)(?: \\((gbk|delete|folder)\\))? --$", Pattern.MULTILINE);
        Pattern code = Pattern.compile("^expect: \\S+ (?:错误|警告) (GK\\d{3})", Pattern.MULTILINE);
        List<Fixture> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/invalid"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = SchemaCheck.read(file);
                String blocks = text.substring(text.indexOf("\n-- ") + 1);
                Set<Code> codes = EnumSet.noneOf(Code.class);
                code.matcher(text).results().forEach(m -> codes.add(Code.valueOf(m.group(1))));
                List<String> targets = new ArrayList<>();
                Matcher m = header.matcher(blocks);
                while (m.find()) {
                    if (!"delete".equals(m.group(2)) && !"folder".equals(m.group(2)) && SchemaCheck.Kind.of(m.group(1)).isPresent()) {
                        targets.add(m.group(1));
                    }
                }
                Set<Code> covered = EnumSet.noneOf(Code.class);
                covered.addAll(codes);
                covered.retainAll(SCHEMA_RULES);
                List<String> reasons = new ArrayList<>();
                for (Code c : codes) {
                    if (!SCHEMA_RULES.contains(c)) {
                        assertThat(VALIDATOR_ONLY).as("%s：%s 需要写明模式为什么不检查它", file.getFileName(), c).containsKey(c);
                        reasons.add(c + " " + VALIDATOR_ONLY.get(c));
                    }
                }
                String name = "invalid/" + file.getFileName() + (covered.isEmpty() ? "（只由 validate 检查：" + String.join("；", reasons) + "）" : "");
                cases.add(new Fixture(name, () -> ContentFixture.valid().with(blocks), targets,
                        covered.isEmpty() ? Expect.ACCEPT : Expect.INVALID, Set.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(cases).hasSizeGreaterThan(40);
        return cases.stream();
    }

    /** Small cases of this test, one rule each, in the valid fixture. */
    private static Stream<Fixture> ownCases() {
        String unit = ContentFixture.UNIT_DIR + "unit.yaml";
        String project = ContentFixture.PROJECT_1;
        String framework = "frameworks/output-benefit-satisfaction.yaml";
        return Stream.of(
                own("site.yaml 缺少网站名称", "site.yaml", Expect.REJECT, t -> t.replaceFirst("title: .*\n", "")),
                own("site.yaml 的网站名称是数字", "site.yaml", Expect.ACCEPT, t -> t.replaceFirst("title: .*\n", "title: 2022\n")),
                own("site.yaml 的 PDF 字体留空", "site.yaml", Expect.ACCEPT, t -> t + "pdf_fonts:\n"),
                own("site.yaml 的 PDF 字体缺少常规字体", "site.yaml", Expect.REJECT, t -> t + "pdf_fonts:\n  bold: fonts/b.ttf\n"),
                own("site.yaml 的 PDF 字体字段名打错", "site.yaml", Expect.REJECT, t -> t + "pdf_fonts:\n  regular: fonts/r.ttf\n  bolt: b.ttf\n"),
                own("指标体系的 required 写成“是”", framework, Expect.REJECT, t -> t.replaceFirst("    required: true", "    required: 是")),
                own("指标体系的 required 加了引号", framework, Expect.ACCEPT, t -> t.replaceFirst("    required: true", "    required: \"true\"")),
                own("指标体系的二级指标留空", framework, Expect.REJECT, t -> t.replaceFirst("level2: \\[服务对象满意度指标\\]", "level2:")),
                own("指标体系的二级指标是空列表", framework, Expect.ACCEPT, t -> t.replaceFirst("level2: \\[服务对象满意度指标\\]", "level2: []")),
                own("指标体系的二级指标中有空白项", framework, Expect.REJECT,
                        t -> t.replaceFirst("level2: \\[服务对象满意度指标\\]", "level2:\n      - 服务对象满意度指标\n      -")),
                own("year.yaml 的指标体系写成列表", "2022/year.yaml", Expect.REJECT, t -> t.replace("framework: ", "framework:\n  - ")),
                own("year.yaml 的字段名打错", "2022/year.yaml", Expect.REJECT, t -> t.replace("framework:", "frameworks:")),
                own("year.yaml 的指标体系不存在（GK201，只由 validate 检查）", "2022/year.yaml", Expect.ACCEPT,
                        t -> t.replace("output-benefit-satisfaction", "output-benefit")),
                own("单位编码有连字符", unit, Expect.REJECT, t -> t.replace("code: \"425001\"", "code: 425-001")),
                own("单位编码没有加引号", unit, Expect.ACCEPT, t -> t.replace("code: \"425001\"", "code: 425001")),
                own("行政区划代码只有 5 位", unit, Expect.REJECT, t -> t.replace("region: \"130208\"", "region: \"13020\"")),
                own("行政区划代码没有加引号", unit, Expect.ACCEPT, t -> t.replace("region: \"130208\"", "region: 130208")),
                own("单位的项目预算合计留空", unit, Expect.ACCEPT, t -> t.replace("goals:", "total:\ngoals:")),
                own("单位的项目预算合计有千分位逗号", unit, Expect.REJECT, t -> t.replace("goals:", "total: \"1,039.32\"\ngoals:")),
                own("单位的分项绩效目标是空列表", unit, Expect.ACCEPT, t -> t.substring(0, t.indexOf("goals:")) + "goals: []\n"),
                own("分项绩效目标缺少绩效指标", unit, Expect.REJECT, t -> t.replaceFirst("\n    indicator: IPTV.*", "")),
                own("延续的往年项目编码留空", project, Expect.ACCEPT, t -> t + "continues:\n"),
                own("延续的往年项目编码不存在（GK410，只由 validate 检查）", project, Expect.ACCEPT,
                        t -> t + "continues: 13020821P00908810002X\n"),
                own("延续的往年项目编码全是数字", project, Expect.ACCEPT, t -> t + "continues: 1302082100908810002\n"),
                own("延续的往年项目编码有连字符", project, Expect.REJECT, t -> t + "continues: 13020821-P00908810002X\n"),
                own("延续的往年项目编码写成列表", project, Expect.REJECT, t -> t + "continues:\n  - 13020821P00908810002X\n"),
                own("项目文件是列表", project, Expect.REJECT, t -> "- code: 13020822P00908810002X\n"),
                own("项目文件是空的", project, Expect.REJECT, t -> "# 还没有填写\n"),
                own("序号为 0", project, Expect.REJECT, t -> t.replace("order: 1", "order: 0")),
                own("序号加了引号", project, Expect.ACCEPT, t -> t.replace("order: 1", "order: \"1\"")),
                own("序号写成文字", project, Expect.REJECT, t -> t.replace("order: 1", "order: 第一")),
                own("序号有 6 位", project, Expect.REJECT, t -> t.replace("order: 1", "order: 100000")),
                own("其他资金写 0", project, Expect.ACCEPT, t -> t.replace("  other:  ", "  other: 0")),
                own("预算数有 7 位小数", project, Expect.REJECT,
                        t -> t.replace("total: 30.00", "total: 30.0000001").replace("fiscal: 30.00", "fiscal: 30.0000001")),
                own("预算数是负数", project, Expect.REJECT, t -> t.replace("total: 30.00", "total: -30.00")),
                own("预算数有 13 位整数", project, Expect.REJECT, t -> t.replace("total: 30.00", "total: 1000000000000")),
                own("预算数写成文字", project, Expect.REJECT, t -> t.replace("total: 30.00", "total: 三十万元")),
                own("预算数留空", project, Expect.REJECT, t -> t.replace("total: 30.00", "total:")),
                own("预算规模写成一段文字", project, Expect.REJECT, t -> t.replaceFirst("budget:\n(  .*\n){3}", "budget: 30.00\n")),
                own("支出进度写成“三成”", project, Expect.REJECT, t -> t.replace("jun: 30%", "jun: 三成")),
                own("支出进度没有百分号", project, Expect.ACCEPT, t -> t.replace("jun: 30%", "jun: 30")),
                own("支出进度用全角百分号", project, Expect.ACCEPT, t -> t.replace("jun: 30%", "jun: 30％")),
                own("支出进度有小数", project, Expect.ACCEPT, t -> t.replace("jun: 30%", "jun: 30.5%")),
                own("支出进度是负数", project, Expect.REJECT, t -> t.replace("jun: 30%", "jun: -30")),
                own("支出进度超过 100%（GK303，只由 validate 检查）", project, Expect.ACCEPT, t -> t.replace("dec: 100%", "dec: 120%")),
                own("支出计划多了 4月底", project, Expect.REJECT, t -> t.replace("  jun: 30%", "  apr: 10%\n  jun: 30%")),
                own("支出计划留空（表式中必填，只由 validate 检查）", project, Expect.FORM, t -> t.replaceFirst("spending_plan:\n(  .*\n){4}", "spending_plan:\n")),
                own("指标值类型写成“定级”", project, Expect.REJECT, t -> t.replace("value: ≥95%\n", "value: ≥95%\n    value_type: 定级\n")),
                own("指标值类型是“定量”", project, Expect.ACCEPT, t -> t.replace("value: ≥95%\n", "value: ≥95%\n    value_type: 定量\n")),
                own("指标值类型留空", project, Expect.ACCEPT, t -> t.replace("value: ≥95%\n", "value: ≥95%\n    value_type:\n")),
                own("可选的列都填写", project, Expect.ACCEPT, t -> t.replace("value: ≥95%\n",
                        "value: ≥95%\n    score: 10分\n    explanation: 运行正常的天数占比\n    measure_unit: \"%\"\n")),
                own("绩效指标是空列表", project, Expect.REJECT, t -> t.substring(0, t.indexOf("indicators:")) + "indicators: []\n"),
                own("绩效指标的一行是文字", project, Expect.REJECT, t -> t.replace("indicators:\n", "indicators:\n  - 完成项目数量\n")),
                own("指标值是数字", project, Expect.ACCEPT, t -> t.replace("value: ≥1个", "value: 1")),
                own("指标值留空（表式中必填，只由 validate 检查）", project, Expect.FORM, t -> t.replace("value: ≥1个", "value:")),
                own("一级指标分值", project, Expect.ACCEPT, t -> t + "level1_scores:\n  产出指标: 50分\n  效益指标: 30分\n  满意度指标: 20分\n"),
                own("一级指标分值留空", project, Expect.REJECT, t -> t + "level1_scores:\n  产出指标:\n"),
                own("一级指标分值写成列表", project, Expect.REJECT, t -> t + "level1_scores:\n  - 50分\n"),
                own("一级指标分值的一级指标不在指标体系中（GK203，只由 validate 检查）", project, Expect.ACCEPT,
                        t -> t + "level1_scores:\n  成本指标: 10分\n"),
                own("一级指标不在指标体系中（GK203，只由 validate 检查）", project, Expect.ACCEPT,
                        t -> t.replace("level1: 效益指标", "level1: 效果指标")),
                own("表式中没有的表头栏目（GK113，随表式，只由 validate 检查）", project, Expect.FORM, t -> t + "category: 一般性项目\n"),
                own("表式中没有的整体绩效目标表（GK113，随表式，只由 validate 检查）", "2022/425001/unit.yaml", Expect.FORM,
                        t -> t + "unit_table:\n  duties: 职责\n  indicators:\n    - level1: 产出指标\n      level3: 完成率\n      value: 100%\n"),
                form("表式", Expect.ACCEPT, t -> t),
                form("表式的列名留空", Expect.REJECT, t -> t.replace("value: 指标值", "value:")),
                form("表式的列不是 Gongkai 认识的列", Expect.REJECT, t -> t.replace("value: 指标值", "value: 指标值\n    weight: 权重")),
                form("表式缺少指标值一列", Expect.REJECT, t -> t.replace("    value: 指标值\n", "")),
                form("表式缺少预算数一栏", Expect.REJECT, t -> t.replace("    budget.total: 预算数\n", "")),
                form("表式的表头栏目写成列表", Expect.REJECT, t -> t.replaceFirst("  fields:\n(    .*\n)+", "  fields: [预算数, 绩效目标]\n")),
                form("表式的 narrative 写成“是”", Expect.REJECT, t -> t.replace("narrative: true", "narrative: 是")),
                form("表式的 required 写了表中没有的列（GK114 中两个字段的关系，只由 validate 检查）", Expect.ACCEPT,
                        t -> t.replace("  optional: [budget.other]", "  optional: [budget.other, score]")),
                own("项目编码有下划线", project, Expect.REJECT, t -> t.replace("code: 13020822P00908810002X", "code: 13020822_P00908810002X")),
                own("项目编码与文件名不符（GK122，只由 validate 检查）", project, Expect.ACCEPT,
                        t -> t.replace("code: 13020822P00908810002X", "code: 13020822P00908810002Y")));
    }

    /** Spellings of numbers and booleans that the JSON view (and so an editor) cannot see; documented in the README. */
    private static Stream<Fixture> gaps() {
        String project = ContentFixture.PROJECT_1;
        return Stream.of(
                own("已知差异：序号写成 1.0", project, Expect.GAP, t -> t.replace("order: 1", "order: 1.0")),
                own("已知差异：序号写成 01", project, Expect.GAP, t -> t.replace("order: 1", "order: 01")),
                own("已知差异：金额前写了加号", project, Expect.GAP,
                        t -> t.replace("total: 30.00", "total: +30.00").replace("fiscal: 30.00", "fiscal: +30.00")),
                own("已知差异：required 写成 yes", "frameworks/output-benefit-satisfaction.yaml", Expect.GAP,
                        t -> t.replaceFirst("    required: true", "    required: yes")));
    }

    /** A change of the bundled form file, added to the valid fixture as forms/test.yaml. */
    private static Fixture form(String name, Expect expect, UnaryOperator<String> change) {
        String path = "forms/test.yaml";
        return new Fixture(name, () -> {
            String before = SchemaCheck.read(BUNDLED.resolve("forms/hebei-fengrun.yaml"));
            String after = change.apply(before);
            assertThat(after.equals(before)).as("%s：修改没有生效", name).isEqualTo(name.equals("表式"));
            return ContentFixture.valid().with(path, after);
        }, List.of(path), expect, Set.of());
    }

    private static Fixture own(String name, String path, Expect expect, UnaryOperator<String> change) {
        return new Fixture(name, () -> {
            ContentFixture fixture = ContentFixture.valid();
            String before = fixture.text(path);
            String after = change.apply(before);
            assertThat(after).as("%s：修改没有生效", name).isNotEqualTo(before);
            return fixture.with(path, after);
        }, List.of(path), expect, Set.of());
    }

    // ---- mutations ------------------------------------------------------------------------------------------------

    /** A file of every kind, with every optional field, as the starting point of the mutations. */
    static Stream<String> mutated() {
        return Stream.of("site.yaml", "frameworks/output-benefit-satisfaction.yaml", "frameworks/output-cost-benefit-satisfaction.yaml",
                "frameworks/cost-output-benefit-satisfaction.yaml", "2022/year.yaml", "2022/425001/unit.yaml", NEW_PROJECT,
                "chongqing-style: forms/chongqing-style.yaml", "chongqing-style: 2023/500101/projects/50010123P000118.yaml",
                "unit-overall-table: forms/unit-overall-table.yaml", "unit-overall-table: 2023/130202/unit.yaml");
    }

    /**
     * Each field of the file removed, blanked, set to a word, to numbers, to a list or to a mapping; each list item
     * removed or replaced likewise; an unknown key added to each mapping. The schema and the validator must judge every
     * such file alike.
     */
    @ParameterizedTest(name = "{0} 的每一种改动")
    @MethodSource("mutated")
    void everyMutationOfAFileIsJudgedAlike(String target) {
        int colon = target.indexOf(": ");
        Map<String, String> base = colon < 0 ? richFiles() : formFixture(target.substring(0, colon));
        String path = target.substring(colon + 1).strip();
        SchemaCheck.Kind kind = SchemaCheck.Kind.of(path).orElseThrow();
        ObjectNode original = (ObjectNode) readYaml(base.get(path));
        List<ObjectNode> mutants = new ArrayList<>();
        mutate(original, original, mutants);

        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (ObjectNode mutant : mutants) {
            String text = writeYaml(mutant);
            Map<String, byte[]> files = new LinkedHashMap<>();
            base.forEach((p, t) -> files.put(p, t.getBytes(StandardCharsets.UTF_8)));
            files.put(path, text.getBytes(StandardCharsets.UTF_8));
            List<Diagnostic> validator = schemaRuled(Gongkai.check(new TreeFiles("content", files, Map.of())).diagnostics().sorted().stream()
                    .filter(d -> d.position().file().equals("content/" + path)).toList(), kind);
            List<String> schema = SchemaCheck.errors(kind, SchemaCheck.json(text.getBytes(StandardCharsets.UTF_8)).orElseThrow());
            if (schema.isEmpty() != validator.isEmpty()) {
                disagreements.add(text + "模式：" + schema + "\n校验：" + validator.stream().map(d -> d.code() + " " + d.field()).toList());
            }
            accepted += schema.isEmpty() ? 1 : 0;
        }
        assertThat(disagreements).as("%d 种改动中模式和校验判断不同的", mutants.size()).isEmpty();
        assertThat(accepted).as("有的改动仍然有效").isPositive();
        assertThat(mutants.size() - accepted).as("有的改动无效").isGreaterThan(mutants.size() / 3);
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Replacement values for a field or a list item. */
    private static List<JsonNode> replacements() {
        return List.of(NODES.nullNode(), NODES.textNode(""), NODES.textNode("文字"), NODES.textNode("30%"), NODES.numberNode(7),
                NODES.numberNode(-7), NODES.numberNode(123456.5), NODES.numberNode(1.5), NODES.arrayNode(),
                NODES.arrayNode().add("文字"), NODES.objectNode(), NODES.objectNode().put("x", "文字"));
    }

    private static void mutate(ObjectNode root, JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode object) {
            out.add(changed(root, object, o -> ((ObjectNode) o).put("x_unknown", "文字")));
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                out.add(changed(root, object, o -> ((ObjectNode) o).remove(name)));
                for (JsonNode value : replacements()) {
                    out.add(changed(root, object, o -> ((ObjectNode) o).set(name, value.deepCopy())));
                }
                mutate(root, object.get(name), out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                out.add(changed(root, array, a -> ((ArrayNode) a).remove(index)));
                for (JsonNode value : replacements()) {
                    out.add(changed(root, array, a -> ((ArrayNode) a).set(index, value.deepCopy())));
                }
                mutate(root, array.get(i), out);
            }
        }
    }

    /** A copy of {@code root} in which {@code change} is applied to the copy of {@code target}. */
    private static ObjectNode changed(ObjectNode root, JsonNode target, Consumer<JsonNode> change) {
        ObjectNode copy = root.deepCopy();
        change.accept(find(root, target, copy));
        return copy;
    }

    private static JsonNode find(JsonNode original, JsonNode target, JsonNode copy) {
        if (original == target) {
            return copy;
        }
        if (original.isObject()) {
            for (Iterator<String> names = original.fieldNames(); names.hasNext();) {
                String name = names.next();
                JsonNode found = find(original.get(name), target, copy.get(name));
                if (found != null) {
                    return found;
                }
            }
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                JsonNode found = find(original.get(i), target, copy.get(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * The bundled content under the standard form, plus a project and settings with every optional field, and a unit
     * total.
     */
    private static Map<String, String> richFiles() {
        Map<String, String> files = new TreeMap<>(bundledFiles());
        // The standard form, which has every column of the rich project below.
        files.put("2022/year.yaml", files.get("2022/year.yaml").replaceFirst("(?m)^form: .*\n", ""));
        files.put("site.yaml", files.get("site.yaml") + """
                pdf_fonts:
                  regular: fonts/NotoSansSC-Regular.ttf
                  regular_name: Noto Sans SC
                  bold: fonts/NotoSansSC-Bold.ttf
                  bold_name: Noto Sans SC Bold
                """);
        files.put("2022/425001/unit.yaml", files.get("2022/425001/unit.yaml").replace("goals:", "total: 119.93\ngoals:"));
        files.put(NEW_PROJECT, """
                code: 13020822P00999910001A
                name: 设备更新
                order: 7
                budget:
                  total: 12.50
                  fiscal: 10.00
                  other: 2.50
                purpose: 更新播出设备
                spending_plan:
                  mar: 10%
                  jun: 40%
                  oct: 80%
                  dec: 100%
                goal: 保障安全播出
                indicators:
                  - level1: 产出指标
                    level2: 数量指标
                    level3: 更新设备数量
                    description: 更新设备数量
                    value: ≥5台
                    basis: 预算安排
                    score: 50分
                    explanation: 年内完成更新的设备台数
                    measure_unit: 台
                    value_type: 定量
                  - level1: 效益指标
                    level2: 社会效益指标
                    level3: 安全播出
                    value: 全年无停播
                    value_type: 定性
                  - level1: 满意度指标
                    level3: 满意率
                    value: ≥90%
                level1_scores:
                  产出指标: 50分
                  效益指标: 30分
                  满意度指标: 20分
                """);
        return files;
    }

    // ---- the schema files -----------------------------------------------------------------------------------------

    /** Every schema, every property and every definition has a Chinese title and description, for the editor's hover. */
    @Test
    void everyPropertyHasAChineseTitleAndDescription() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Pattern han = Pattern.compile("\\p{IsHan}");
        for (SchemaCheck.Kind kind : SchemaCheck.Kind.values()) {
            JsonNode schema = json.readTree(SchemaCheck.read(SchemaCheck.SCHEMAS.resolve(kind.schemaFile)));
            assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
            List<String> undocumented = new ArrayList<>();
            List<String> described = new ArrayList<>();
            walk(schema, kind.schemaFile, (where, node) -> {
                if (!han.matcher(node.path("title").asText()).find() || !han.matcher(node.path("description").asText()).find()) {
                    undocumented.add(where);
                } else {
                    described.add(where);
                }
            });
            assertThat(undocumented).as("没有中文标题或说明的").isEmpty();
            assertThat(described).hasSizeGreaterThan(1);
            assertThat(schema.path("additionalProperties").asBoolean(true)).as("%s 不允许未知字段", kind).isFalse();
        }
    }

    /** Calls {@code check} for the schema itself and every property, item and definition schema in it. */
    private static void walk(JsonNode schema, String where, BiConsumer<String, JsonNode> check) {
        check.accept(where, schema);
        for (String group : List.of("properties", "definitions")) {
            schema.path(group).fields().forEachRemaining(e -> walk(e.getValue(), where + "/" + group + "/" + e.getKey(), check));
        }
        if (schema.path("items").isObject() && !schema.path("items").has("$ref")) {
            walk(schema.path("items"), where + "/items", check);
        }
    }

    /** Unit and project files name their schema on the first line; every kind is also mapped in .vscode/settings.json. */
    @Test
    void bundledFilesReferenceTheirSchema() throws IOException {
        String settings = Files.readString(Path.of(".vscode/settings.json"), StandardCharsets.UTF_8);
        JsonNode schemas = new ObjectMapper().readTree(settings).path("yaml.schemas");
        for (Map.Entry<String, String> f : bundledFiles().entrySet()) {
            Optional<SchemaCheck.Kind> kind = SchemaCheck.Kind.of(f.getKey());
            if (kind.isEmpty()) {
                continue;
            }
            if (kind.get() == SchemaCheck.Kind.UNIT || kind.get() == SchemaCheck.Kind.PROJECT) {
                String first = f.getValue().lines().findFirst().orElse("");
                assertThat(first).as(f.getKey()).startsWith("# yaml-language-server: $schema=");
                Path referenced = BUNDLED.resolve(f.getKey()).getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize();
                assertThat(referenced).as(f.getKey()).isEqualTo(SchemaCheck.SCHEMAS.resolve(kind.get().schemaFile)).isRegularFile();
            }
            assertThat(schemas.path("./schemas/" + kind.get().schemaFile).isTextual()).as(".vscode/settings.json 中的 %s", kind.get()).isTrue();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    static Map<String, String> bundledFiles() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(BUNDLED)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(BUNDLED.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static ContentFixture fixtureOf(Map<String, String> files, List<Skeletons.File> extra) {
        ContentFixture fixture = fixtureOf(files);
        extra.forEach(f -> fixture.with(f.path(), f.text()));
        return fixture;
    }

    private static ContentFixture fixtureOf(Map<String, String> files) {
        ContentFixture fixture = ContentFixture.empty();
        files.forEach(fixture::with);
        return fixture;
    }

    private static List<Skeletons.File> concat(List<Skeletons.File> a, Skeletons.File b) {
        List<Skeletons.File> all = new ArrayList<>(a);
        all.add(b);
        return all;
    }

    /** The form of the first unit of {@code year} as the validator reads it from these files. */
    private static Form form(Map<String, String> files, int year) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((p, t) -> bytes.put(p, t.getBytes(StandardCharsets.UTF_8)));
        return Gongkai.check(new TreeFiles("content", bytes, Map.of())).site().orElseThrow().years().stream()
                .filter(y -> y.year() == year).findFirst().orElseThrow().units().get(0).form();
    }

    /** The framework the validator reads for {@code year} from these files. */
    private static Framework framework(Map<String, String> files, int year) {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((p, t) -> bytes.put(p, t.getBytes(StandardCharsets.UTF_8)));
        return Gongkai.check(new TreeFiles("content", bytes, Map.of())).site().orElseThrow().years().stream()
                .filter(y -> y.year() == year).map(FiscalYear::framework).findFirst().orElseThrow();
    }

    /** The unit skeleton as a clerk fills it in. */
    static Skeletons.File filledUnit(Skeletons.File skeleton) {
        return new Skeletons.File(skeleton.path(), skeleton.text()
                .replace("  - title:        #", "  - title: 新闻出版广播影视产业建设  #")
                .replace("    target:       #", "    target: 推动IPTV播控平台功能完善  #")
                .replace("    indicator:    #", "    indicator: IPTV播控平台功能完善工作大于等于90%  #"));
    }

    /** The project skeleton as a clerk fills it in: the blanks, a 100% month, every indicator row. */
    static Skeletons.File filledProject(Skeletons.File skeleton) {
        String text = skeleton.text()
                .replace("  total:         #", "  total: 30.00   #")
                .replace("  fiscal:        #", "  fiscal: 30.00  #")
                .replace("purpose:\n", "purpose: 融媒体中心运行维护费\n")
                .replace("  dec:           #", "  dec: 100%      #")
                .replace("goal:\n", "goal: 保障融媒体中心的正常运行\n")
                .replace("    level3:        #", "    level3: 运行正常运转率  #")
                .replace("    value:         #", "    value: ≥95%    #");
        assertThat(text).doesNotContain("total:         #", "level3:        #", "value:         #");
        return new Skeletons.File(skeleton.path(), text);
    }

    private static JsonNode readYaml(String text) {
        try {
            return new YAMLMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String writeYaml(JsonNode node) {
        try {
            return new YAMLMapper().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
