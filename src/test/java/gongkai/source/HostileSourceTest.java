package gongkai.source;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.TestFiles;
import gongkai.check.ContentFixture;
import gongkai.cli.Main;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import gongkai.history.History;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile content of the kind any pull request can carry, at the level of reading files (issue 15, items 1, 5, 6
 * and 8): symbolic links, control and direction characters, YAML aliases, anchors and tags, oversized files and
 * lines. Each is refused by {@code validate} with a positioned message, and a build publishes nothing of it.
 */
class HostileSourceTest {

    private static final String UNIT = ContentFixture.UNIT_DIR;
    private static final String SECRET = "SECRET-7f3a-从内容文件夹外读来的文字";

    @TempDir
    Path tmp;

    private Path content() {
        return ContentFixture.valid().writeTo(tmp);
    }

    private static List<Diagnostic> check(Path content) {
        return Gongkai.check(content).diagnostics().sorted();
    }

    /** Builds without PDFs and returns whether anything was written; asserts the secret reached no output file. */
    private boolean buildPublishesNoSecret(Path content) throws Exception {
        Path out = tmp.resolve("site");
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(content, Path.of("templates"), out).pdf(false)
                .withHistory(History.unavailable("test")));
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).as(f.toString()).doesNotContain(SECRET);
                }
            }
        }
        return result.written();
    }

    private Path secretFile(String name, String text) throws IOException {
        Path outside = tmp.resolve("outside");
        Files.createDirectories(outside);
        return Files.writeString(outside.resolve(name), text, StandardCharsets.UTF_8);
    }

    // ---- 1. Symbolic links ----

    @ParameterizedTest
    @ValueSource(strings = {UNIT + "overall.md", UNIT + "unit.yaml", UNIT + "projects/13020822P00908810002X.yaml", "site.yaml",
            "2022/year.yaml", "frameworks/output-benefit-satisfaction.yaml"})
    void aLinkedFileIsRefusedAndNotRead(String path) throws Exception {
        Path content = content();
        String original = Files.readString(content.resolve(path));
        Path target = secretFile("secret", original.replace("融媒体中心", SECRET) + "\n# " + SECRET + "\n");
        Files.delete(content.resolve(path));
        Files.createSymbolicLink(content.resolve(path), target);

        List<Diagnostic> found = check(content);

        assertThat(found).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(Code.GK107);
            assertThat(d.position().file()).isEqualTo("content/" + path);
            assertThat(d.message()).contains("符号链接").contains("请删除这个链接");
        });
        assertThat(found).noneMatch(d -> d.code() == Code.GK121);
        assertThat(buildPublishesNoSecret(content)).isFalse();
    }

    @Test
    void linksToProcAndEtcAreNotFollowed() throws Exception {
        Path content = content();
        Files.delete(content.resolve(UNIT + "overall.md"));
        Files.createSymbolicLink(content.resolve(UNIT + "overall.md"), Path.of("/proc/self/environ"));
        Files.delete(content.resolve(UNIT + "measures.md"));
        Files.createSymbolicLink(content.resolve(UNIT + "measures.md"), Path.of("/etc/passwd"));

        List<Diagnostic> found = check(content);

        assertThat(found).filteredOn(d -> d.code() == Code.GK107).extracting(d -> d.position().file())
                .containsExactly("content/" + UNIT + "measures.md", "content/" + UNIT + "overall.md");
        assertThat(found.toString()).doesNotContain("root:").doesNotContain("PATH=");
        assertThat(Gongkai.build(Gongkai.Options.of(content, Path.of("templates"), tmp.resolve("site")).pdf(false)
                .withHistory(History.unavailable("test"))).written()).isFalse();
        assertThat(tmp.resolve("site")).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022/425001/projects", "2022/425001", "2022", "frameworks"})
    void aLinkedFolderIsRefusedAndNotEntered(String folder) throws Exception {
        Path content = content();
        Path outside = tmp.resolve("outside-folder");
        TestFiles.copyTree(content.resolve(folder), outside);
        try (Stream<Path> files = Files.walk(outside)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, Files.readString(f).replace("融媒体中心", SECRET));
            }
        }
        deleteTree(content.resolve(folder));
        Files.createSymbolicLink(content.resolve(folder), outside);

        List<Diagnostic> found = check(content);

        assertThat(found).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(Code.GK107);
            assertThat(d.position().file()).isEqualTo("content/" + folder);
        });
        assertThat(found).noneMatch(d -> d.position().file().startsWith("content/" + folder + "/"));
        assertThat(buildPublishesNoSecret(content)).isFalse();
    }

    @Test
    void aDanglingLinkIsALinkToo() throws Exception {
        Path content = content();
        Files.createSymbolicLink(content.resolve(UNIT + "projects/X.yaml"), tmp.resolve("does-not-exist.yaml"));

        assertThat(check(content)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK107);
            assertThat(d.position().file()).isEqualTo("content/" + UNIT + "projects/X.yaml");
        });
    }

    @Test
    void aContentFolderThatIsItselfALinkIsRefused() throws Exception {
        Path real = content();
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), real);

        assertThat(check(link)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK107);
            assertThat(d.message()).contains("--content");
        });
        assertThat(check(real)).isEmpty();
    }

    @Test
    void aLinkCommittedToGitIsRefusedLikeOneOnDisk() throws Exception {
        Path repo = tmp.resolve("repo");
        Path content = ContentFixture.valid().writeTo(repo);
        secretFile("secret.md", SECRET);
        Files.delete(content.resolve(UNIT + "overall.md"));
        Files.createSymbolicLink(content.resolve(UNIT + "overall.md"), tmp.resolve("outside/secret.md"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("王会计", "wang@example.org");
            git.commit().setMessage("链接").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        try (GitContent git = GitContent.open(content)) {
            List<Diagnostic> found = Gongkai.check(git.read(git.resolve("HEAD"))).diagnostics().sorted();
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.code()).isEqualTo(Code.GK107);
                assertThat(d.position().file()).isEqualTo("content/" + UNIT + "overall.md");
            });
        }
    }

    // ---- 5. Control, direction and other forbidden characters ----

    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "\u0000", "\u001B[31m", "\u007F", "\u0085", "\u202E", "\u2066", "\u200F", "\uFFFE", "\uFDD0"})
    void aForbiddenCharacterInMarkdownIsRefusedAtItsPosition(String bad) throws Exception {
        Path content = content();
        Files.writeString(content.resolve(UNIT + "overall.md"), "第一段。\n\n第二段，这里" + bad + "有一个字符。\n");

        List<Diagnostic> found = check(content);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK104);
            assertThat(d.position().toString()).isEqualTo("content/" + UNIT + "overall.md:3:7");
            assertThat(d.message()).contains(String.format("U+%04X", bad.codePointAt(0)));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\x01", "\\0", "\\e", "\\u202E", "\\uFFFE", "\\uD800", "\\uDC00x", "\\x85"})
    void aForbiddenCharacterWrittenAsAYamlEscapeIsRefused(String escape) throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        String text = Files.readString(project);
        Files.writeString(project, text.replaceFirst("(?m)^purpose: .*$", java.util.regex.Matcher.quoteReplacement("purpose: \"用于" + escape + "设备维护\"")));
        int line = lineOf(Files.readString(project), "purpose:");

        List<Diagnostic> found = check(content);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK104);
            assertThat(d.position().toString()).isEqualTo("content/" + ContentFixture.PROJECT_1 + ":" + line + ":10");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"&#1;", "&#x202E;", "&#X202e;", "&#xFFFE;", "&#65534;", "&#x1B;"})
    void aForbiddenCharacterWrittenAsAMarkdownReferenceIsRefused(String reference) throws Exception {
        Path content = content();
        Files.writeString(content.resolve(UNIT + "measures.md"), "第一段。\n\n第二段" + reference + "文字，`代码`。\n");

        assertThat(check(content)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK104);
            assertThat(d.position().toString()).isEqualTo("content/" + UNIT + "measures.md:3:4");
            assertThat(d.message()).contains(reference);
        });
    }

    @Test
    void aRawControlCharacterInYamlIsRefusedAtItsPosition() throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        String text = Files.readString(project).replaceFirst("(?m)^purpose: (.*)$", "purpose: 用于\u0002$1");
        Files.writeString(project, text);

        assertThat(check(content)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK104);
            assertThat(d.position().toString()).isEqualTo("content/" + ContentFixture.PROJECT_1 + ":" + lineOf(text, "purpose:") + ":12");
        });
    }

    @Test
    void manyForbiddenCharactersAreCountedNotListedOneByOne() throws Exception {
        Path content = content();
        Files.write(content.resolve(UNIT + "overall.md"), new byte[5000]);

        List<Diagnostic> found = check(content);

        assertThat(found).hasSize(Diagnostics.PER_FILE_AND_CODE + 1).allMatch(d -> d.code() == Code.GK104);
        assertThat(found.subList(0, Diagnostics.PER_FILE_AND_CODE)).allMatch(d -> d.position().hasLine());
        Diagnostic last = found.get(Diagnostics.PER_FILE_AND_CODE);
        assertThat(last.position().hasLine()).isFalse();
        assertThat(last.message()).contains("还有 " + (5000 - Diagnostics.PER_FILE_AND_CODE) + " 处同样的问题");
    }

    /**
     * A megabyte of images gave 61,678 diagnostics and took 150 s to check, because each position was found by
     * scanning the file from its start: now positions come from a line index, and one code is listed at most
     * {@value Diagnostics#PER_FILE_AND_CODE} times per file, then counted.
     */
    @Test
    void thousandsOfProblemsInOneFileAreListedTwentyAtATimeThenCounted() throws Exception {
        Path content = content();
        Files.writeString(content.resolve(UNIT + "measures.md"), "![图](a.png)\n\n".repeat(3000));

        List<Diagnostic> found = check(content);

        assertThat(found).hasSize(Diagnostics.PER_FILE_AND_CODE + 1).allMatch(d -> d.code() == Code.GK125);
        assertThat(found.get(Diagnostics.PER_FILE_AND_CODE - 1).position().line()).isEqualTo(2 * Diagnostics.PER_FILE_AND_CODE - 1);
        assertThat(found.get(Diagnostics.PER_FILE_AND_CODE).message()).contains("还有 2980 处同样的问题（GK125");
    }

    @Test
    void theTerminalNeverReceivesAControlCharacterFromContent() throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        Files.writeString(project, Files.readString(project).replaceFirst("(?m)^code: .*$",
                java.util.regex.Matcher.quoteReplacement("code: \"\\e[2J\\e]0;pwned\\a\"")));
        Files.writeString(content.resolve(UNIT + "overall.md"), "文字\u001B[31m红色\u202E倒序\n");

        for (String format : List.of("text", "github")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"validate", "--content", content.toString(), "--format", format},
                    new PrintWriter(out), new PrintWriter(err));
            String printed = out + "" + err;
            assertThat(code).isEqualTo(Main.CONTENT_ERRORS);
            assertThat(printed.codePoints().filter(cp -> cp != '\n' && ContentText.forbidden(cp)).count()).as(format).isZero();
            assertThat(printed).contains("⟨U+001B⟩");
        }
    }

    // ---- 6. YAML aliases, anchors and tags ----

    @Test
    void anAliasAndItsAnchorAreRefused() throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        String text = Files.readString(project).replaceFirst("(?m)^purpose: ", "purpose: &p0 ")
                .replaceFirst("(?m)^goal: .*$", "goal: *p0");
        Files.writeString(project, text);

        List<Diagnostic> found = check(content);

        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.GK108, Code.GK108);
        assertThat(found.get(0).position().line()).isEqualTo(lineOf(text, "purpose:"));
        assertThat(found.get(0).message()).contains("锚点“&p0”");
        assertThat(found.get(1).position().line()).isEqualTo(lineOf(text, "goal:"));
        assertThat(found.get(1).message()).contains("别名“*p0”");
    }

    @Test
    void anUndefinedAliasIsRefusedNotPublishedAsItsName() throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        String text = Files.readString(project).replaceFirst("(?m)^goal: .*$", "goal: *nowhere");
        Files.writeString(project, text);

        assertThat(check(content)).singleElement().satisfies(d -> {
            assertThat(d.code()).isIn(Code.GK108, Code.GK101);
            assertThat(d.position().line()).isEqualTo(lineOf(text, "goal:"));
        });
        assertThat(buildPublishesNoSecret(content)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!binary 5Lit5paH", "!!str 用于设备维护", "!custom 用于设备维护", "!!python/object:os.system x"})
    void aTagIsRefused(String value) throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        String text = Files.readString(project).replaceFirst("(?m)^purpose: .*$", "purpose: " + value);
        Files.writeString(project, text);

        assertThat(check(content)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK108);
            assertThat(d.position().line()).isEqualTo(lineOf(text, "purpose:"));
            assertThat(d.message()).contains("标签");
        });
    }

    @Test
    void aMergeKeyIsRefused() throws Exception {
        Path content = content();
        Path unit = content.resolve(UNIT + "unit.yaml");
        Files.writeString(unit, Files.readString(unit) + "x: &base {a: 1}\ny:\n  <<: *base\n");

        assertThat(check(content)).extracting(Diagnostic::code).contains(Code.GK108).doesNotContain(Code.GK001);
    }

    // ---- 8. Limits checked before parsing; codes that make unsafe file names ----

    @Test
    void aHugeSingleLineValueIsRefusedBeforeParsing() throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        String text = Files.readString(project).replaceFirst("(?m)^purpose: .*$", "purpose: " + "维".repeat(10 * 1024 * 1024 / 3));
        Files.writeString(project, text);

        assertThat(check(content)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK105);
            assertThat(d.position().file()).isEqualTo("content/" + ContentFixture.PROJECT_1);
            assertThat(d.message()).contains("1 MB");
        });
    }

    @Test
    void aLineOverTheLimitIsRefusedAtTheFirstCharacterPastIt() throws Exception {
        Path content = content();
        String text = "第一段。\n\n" + "维".repeat(ContentText.MAX_LINE_CHARS + 5) + "\n";
        Files.writeString(content.resolve(UNIT + "overall.md"), text);

        assertThat(check(content)).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.GK106);
            assertThat(d.position().toString()).isEqualTo("content/" + UNIT + "overall.md:3:" + (ContentText.MAX_LINE_CHARS + 1));
            assertThat(d.message()).contains("20,005 个字符").contains("20,000 个字符的上限");
        });
        String atLimit = "第一段。\n\n" + "维".repeat(ContentText.MAX_LINE_CHARS) + "\n";
        Files.writeString(content.resolve(UNIT + "overall.md"), atLimit);
        assertThat(check(content)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "NUL", "Aux", "PRN", "COM1", "lpt9"})
    void aProjectCodeThatIsAWindowsDeviceNameIsRefused(String code) throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        String text = Files.readString(project).replaceFirst("(?m)^code: .*$", "code: " + code);
        Files.delete(project);
        Files.writeString(project.resolveSibling(code + ".yaml"), text);

        assertThat(check(content)).filteredOn(d -> d.code() == Code.GK128).singleElement().satisfies(d -> {
            assertThat(d.position().line()).isEqualTo(lineOf(text, "code:"));
            assertThat(d.message()).contains("Windows 保留的设备名");
        });
    }

    @Test
    void aUnitCodeThatIsAWindowsDeviceNameIsRefused() throws Exception {
        Path content = content();
        Path unit = content.resolve(UNIT + "unit.yaml");
        Files.writeString(unit, Files.readString(unit).replaceFirst("(?m)^code: .*$", "code: NUL"));
        Files.move(content.resolve(UNIT), content.resolve("2022/NUL"));

        assertThat(check(content)).extracting(Diagnostic::code).contains(Code.GK128);
    }

    @Test
    void twoProjectCodesDifferingOnlyInCaseAreRefused() throws Exception {
        Path content = content();
        Path project = content.resolve(ContentFixture.PROJECT_1);
        String code = "13020822P00908810002X";
        String lower = "13020822p00908810002x";
        String copy = Files.readString(project).replace(code, lower).replaceFirst("(?m)^order: .*$", "order: 9");
        Files.writeString(project.resolveSibling(lower + ".yaml"), copy);

        List<Diagnostic> found = check(content).stream().filter(d -> d.code() == Code.GK129).toList();

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("只有大小写不同");
            assertThat(d.position().line()).isEqualTo(lineOf(copy, "code:"));
        });
    }

    @Test
    void twoUnitFoldersDifferingOnlyInCaseAreRefused() throws Exception {
        Path content = ContentFixture.valid().writeTo(tmp);
        Path a = content.resolve("2022/ABC1");
        TestFiles.copyTree(content.resolve(UNIT), a);
        TestFiles.copyTree(content.resolve(UNIT), content.resolve("2022/abc1"));

        assertThat(check(content)).filteredOn(d -> d.code() == Code.GK129).singleElement()
                .satisfies(d -> assertThat(d.position().file()).isEqualTo("content/2022/abc1"));
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(start);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
