package gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import gongkai.Gongkai;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One parameterised test over the invalid fixtures in {@code src/test/resources/invalid/*.txt} (in the style of
 * Zola's {@code test_sites_invalid}). Each fixture is a clerk's realistic mistake, written as the files that differ
 * from the valid {@link ContentFixture}, under {@code -- path --} headers. Its {@code expect:} lines are the complete
 * list of diagnostics, in the order they are printed, in the printer's own format:
 *
 * <pre>expect: path[:line:column]: 错误|警告 GKnnn [field] part of the message</pre>
 *
 * <p>Code, file, line, column, severity and field must match exactly; the message must contain the given part
 * (which says what to do) and be written in Chinese.
 */
class InvalidContentTest {

    private static final Pattern EXPECT = Pattern.compile(
            "^expect: (?<position>\\S+?): (?<severity>错误|警告) (?<code>GK\\d{3})(?: \\[(?<field>.+?)\\])? (?<hint>.+)$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path tmp;

    record Expected(String position, String severity, Code code, String field, String hint) {}

    record Case(String name, String description, List<Expected> expected, String files) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return caseFiles().stream().map(InvalidContentTest::read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(Case c) {
        Path content = ContentFixture.valid().with(c.files()).writeTo(tmp);

        Gongkai.CheckResult result = Gongkai.check(content);
        List<Diagnostic> actual = result.diagnostics().sorted();

        assertThat(actual.stream().map(InvalidContentTest::describe).toList())
                .as("%s：%s", c.name(), c.description())
                .containsExactlyElementsOf(c.expected().stream().map(InvalidContentTest::describe).toList());
        for (int i = 0; i < actual.size(); i++) {
            Diagnostic d = actual.get(i);
            Expected e = c.expected().get(i);
            assertThat(d.severity()).isEqualTo(d.code().severity());
            assertThat(d.message())
                    .as("message of %s in %s", d.code(), c.name())
                    .contains(e.hint())
                    .containsPattern(HAN)
                    .doesNotContain(tmp.toString())
                    .doesNotContain("Exception");
        }
        boolean anyError = c.expected().stream().anyMatch(e -> e.code().severity() == Severity.ERROR);
        assertThat(result.site().isPresent()).as("a site is checked only when there is no error").isEqualTo(!anyError);
    }

    /** Every rule has at least one fixture, so a rule that stops firing (or fires in the wrong place) is noticed. */
    @Test
    void everyCodeHasAFixture() {
        Set<Code> covered = EnumSet.noneOf(Code.class);
        cases().forEach(c -> c.expected().forEach(e -> covered.add(e.code())));
        covered.addAll(NOT_AS_TEXT);
        assertThat(covered).containsExactlyInAnyOrder(Code.values());
    }

    /**
     * Codes whose input a text fixture cannot hold; each is tested with its position and message in
     * {@code source/HostileSourceTest} instead: a file over 1 MB (GK105), a line of over 20,000 characters (GK106),
     * a symbolic link (GK107).
     */
    private static final Set<Code> NOT_AS_TEXT = EnumSet.of(Code.GK105, Code.GK106, Code.GK107);

    /** A clerk's first draft with mistakes in three files: every one is reported in one run, not just the first. */
    @Test
    void reportsEveryProblemAtOnce() {
        Path content = ContentFixture.valid().with("""
                -- 2022/425001/unit.yaml --
                code: "425001"
                name:唐山市丰润区融媒体中心本级
                region: "130208"
                goals: []
                -- 2022/425001/overall.md --
                <!-- 第一部分 一、总体绩效目标 -->

                宣传党的路线、方针、政策<br>坚持正确舆论导向。
                -- 2022/425001/projects/13020822P00908810002X.yaml --
                code: 13020822P00908810002X
                name: 融媒体中心运行维护费
                order: 1
                budget:
                  total: 30.00
                  fiscal: 20.00
                  other: 5.00
                purpose: 融媒体中心运行维护费
                spending_plan:
                  mar: 30%
                  jun: 20%
                  oct: 60%
                  dec: 100%
                goal: 1.保障融媒体中心的正常运行
                indicators:
                  - level1: 产出指标
                    level2: 社会效益指标
                    level3: 完成项目数量
                    description: 完成项目数量
                    value: ≥百分之九十五
                    basis: 预算安排
                  - levl1: 效益指标
                    level2: 可持续影响指标
                    level3: 增强服务保障能力。
                    value: ≥95%
                  - level1: 满意度指标
                    level2: 服务对象满意度指标
                    level3: 满意率
                    value: ≥90%
                """).writeTo(tmp);

        List<String> reported = Gongkai.check(content).diagnostics().sorted().stream().map(InvalidContentTest::describe).toList();

        String project = "content/2022/425001/projects/13020822P00908810002X.yaml";
        assertThat(reported).containsExactly(
                "content/2022/425001/overall.md:3:13: 警告 GK124",
                project + ":5:10: 错误 GK301 [budget.total]",
                project + ":11:8: 错误 GK302 [spending_plan.jun]",
                project + ":17:13: 错误 GK204 [indicators[0].level2]",
                project + ":20:12: 错误 GK206 [indicators[0].value]",
                project + ":22:5: 错误 GK113 [indicators[1].levl1]",
                "content/2022/425001/unit.yaml:2:1: 错误 GK101");
    }

    private static String describe(Diagnostic d) {
        return d.position() + ": " + d.severity().label() + " " + d.code().name() + (d.field().isEmpty() ? "" : " [" + d.field() + "]");
    }

    private static String describe(Expected e) {
        return e.position() + ": " + e.severity() + " " + e.code().name() + (e.field().isEmpty() ? "" : " [" + e.field() + "]");
    }

    private static List<Path> caseFiles() {
        try {
            Path dir = Path.of(InvalidContentTest.class.getResource("/invalid").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> all = files.sorted().toList();
                for (Path f : all) {
                    if (!f.getFileName().toString().endsWith(".txt")) {
                        fail("invalid/ 中只能有 *.txt 用例文件：" + f.getFileName());
                    }
                }
                assertThat(all).isNotEmpty();
                return all;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one fixture; fails when it is incomplete (no description, no expectation or no file). */
    private static Case read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder description = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        int filesStart = -1;
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("-- ")) {
                filesStart = offset;
                break;
            }
            if (line.startsWith("#")) {
                description.append(line.substring(1).strip());
            } else if (line.startsWith("expect:")) {
                Matcher m = EXPECT.matcher(line);
                if (!m.matches()) {
                    fail(name + ": 无法解析的 expect 行：" + line);
                }
                Code code = Code.valueOf(m.group("code"));
                if (!code.severity().label().equals(m.group("severity"))) {
                    fail(name + ": " + code + " 的严重程度是" + code.severity().label() + "：" + line);
                }
                expected.add(new Expected(m.group("position"), m.group("severity"), code,
                        m.group("field") == null ? "" : m.group("field"), m.group("hint")));
            } else if (!line.isBlank()) {
                fail(name + ": 文件标题之前只能有 # 说明和 expect: 行：" + line);
            }
            offset += line.length() + 1;
        }
        if (description.length() == 0 || expected.isEmpty() || filesStart < 0) {
            fail(name + ": 用例不完整，需要 # 说明、至少一行 expect: 和至少一个 -- 文件 --");
        }
        return new Case(name, description.toString(), expected, text.substring(filesStart));
    }
}
