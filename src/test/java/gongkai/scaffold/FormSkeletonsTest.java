package gongkai.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import gongkai.Gongkai;
import gongkai.TestFiles;
import gongkai.cli.Main;
import gongkai.diag.Code;
import gongkai.check.FormChecker;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import gongkai.format.ContentFormat;
import gongkai.format.FieldDef;
import gongkai.format.Kind;
import gongkai.format.ProjectField;
import gongkai.model.Form;
import gongkai.source.SourceFile;
import gongkai.source.SourceTree;
import gongkai.source.YamlReader;
import gongkai.model.Framework;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gongkai new} for every shipped form (content/forms/) under every shipped framework: the skeletons have exactly
 * the form's header fields, unit table and columns in the form's order, {@code validate} reports each blank the clerk
 * must fill in (GK112 at its line) and nothing else, and once the blanks are filled in mechanically with a value of
 * each field's kind, {@code validate --strict} reports nothing and the schemas accept the files.
 */
class FormSkeletonsTest {

    private static final Path BUNDLED = Path.of("content");
    private static final String UNIT = "2023/425001/unit.yaml";
    private static final String PROJECT = "2023/425001/projects/13020823P00999910001A.yaml";

    @TempDir
    Path tmp;

    static Stream<Arguments> formsAndFrameworks() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String form : ids("forms")) {
            for (String framework : ids("frameworks")) {
                cases.add(Arguments.of(form, framework));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        return cases.stream();
    }

    private static List<String> ids(String folder) throws IOException {
        try (Stream<Path> files = Files.list(BUNDLED.resolve(folder))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.replaceFirst("\\.yaml$", ""))
                    .sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}（{1}）")
    @MethodSource("formsAndFrameworks")
    void theSkeletonsFollowTheFormAndValidateOnceFilledIn(String formId, String frameworkId) throws IOException {
        Path content = copy();
        Files.createDirectories(content.resolve("2023"));
        Files.writeString(content.resolve("2023/year.yaml"), "framework: " + frameworkId + "\nform: " + formId + "\n", StandardCharsets.UTF_8);

        String unitOut = run("new", "unit", "--year", "2023", "--code", "425001", "--name", "某单位", "--region", "130208",
                "--content", content.toString());
        run("new", "project", "--year", "2023", "--unit", "425001", "--code", "13020823P00999910001A", "--name", "某项目",
                "--content", content.toString());
        Form form = formOf(content, formId);
        boolean narrative = form.narrative();
        assertThat(Files.exists(content.resolve("2023/425001/overall.md"))).isEqualTo(narrative);
        assertThat(Files.exists(content.resolve("2023/425001/measures.md"))).isEqualTo(narrative);
        if (!narrative) {
            assertThat(unitOut).contains("没有新建 overall.md 和 measures.md");
        }

        // Blank: validate names exactly the blanks the comments mark 必填, each at its line, and nothing else.
        List<Diagnostic> blank = Gongkai.check(content).diagnostics().sorted();
        for (String path : List.of(UNIT, PROJECT)) {
            String text = read(content, path);
            TreeSet<Integer> expected = requiredBlankLines(text);
            TreeSet<Integer> reported = new TreeSet<>();
            blank.stream().filter(d -> d.position().file().endsWith(path) && d.code() == Code.GK112).forEach(d -> reported.add(d.position().line()));
            assertThat(reported).as("%s 中报告 GK112 的行%n%s", path, text).isEqualTo(expected).isNotEmpty();
        }
        assertThat(blank).as("空白的骨架只有待填写的问题").allMatch(d -> d.code() == Code.GK112
                || d.code() == Code.GK304 && form.project().has(ProjectField.SPENDING_PLAN) || d.code() == Code.GK409);

        // The header fields, the unit table and the columns of the form, in its order, with its printed headings.
        JsonNode project = new YAMLMapper().readTree(read(content, PROJECT));
        List<String> keys = new ArrayList<>();
        project.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(Stream.concat(Stream.concat(Stream.of("code", "name", "order"),
                form.project().fields().stream().map(f -> f.key().root()).distinct()), Stream.of("indicators", "continues")).toList());
        assertThat(names(project.path("budget"))).containsExactlyElementsOf(form.project().fields().stream()
                .filter(f -> f.key().root().equals("budget")).map(f -> f.key().leaf()).toList());
        List<String> columns = form.project().indicators().columns().stream().filter(c -> !c.whenUsed()).map(c -> c.column().key()).toList();
        for (JsonNode row : project.path("indicators")) {
            assertThat(names(row)).containsExactlyElementsOf(columns);
        }
        String projectText = read(content, PROJECT);
        form.project().fields().forEach(f -> assertThat(projectText).contains("# " + f.heading().replace("（%）", "")));
        form.project().indicators().columns().stream().filter(c -> !c.whenUsed())
                .forEach(c -> assertThat(projectText).contains(c.column().key() + " " + c.heading()));
        JsonNode unit = new YAMLMapper().readTree(read(content, UNIT));
        assertThat(unit.has("goals")).isEqualTo(narrative);
        assertThat(unit.has("unit_table")).isEqualTo(form.unitTable().isPresent());
        form.unitTable().ifPresent(t -> {
            assertThat(names(unit.path("unit_table"))).containsExactlyElementsOf(Stream.concat(
                    t.fields().stream().map(f -> f.key().key()), Stream.of("indicators")).toList());
            for (JsonNode row : unit.path("unit_table").path("indicators")) {
                assertThat(names(row)).containsExactlyElementsOf(t.indicators().columns().stream().map(c -> c.column().key()).toList());
            }
        });

        // Filled in: nothing to report, even as warnings, and the schemas agree.
        for (String path : List.of(UNIT, PROJECT)) {
            Files.writeString(content.resolve(path), fill(read(content, path), path.equals(UNIT) ? ContentFormat.UNIT : ContentFormat.PROJECT),
                    StandardCharsets.UTF_8);
            SchemaCheck.Kind kind = SchemaCheck.Kind.of(path).orElseThrow();
            assertThat(SchemaCheck.errors(kind, SchemaCheck.json(Files.readAllBytes(content.resolve(path))).orElseThrow())).as(path).isEmpty();
        }
        if (narrative) {
            Files.writeString(content.resolve("2023/425001/overall.md"), "围绕公共服务保障运行。\n", StandardCharsets.UTF_8);
            Files.writeString(content.resolve("2023/425001/measures.md"), "加强预算执行管理。\n", StandardCharsets.UTF_8);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"validate", "--strict", "--content", content.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("%s%n%s%n%s", err, read(content, UNIT), read(content, PROJECT)).isEqualTo(Main.OK);
        assertThat(err.toString()).contains("没有发现问题");
    }

    /** The standard form's skeletons are those of the bundled disclosure's form before forms existed, byte for byte. */
    @Test
    void theStandardFormsSkeletonsStayAsTheyWere() throws IOException {
        Framework framework = new Framework("output-benefit-satisfaction", "产出、效益、满意度指标体系", List.of(
                new Framework.Level1("产出指标", true, List.of("数量指标", "质量指标", "时效指标", "成本指标")),
                new Framework.Level1("效益指标", true, List.of("经济效益指标", "社会效益指标")),
                new Framework.Level1("满意度指标", true, List.of("服务对象满意度指标")),
                new Framework.Level1("成本指标", false, List.of())));
        assertThat(Skeletons.project(2022, "425001", "13020822P00999910001A", "项目名称", OptionalInt.of(7), framework, Form.STANDARD, "本年度")
                .text()).isEqualTo(Files.readString(Path.of("src/test/resources/skeletons/standard-project.yaml"), StandardCharsets.UTF_8));
        List<Skeletons.File> unit = Skeletons.unit(2022, "425002", "某单位", Optional.of("130208"), Form.STANDARD, framework);
        assertThat(unit).extracting(Skeletons.File::path)
                .containsExactly("2022/425002/unit.yaml", "2022/425002/overall.md", "2022/425002/measures.md");
        assertThat(unit.get(0).text()).isEqualTo(Files.readString(Path.of("src/test/resources/skeletons/standard-unit.yaml"), StandardCharsets.UTF_8));
    }

    // ---- filling in -----------------------------------------------------------------------------------------------

    private static final Pattern BLANK = Pattern.compile("^(\\s*(?:- )?)([a-z0-9_]+):(\\s*)(#.*)?$");

    /** The lines of the blank fields that the skeleton marks 必填 (in its own comment or the comment line above). */
    static TreeSet<Integer> requiredBlankLines(String text) {
        TreeSet<Integer> lines = new TreeSet<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            Matcher m = BLANK.matcher(all.get(i));
            if (m.matches() && required(m, i == 0 ? "" : all.get(i - 1)) && !(i + 1 < all.size() && indent(all.get(i + 1)) > indent(all.get(i)))) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static boolean required(Matcher m, String previous) {
        String comment = m.group(4) == null ? "" : m.group(4);
        return comment.contains("必填") || m.group(1).isEmpty() && previous.startsWith("#") && previous.contains("必填");
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length() + (line.stripLeading().startsWith("- ") ? 2 : 0);
    }

    /** The skeleton with each blank filled in with a value of its kind: the required ones, every date and percentage. */
    static String fill(String text, FieldDef file) {
        List<String> all = text.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            Matcher m = BLANK.matcher(line);
            boolean container = i + 1 < all.size() && indent(all.get(i + 1)) > indent(line);
            if (m.matches() && !container) {
                Kind kind = kindOf(file, m.group(2)).orElse(Kind.TEXT);
                if (required(m, i == 0 ? "" : all.get(i - 1)) || kind == Kind.DATE || kind == Kind.PERCENT) {
                    line = m.group(1) + m.group(2) + ": " + value(kind) + (m.group(4) == null ? "" : "  " + m.group(4));
                }
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String value(Kind kind) {
        return switch (kind) {
            case AMOUNT -> "30.00";
            case PERCENT -> "100%";
            case DATE -> "2023-01-20";
            case VALUE_TYPE -> "定性";
            case ORDER -> "1";
            case REGION -> "\"130208\"";
            default -> "按公开表格填写";
        };
    }

    private static Optional<Kind> kindOf(FieldDef def, String key) {
        for (FieldDef c : def.children()) {
            if (c.key().equals(key) && c.kind().scalar()) {
                return Optional.of(c.kind());
            }
            Optional<Kind> deeper = kindOf(c, key);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    /** The form as validate reads it. */
    private static Form formOf(Path content, String formId) {
        Diagnostics diagnostics = new Diagnostics();
        Form form = FormChecker.check(yaml(content.resolve("forms/" + formId + ".yaml")), diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).isEmpty();
        return form;
    }

    private static SourceTree.YamlFile yaml(Path file) {
        try {
            SourceFile source = new SourceFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            return new SourceTree.YamlFile(source, YamlReader.read(source, new Diagnostics()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    /** The bundled content with {@code schemas/} beside it, as in the repository. */
    private Path copy() throws IOException {
        TestFiles.copyTree(Path.of("schemas"), tmp.resolve("schemas"));
        return TestFiles.copyBundledContent(tmp);
    }

    private static String read(Path content, String path) throws IOException {
        return Files.readString(content.resolve(path), StandardCharsets.UTF_8);
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("%s%n%s", out, err).isEqualTo(Main.OK);
        return out.toString();
    }
}
