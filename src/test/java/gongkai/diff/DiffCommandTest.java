package gongkai.diff;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai diff} on a real git repository made with JGit in a temporary folder (no git program): the bundled
 * content is committed, then changed the way staff change it, and the command's output is compared line by line.
 */
class DiffCommandTest {

    private static final String UNIT = "2022/425001/unit.yaml";
    /** 融媒体中心运行维护费: 30.00 万元, six indicators. */
    private static final String PROJECT = "2022/425001/projects/13020822P00908810002X.yaml";
    /** 用创收收入偿还历史债务: 23.75 万元, six indicators. */
    private static final String OTHER_PROJECT = "2022/425001/projects/13020822P00947710001C.yaml";

    @TempDir
    Path tmp;

    private Path content;
    private Git git;
    private RevCommit bundled;
    private long clock = Instant.parse("2022-03-01T09:00:00Z").getEpochSecond();

    record Run(int code, String out, String err) {}

    @BeforeEach
    void repositoryWithTheBundledContent() throws Exception {
        Path repo = tmp.resolve("repo");
        content = repo.resolve("content");
        copy(Path.of("content"), content);
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        bundled = commit("公开 2022 年度预算绩效目标");
    }

    @AfterEach
    void close() {
        git.close();
    }

    /** The change of the issue: a budget, a new indicator, a removed project and a unit goal, in one commit. */
    private RevCommit commitTheUsualChanges() throws Exception {
        edit(PROJECT, "  total: 30.00 ", "  total: 32.00 ");
        edit(PROJECT, "  fiscal: 30.00 ", "  fiscal: 32.00 ");
        edit(PROJECT, """
                  - level1: 产出指标
                    level2: 时效指标
                """, """
                  - level1: 产出指标
                    level2: 质量指标
                    level3: 设备完好率
                    description: 设备完好率
                    value: ≥98%
                    basis: 经验标准
                  - level1: 产出指标
                    level2: 时效指标
                """);
        Files.delete(content.resolve(OTHER_PROJECT));
        edit(UNIT, "监督、指导相关单位在全区全面推开IPTV业务。", "监督、指导相关单位在全区全面推开IPTV和网络电视业务。");
        return commit("调整融媒体中心运行维护费");
    }

    @Test
    void twoRevisionsAsText() throws Exception {
        RevCommit changed = commitTheUsualChanges();

        Run run = run("diff", "HEAD~1", "HEAD", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                "预算绩效目标的修改：HEAD~1（" + abbrev(bundled) + "） → HEAD（" + abbrev(changed) + "）",
                "删除 1 个项目，修改 1 个单位、1 个项目。",
                "",
                "2022 年度 单位 425001 唐山市丰润区融媒体中心本级：分项绩效目标“新闻出版广播影视产业建设” 绩效目标 "
                        + "“…全区全面推开IPTV业务。” → “…全区全面推开IPTV和网络电视业务。”",
                "  项目 13020822P00908810002X 融媒体中心运行维护费：预算数 30.00 → 32.00 万元；财政资金 30.00 → 32.00 万元；"
                        + "新增指标 质量指标/设备完好率 ≥98%",
                "  删除项目 13020822P00947710001C 用创收收入偿还历史债务：预算数 23.75 万元，6 项绩效指标");
    }

