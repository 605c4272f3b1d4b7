package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.check.ContentFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line through {@link Main#run}: exit codes, what is printed, and what is (not) written.
 * Every run is also checked for a leaked stack trace.
 */
class MainTest {

    private static final String PROJECT_1 = "content/" + ContentFixture.PROJECT_1;
    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.all()).as("no stack trace in the output")
                .doesNotContain("at gongkai.")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        return run;
    }

    /** The valid fixture with a half-width colon and space inside 资金用途 (line 14 of project 1). */
    private Path contentWithAColonInAValue() {
        ContentFixture fixture = ContentFixture.valid();
        String project = fixture.text(ContentFixture.PROJECT_1);
        assertThat(project.lines().toList().get(13)).isEqualTo("purpose: 融媒体中心运行维护费");
        return fixture.with(ContentFixture.PROJECT_1, project.replace("purpose: 融媒体中心运行维护费", "purpose: 融媒体中心: 运行维护费"))
                .writeTo(tmp);
    }

    /** The valid fixture with only a warning: an HTML tag in overall.md. */
    private Path contentWithOnlyAWarning() {
        return ContentFixture.valid().with("""
                -- 2022/425001/overall.md --
                <!-- 第一部分 一、总体绩效目标 -->

                宣传党的路线、方针、政策<br>坚持正确舆论导向。
                """).writeTo(tmp);
    }

    @Test
    void validateOnValidContentSucceeds() {
        Path content = ContentFixture.valid().writeTo(tmp);

        Run run = run("validate", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.OK).isZero();
        assertThat(run.all()).contains("检查通过").doesNotContain("错误 GK").doesNotContain("警告 GK");
    }

    @Test
    void validateOnInvalidContentPrintsPositionSourceLineAndCaret() {
        Path content = contentWithAColonInAValue();

        Run run = run("validate", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.CONTENT_ERRORS).isEqualTo(1);
        List<String> lines = run.err().lines().toList();
        int at = indexOfLineStartingWith(lines, PROJECT_1 + ":14:15: 错误 GK101 ");
        assertThat(lines.get(at)).contains("请给整个值加上英文双引号");
        assertThat(lines.get(at + 1)).isEqualTo("  14 | purpose: 融媒体中心: 运行维护费");
        // "purpose: " is 9 columns and 融媒体中心 is 5 wide characters of 2 columns each: the colon is under column 20.
        assertThat(lines.get(at + 2)).isEqualTo("     | " + " ".repeat(19) + "^");
        assertThat(run.err()).contains("共发现 1 个错误、0 个警告。");
    }

    @Test
    void warningsAloneDoNotFailValidation() {
        Path content = contentWithOnlyAWarning();

        Run run = run("validate", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        List<String> lines = run.err().lines().toList();
        int at = indexOfLineStartingWith(lines, "content/2022/425001/overall.md:3:13: 警告 GK124 ");
        assertThat(lines.get(at + 1)).isEqualTo("  3 | 宣传党的路线、方针、政策<br>坚持正确舆论导向。");
        // Twelve wide characters before "<br>": 24 columns.
        assertThat(lines.get(at + 2)).isEqualTo("    | " + " ".repeat(24) + "^");
        assertThat(run.err()).contains("共发现 0 个错误、1 个警告。");
    }

    @Test
    void warningsFailValidationWithStrict() {
        Path content = contentWithOnlyAWarning();

        Run run = run("validate", "--strict", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(run.err()).contains("警告 GK124").contains("因为使用了 --strict，警告也视为错误。");
    }

    @Test
    void anUnknownOptionIsAUsageErrorInChinese() {
        Run run = run("validate", "--frobnicate");

        assertThat(run.code()).isEqualTo(Main.USAGE).isEqualTo(2);
        assertThat(run.err()).contains("不认识的参数 --frobnicate").contains("查看用法");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run();

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("请指定一个命令");
    }

    @Test
    void aMissingContentFolderIsAUsageError() {
        Run run = run("validate", "--content", tmp.resolve("没有这个文件夹").toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("找不到内容文件夹");
    }

    @Test
    void helpOfValidateIsInChinese() {
        Run run = run("validate", "--help");

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).contains("用法：gongkai validate").contains("检查内容文件").contains("--strict").contains("把警告也当作错误");
    }

    @Test
    void helpOfBuildIsInChinese() {
        Run run = run("build", "--help");

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out()).contains("用法：gongkai build").contains("检查内容并生成网站").contains("--out").contains("输出文件夹");
    }

    /** A template that calls itself exhausts the stack: an Error, which must reach the user as a message, not a trace. */
    @Test
    void aTemplateThatCallsItselfFailsTheBuildWithAMessage() throws IOException {
        Path content = ContentFixture.valid().writeTo(tmp);
        Path templates = gongkai.TestFiles.copyTree(TEMPLATES, tmp.resolve("templates"));
        Path home = templates.resolve("home.ftlh");
        Files.writeString(home, Files.readString(home) + "<#macro again><@again/></#macro><@again/>\n");

        Run run = run("build", "--no-pdf", "--content", content.toString(), "--templates", templates.toString(),
                "--out", tmp.resolve("out").toString());

        assertThat(run.code()).isEqualTo(Main.FAILED);
        assertThat(run.err()).contains("index.html").contains("调用层数过多").contains("原有网站保持不变").doesNotContain("\tat ");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void buildWritesTheSite() throws IOException {
        Path content = ContentFixture.valid().writeTo(tmp);
        Path out = tmp.resolve("out");
        // The project's font folder sits beside the content folder (filled by scripts/setup-fonts.sh).
        Files.createSymbolicLink(tmp.resolve("fonts"), Path.of("fonts").toAbsolutePath());

        Run run = run("build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        long htmlFiles = filesUnder(out).stream().filter(f -> f.endsWith(".html")).count();
        assertThat(run.out()).contains("已生成网站").contains(htmlFiles + " 个页面").contains("3 个 PDF");
        assertThat(filesUnder(out)).contains(
                "index.html",
                "2022/425001/index.html",
                "2022/425001/projects/13020822P00908810002X.html",
                "2022/425001/projects/13020822P00864910002J.html",
                "2022/425001/425001-2022.pdf",
                "2022/425001/projects/13020822P00908810002X.pdf",
                "2022/425001/projects/13020822P00864910002J.pdf",
                "static/site.css");
        var page = Jsoup.parse(out.resolve("2022/425001/projects/13020822P00908810002X.html").toFile(), "UTF-8");
        assertThat(page.text()).contains("融媒体中心运行维护费").contains("13020822P00908810002X");
        long kb = Math.round(Files.size(out.resolve("2022/425001/projects/13020822P00908810002X.pdf")) / 1024.0);
        assertThat(page.select("a[href$=.pdf]").text()).isEqualTo("下载 PDF（" + kb + " KB）");
        assertThat(siblingsOf(out)).as("no staging folder is left behind, only the lock file and the build record's folder")
                .containsExactlyInAnyOrder("content", "fonts", "out", ".out.lock", ".out.cache");
    }

    @Test
    void buildWithContentErrorsLeavesTheExistingSiteExactlyAsItWas() throws IOException {
        Path content = contentWithAColonInAValue();
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("2022"));
        Files.writeString(out.resolve("marker.txt"), "上一次生成的网站", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("2022/index.html"), "<p>旧页面</p>", StandardCharsets.UTF_8);

        Run run = run("build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(run.err()).contains(PROJECT_1 + ":14:15: 错误 GK101").contains("没有生成网站");
        assertThat(run.out()).doesNotContain("已生成网站");
        assertThat(filesUnder(out)).containsExactlyInAnyOrder("marker.txt", "2022/index.html");
        assertThat(Files.readString(out.resolve("marker.txt"), StandardCharsets.UTF_8)).isEqualTo("上一次生成的网站");
        assertThat(Files.readString(out.resolve("2022/index.html"), StandardCharsets.UTF_8)).isEqualTo("<p>旧页面</p>");
        assertThat(siblingsOf(out)).containsExactlyInAnyOrder("content", "out");
    }

    @Test
    void buildWithWarningsAndStrictWritesNothing() throws IOException {
        Path content = contentWithOnlyAWarning();
        Path out = tmp.resolve("out");

        Run run = run("build", "--strict", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(run.err()).contains("警告 GK124").contains("没有生成网站");
        assertThat(out).doesNotExist();
        assertThat(siblingsOf(out)).containsExactly("content");
    }

    @Test
    void buildWithWarningsWithoutStrictWritesTheSite() throws IOException {
        // PDFs are covered elsewhere; --no-pdf builds the pages alone.
        Path content = contentWithOnlyAWarning();
        Path out = tmp.resolve("out");

        Run run = run("build", "--no-pdf", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.err()).contains("警告 GK124");
        assertThat(filesUnder(out)).contains("index.html");
    }

    @Test
    void buildPutsBackTheSiteAKilledBuildLeftMissingRemovesItsFoldersAndSaysSo() throws IOException {
        Path content = ContentFixture.valid().writeTo(tmp);
        Path out = tmp.resolve("out");
        // What a build killed between the two renames of the earlier swap left: the old site moved aside, and the
        // staging folder of another killed build.
        Files.createDirectories(tmp.resolve(".out.old-1"));
        Files.writeString(tmp.resolve(".out.old-1/index.html"), "旧网站", StandardCharsets.UTF_8);
        Files.createDirectories(tmp.resolve(".out.new-2/2022"));
        Files.writeString(tmp.resolve(".out.new-2/2022/index.html"), "半个网站", StandardCharsets.UTF_8);

        Run run = run("build", "--no-pdf", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out().lines().toList()).contains(
                "上次生成在替换 out 时被中断，out 不见了：已恢复原有的网站。",
                "上次生成被中断，已删除它在 " + tmp + " 中留下的 1 个临时文件夹（.out.*）。");
        assertThat(run.out()).contains("已生成网站");
        assertThat(filesUnder(out)).contains("index.html", "2022/425001/index.html");
        assertThat(siblingsOf(out)).containsExactlyInAnyOrder("content", "out", ".out.lock", ".out.cache");
    }

    @Test
    void buildRefusesToReplaceASymbolicLinkOrAFile() throws IOException {
        Path content = ContentFixture.valid().writeTo(tmp);
        Path published = Files.createDirectories(tmp.resolve("published"));
        Files.writeString(published.resolve("index.html"), "已发布", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), published);
        Path file = Files.writeString(tmp.resolve("file"), "一个文件", StandardCharsets.UTF_8);

        Run viaLink = run("build", "--no-pdf", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", link.toString());
        Run onFile = run("build", "--no-pdf", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", file.toString());

        assertThat(viaLink.code()).isEqualTo(Main.FAILED);
        assertThat(viaLink.err()).contains("是一个符号链接，不是文件夹").contains("原有网站保持不变").doesNotContain("Exception");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(filesUnder(published)).containsExactly("index.html");
        assertThat(onFile.code()).isEqualTo(Main.FAILED);
        assertThat(onFile.err()).contains("是一个文件，不是文件夹").doesNotContain("Exception");
        assertThat(file).hasContent("一个文件");
        assertThat(siblingsOf(file)).containsExactlyInAnyOrder("content", "published", "link", "file");
    }

    private static int indexOfLineStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("没有以“" + prefix + "”开头的一行：\n" + String.join("\n", lines));
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> siblingsOf(Path path) throws IOException {
        try (Stream<Path> list = Files.list(path.getParent())) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
