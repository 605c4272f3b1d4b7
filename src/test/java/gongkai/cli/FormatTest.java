package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.check.ContentFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * {@code --format text|json|github} of {@code validate} and {@code build} through {@link Main#run}: the exact JSON
 * document and workflow commands for a broken copy of the content, which stream each goes to, and the exit codes.
 *
 * <p>In a pipeline the tool runs in the repository root and paths are relative to it. To see that, the broken
 * content is written into a temporary folder inside the current folder ({@code target/}), and passed as a relative
 * {@code --content}; content outside the current folder is named by its absolute path.
 */
class FormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    private static final String P1 = "2022/425001/projects/13020822P00908810002X.yaml";
    private static final String P2 = "2022/425001/projects/13020822P00864910002J.yaml";
    /** An unknown file whose name holds a comma, a colon and a line break: all three must be escaped in file=. */
    private static final String ODD_FILE = "2022/425001/草稿,第2版:备份\n.docx";

    /** Temporary folders inside the current folder, so that a relative --content reaches them. */
    static final class InCurrentFolder implements TempDirFactory {
        @Override
        public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "format-test");
        }
    }

    @TempDir
    Path outside;

    @TempDir(factory = InCurrentFolder.class)
    Path inside;

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.out() + run.err()).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    /** The --content argument for the broken content: relative to the current folder, as in a pipeline. */
    private String relative(Path content) {
        return Path.of("").toAbsolutePath().relativize(content).toString().replace('\\', '/');
    }

    /**
     * Four problems: GK304 (warning, project 2 line 17), GK303 (error, project 1 line 20), GK113 (error, project 1
     * line 25) and GK123 (warning, a whole file, no line).
     */
    private Path brokenContent(Path dir) throws IOException {
        ContentFixture fixture = ContentFixture.valid();
        List<String> p1 = new ArrayList<>(fixture.text(P1).lines().toList());
        assertThat(p1.get(19)).isEqualTo("  dec: 100%    # 12月底");
        assertThat(p1.get(24)).isEqualTo("  - level1: 产出指标");
        p1.set(19, "  dec: 120%    # 12月底");
        p1.set(24, "  - levl1: 产出指标");
        List<String> p2 = new ArrayList<>(fixture.text(P2).lines().toList());
        assertThat(p2.get(16)).isEqualTo("  mar: 100%    # 3月底");
        p2.set(16, "  mar: 90%    # 3月底");
        Path content = fixture.with(P1, String.join("\n", p1) + "\n").with(P2, String.join("\n", p2) + "\n").writeTo(dir);
        Files.writeString(content.resolve(ODD_FILE), "旧稿", StandardCharsets.UTF_8);
        return content;
    }

    /** Only a warning: GK124, an HTML tag in overall.md (line 3, column 13). */
    private Path contentWithOnlyAWarning(Path dir) {
        return ContentFixture.valid().with("""
                -- 2022/425001/overall.md --
                <!-- 第一部分 一、总体绩效目标 -->

                宣传党的路线、方针、政策<br>坚持正确舆论导向。
                """).writeTo(dir);
    }

    // ---- json ----

    @Test
    void jsonOnValidContentIsAnEmptyVersionedDocumentAndNothingElseOnStdout() throws IOException {
        Path content = ContentFixture.valid().writeTo(outside);

        Run run = run("validate", "--format", "json", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("format").asText()).isEqualTo("gongkai-diagnostics");
        assertThat(doc.get("version").isInt()).isTrue();
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("summary").get("errors").asInt()).isZero();
        assertThat(doc.get("summary").get("warnings").asInt()).isZero();
        assertThat(doc.get("diagnostics").isArray()).isTrue();
        assertThat(doc.get("diagnostics")).isEmpty();
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        assertThat(run.err()).contains("检查通过");
    }

    @Test
    void jsonOnInvalidContentGivesEveryDiagnosticWithItsExactPosition() throws IOException {
        Path content = brokenContent(inside);
        String dir = relative(content);

        Run run = run("validate", "--format", "json", "--content", dir);

        assertThat(run.code()).isEqualTo(Main.CONTENT_ERRORS);
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("summary").get("errors").asInt()).isEqualTo(2);
        assertThat(doc.get("summary").get("warnings").asInt()).isEqualTo(2);
        List<String> rows = new ArrayList<>();
        for (JsonNode d : doc.get("diagnostics")) {
            assertThat(d.properties()).extracting(e -> e.getKey()).as("every key, always, in this order").containsExactly(
                    "code", "severity", "title", "file", "line", "column", "field", "message", "source_line");
            rows.add(String.join(" | ", d.get("code").asText(), d.get("severity").asText(), d.get("file").asText(),
                    d.get("line").toString(), d.get("column").toString(), d.get("field").toString(), d.get("source_line").toString()));
        }
        assertThat(rows).containsExactly(
                "GK304 | warning | " + dir + "/" + P2 + " | 17 | 8 | \"spending_plan.mar\" | \"  mar: 90%    # 3月底\"",
                "GK303 | error | " + dir + "/" + P1 + " | 20 | 8 | \"spending_plan.dec\" | \"  dec: 120%    # 12月底\"",
                "GK113 | error | " + dir + "/" + P1 + " | 25 | 5 | \"indicators[0].levl1\" | \"  - levl1: 产出指标\"",
                "GK123 | warning | " + dir + "/" + ODD_FILE + " | null | null | null | null");
        JsonNode typo = doc.get("diagnostics").get(2);
        assertThat(typo.get("title").asText()).isEqualTo("未知字段");
        assertThat(typo.get("message").asText()).isEqualTo("未知字段“levl1”。是不是想写“level1”？");
        assertThat(doc.get("diagnostics").get(0).get("title").asText()).isEqualTo("资金支出计划到 12月底未达到 100%");
        assertThat(run.err()).contains("共发现 2 个错误、2 个警告。").doesNotContain("GK113");
    }

    @Test
    void jsonWarningsPassWithoutStrictAndFailWithIt() throws IOException {
        Path content = contentWithOnlyAWarning(outside);

        Run lenient = run("validate", "--format", "json", "--content", content.toString());
        Run strict = run("validate", "--format", "json", "--strict", "--content", content.toString());

        assertThat(lenient.code()).isEqualTo(Main.OK);
        assertThat(strict.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(strict.out()).as("--strict changes the exit code, not the document").isEqualTo(lenient.out());
        JsonNode d = JSON.readTree(strict.out()).get("diagnostics").get(0);
        assertThat(d.get("code").asText()).isEqualTo("GK124");
        assertThat(d.get("severity").asText()).isEqualTo("warning");
        // Content outside the current folder is named by its absolute path.
        assertThat(d.get("file").asText()).isEqualTo(content.toAbsolutePath().normalize().toString().replace('\\', '/')
                + "/2022/425001/overall.md");
        assertThat(d.get("line").asInt()).isEqualTo(3);
        assertThat(d.get("column").asInt()).isEqualTo(13);
        assertThat(strict.err()).contains("因为使用了 --strict，警告也视为错误。");
    }

    @Test
    void buildWithJsonPrintsOnlyTheDocumentOnStdout() throws IOException {
        Path broken = brokenContent(inside);
        Path valid = ContentFixture.valid().writeTo(outside);

        Run failed = run("build", "--format", "json", "--no-pdf", "--content", relative(broken),
                "--templates", TEMPLATES.toString(), "--out", inside.resolve("site").toString());
        Run built = run("build", "--format", "json", "--no-pdf", "--content", valid.toString(),
                "--templates", TEMPLATES.toString(), "--out", outside.resolve("site").toString());

        assertThat(failed.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(JSON.readTree(failed.out()).get("summary").get("errors").asInt()).isEqualTo(2);
        assertThat(failed.err()).contains("没有生成网站");
        assertThat(inside.resolve("site")).doesNotExist();

        assertThat(built.code()).isEqualTo(Main.OK);
        assertThat(JSON.readTree(built.out()).get("diagnostics")).isEmpty();
        assertThat(built.out()).doesNotContain("已生成网站");
        assertThat(built.err()).contains("已生成网站");
        assertThat(outside.resolve("site/index.html")).exists();
    }

    // ---- github ----

    @Test
    void githubPrintsOneEscapedWorkflowCommandPerProblem() throws IOException {
        Path content = brokenContent(inside);
        String dir = relative(content);

        Run run = run("validate", "--format", "github", "--content", dir);

        assertThat(run.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(run.out().lines().toList()).containsExactly(
                // % in the title (a property) and in the message (data) becomes %25.
                "::warning file=" + dir + "/" + P2 + ",line=17,col=8,title=GK304 资金支出计划到 12月底未达到 100%25::"
                        + "[spending_plan.mar] 资金支出计划最高只到 90%25，到 12月底 没有达到 100%25。如果预算要在年内全部支出，请把最后一个月填为 100%25。",
                "::error file=" + dir + "/" + P1 + ",line=20,col=8,title=GK303 资金支出计划超出 0–100%25::"
                        + "[spending_plan.dec] 12月底的支出进度是 120%25，超过了 100%25。支出计划是截至该月底累计支出占预算数的比例，最多 100%25，请核对改正。",
                "::error file=" + dir + "/" + P1 + ",line=25,col=5,title=GK113 未知字段::[indicators[0].levl1] 未知字段“levl1”。是不是想写“level1”？",
                // A whole-file problem has no line and col; the comma, colon and line break of the name are escaped.
                "::warning file=" + dir + "/2022/425001/草稿%2C第2版%3A备份%0A.docx,title=GK123 无法识别的文件，已忽略::"
                        + "不认识这个文件，生成网站时不会使用它。内容文件的布局见 README 的“内容目录结构”一节；如果不需要它，请删除。");
        assertThat(run.err()).isEqualTo("共发现 2 个错误、2 个警告。" + System.lineSeparator());
    }

    @Test
    void githubWarningsFailOnlyWithStrict() {
        Path content = contentWithOnlyAWarning(outside);

        Run lenient = run("validate", "--format", "github", "--content", content.toString());
        Run strict = run("validate", "--format", "github", "--strict", "--content", content.toString());

        assertThat(lenient.code()).isEqualTo(Main.OK);
        assertThat(strict.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(strict.out()).isEqualTo(lenient.out());
        assertThat(strict.out()).startsWith("::warning file=" + content.toAbsolutePath().normalize().toString().replace('\\', '/')
                + "/2022/425001/overall.md,line=3,col=13,title=GK124 Markdown 中的 HTML 会按原样显示为文字::");
        assertThat(strict.out().lines()).hasSize(1);
    }

    @Test
    void githubOnValidContentPrintsNothingOnStdout() {
        Path content = ContentFixture.valid().writeTo(outside);

        Run run = run("validate", "--format", "github", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("检查通过");
    }

    // ---- text and wrong values ----

    @Test
    void textIsTheDefaultAndGoesToStderr() throws IOException {
        Path content = brokenContent(inside);

        Run byDefault = run("validate", "--content", relative(content));
        Run explicit = run("validate", "--format", "text", "--content", relative(content));

        assertThat(byDefault.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(byDefault.out()).isEmpty();
        assertThat(byDefault.err()).contains("content/" + P1 + ":25:5: 错误 GK113 [indicators[0].levl1]");
        assertThat(explicit).isEqualTo(byDefault);
    }

    @Test
    void anUnknownFormatIsAUsageErrorInChinese() {
        Path content = ContentFixture.valid().writeTo(outside);

        Run validate = run("validate", "--format", "xml", "--content", content.toString());
        Run build = run("build", "--format", "JSON", "--content", content.toString());

        assertThat(validate.code()).isEqualTo(Main.USAGE).isEqualTo(2);
        assertThat(validate.out()).isEmpty();
        assertThat(validate.err()).contains("选项 --format 的值“xml”不对，只能是 text、json、github").doesNotContain("Invalid value");
        assertThat(build.code()).isEqualTo(Main.USAGE);
        assertThat(build.err()).contains("选项 --format 的值“JSON”不对");
    }
}