    @Test
    void twoRevisionsAsMarkdownForAPullRequestComment() throws Exception {
        RevCommit changed = commitTheUsualChanges();

        Run run = run("diff", "main~1", changed.name(), "--format", "markdown", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                ### 预算绩效目标的修改

                `main~1`（{bundled}） → `{changed}`（{abbrev}）：删除 1 个项目，修改 1 个单位、1 个项目。

                #### 2022 年度 单位 425001 唐山市丰润区融媒体中心本级

                - 分项绩效目标“新闻出版广播影视产业建设” 绩效目标 “…全区全面推开IPTV业务。” → “…全区全面推开IPTV和网络电视业务。”

                **项目 13020822P00908810002X 融媒体中心运行维护费**

                - 预算数 30.00 → 32.00 万元
                - 财政资金 30.00 → 32.00 万元
                - 新增指标 质量指标/设备完好率 ≥98%

                **删除项目 13020822P00947710001C 用创收收入偿还历史债务**

                - 预算数 23.75 万元，6 项绩效指标
                """.replace("{bundled}", abbrev(bundled)).replace("{changed}", changed.name()).replace("{abbrev}", abbrev(changed)));
    }

    @Test
    void oneRevisionIsComparedWithTheWorkingTree() throws Exception {
        edit(PROJECT, "order: 1", "order: 9");
        edit(PROJECT, "  total: 30.00 ", "  total: 32.00 ");
        edit(PROJECT, "  other:         #", "  other: 2.00    #");
        edit(PROJECT, "  mar:         #", "  mar: 10%     #");
        edit(PROJECT, "goal: 1.保障融媒体中心的正常运行", "goal: |\n  1.保障融媒体中心的正常运行\n  2.保障应急广播畅通");
        edit(PROJECT, """
                  - level1: 产出指标
                    level2: 数量指标
                    level3: 完成项目数量
                    description: 完成项目数量
                    value: ≥1个
                    basis: 预算安排
                  - level1: 产出指标
                    level2: 质量指标
                    level3: 运行正常运转率
                    description: 运行正常运转率
                    value: ≥95%
                    basis: 经验标准
                  - level1: 产出指标
                    level2: 时效指标
                    level3: 按时完成项目
                    description: 按时完成项目
                    value: 2022年底前完成
                    basis: 历史经验
                """, """
                  - level1: 产出指标
                    level2: 质量指标
                    level3: 运行正常运转率
                    description: 运行正常运转率
                    value: ≥95%
                    basis: 行业标准
                  - level1: 产出指标
                    level2: 数量指标
                    level3: 完成项目数量
                    description: 完成项目数量
                    value: ≥1个
                    basis: 预算安排
                """);
        // A new project file that is not committed yet: the working tree is what is on disk.
        String added = Files.readString(content.resolve(OTHER_PROJECT), StandardCharsets.UTF_8)
                .replace("code: 13020822P00947710001C", "code: 13020822P00999910001A")
                .replace("name: 用创收收入偿还历史债务", "name: 应急广播设备购置")
                .replace("order: 5", "order: 7")
                .replace("23.75", "12.00");
        Files.writeString(content.resolve("2022/425001/projects/13020822P00999910001A.yaml"), added, StandardCharsets.UTF_8);

        Run run = run("diff", "HEAD", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).containsExactly(
                "预算绩效目标的修改：HEAD（" + abbrev(bundled) + "） → 工作区",
                "新增 1 个项目，修改 1 个项目。",
                "",
                "2022 年度 单位 425001 唐山市丰润区融媒体中心本级",
                "  新增项目 13020822P00999910001A 应急广播设备购置：预算数 12.00 万元，6 项绩效指标",
                "  项目 13020822P00908810002X 融媒体中心运行维护费：序号 1 → 9；预算数 30.00 → 32.00 万元；其他资金 空白 → 2.00 万元；"
                        + "资金支出计划 3月底 空白 → 10%；绩效目标 “1.保障融媒体中心的正常运行” → “1.保障融媒体中心的正常运行↵2.保障应急广播畅通”；"
                        + "指标 质量指标/运行正常运转率 指标值确定依据 “经验标准” → “行业标准”；删除指标 时效指标/按时完成项目 2022年底前完成；指标顺序有调整");
    }

    @Test
    void commentsAndLayoutAreNotChanges() throws Exception {
        edit(PROJECT, "# 资金用途\n", "# 资金用途（与公开文件一致）\n");
        edit(PROJECT, "  total: 30.00    # 预算数", "  total: 30      # 预算数");

        Run run = run("diff", "HEAD", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.OK);
        assertThat(run.out().lines()).containsExactly(
                "预算绩效目标的修改：HEAD（" + abbrev(bundled) + "） → 工作区",
                "公开内容没有修改。");
    }

    @Test
    void aRevisionWithAnErrorIsNotComparedAndExitsWithOne() throws Exception {
        edit(PROJECT, "  total: 30.00 ", "  total 30.00 ");
        RevCommit broken = commit("写错了");

        Run run = run("diff", "HEAD~1", "HEAD", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.CONTENT_ERRORS).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "修订 HEAD（" + abbrev(broken) + "）的内容有 1 个错误：",
                "content/" + PROJECT + ":11:3: 错误 GK101 YAML 语法错误：缩进不一致。同一层级的字段要对齐，列表项以“- ”开头。",
                "  11 |   fiscal: 30.00   # 其中：财政资金",
                "     |   ^",
                "内容有错误时无法比较。请先修正这些错误，再比较。");
    }

    @Test
    void aWorkingTreeWithAnErrorIsNotCompared() throws Exception {
        edit(PROJECT, "  fiscal: 30.00 ", "  fiscal: 30.00万元 ");

        Run run = run("diff", "HEAD", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.CONTENT_ERRORS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("工作区的内容有 1 个错误：\ncontent/" + PROJECT + ":11:")
                .contains("错误 GK114").endsWith("内容有错误时无法比较。请先修正这些错误，再比较。\n");
    }

    @Test
    void anUnknownRevisionIsAUsageError() throws Exception {
        Run run = run("diff", "no-such-branch", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("git 仓库中找不到修订“no-such-branch”。可以写分支名（如 main、origin/main）、提交编号，"
                + "或 HEAD、HEAD~1 等。如果是远程分支，请先运行 git fetch。\n");
    }

    @Test
    void aRevisionBeforeTheContentExistedIsAUsageError() throws Exception {
        Run run = run("diff", "HEAD~1", "HEAD", "--content", content.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("git 仓库中找不到修订“HEAD~1”。");

        Files.writeString(tmp.resolve("repo/other.txt"), "x", StandardCharsets.UTF_8);
        git.rm().addFilepattern("content").call();
        RevCommit empty = commit("内容移走了");

        Run gone = run("diff", "HEAD~1", "HEAD", "--content", content.toString());

        assertThat(gone.code()).isEqualTo(Main.USAGE);
        assertThat(gone.err()).isEqualTo("修订“HEAD”（" + abbrev(empty) + "）中没有内容文件夹 content/。\n");
    }

    @Test
    void contentOutsideAGitRepositoryIsAUsageError() throws Exception {
        Path plain = tmp.resolve("plain/content");
        copy(Path.of("content"), plain);

        Run run = run("diff", "HEAD", "--content", plain.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("内容文件夹 " + plain + " 不在 git 仓库中，无法比较修订。"
                + "请在仓库中运行，或用 --content 指定仓库中的内容文件夹。\n");
    }

    @Test
    void usageErrorsOfTheCommandLine() {
        assertThat(run("diff", "--content", content.toString()).code()).isEqualTo(Main.USAGE);
        assertThat(run("diff", "HEAD", "HEAD", "HEAD", "--content", content.toString()).err()).contains("不认识的参数 HEAD");
        Run format = run("diff", "HEAD", "--format", "json", "--content", content.toString());
        assertThat(format.code()).isEqualTo(Main.USAGE);
        assertThat(format.err()).isEqualTo("输出格式“json”不认识，请写 --format text 或 --format markdown。\n");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.out() + run.err()).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    private RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent staff = new PersonIdent("财务人员", "staff@example.org", Instant.ofEpochSecond(clock += 60), ZoneOffset.ofHours(8));
        return git.commit().setMessage(message).setAuthor(staff).setCommitter(staff).setSign(false).call();
    }

    private static String abbrev(RevCommit commit) {
        return commit.abbreviate(7).name();
    }

    /** Replaces text that must be in the file exactly once. */
    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as(from + " in " + file).hasSize(2);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
