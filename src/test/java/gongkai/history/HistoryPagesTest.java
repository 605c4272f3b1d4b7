package gongkai.history;

import static gongkai.check.ContentFixture.PROJECT_1;
import static gongkai.check.ContentFixture.PROJECT_2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.Gongkai;
import gongkai.check.ContentFixture;
import gongkai.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build with the history of a real temporary git repository: 最后修改 on the unit and project pages, the history
 * pages, uncommitted changes, no history outside git or in a shallow clone, and no date from the clock.
 */
class HistoryPagesTest {

    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    static final String UNIT = "2022/425001/index.html";
    static final String UNIT_HISTORY = "2022/425001/history.html";
    static final String PAGE_1 = "2022/425001/projects/13020822P00908810002X.html";
    static final String PAGE_2 = "2022/425001/projects/13020822P00864910002J.html";
    static final String HISTORY_1 = "2022/425001/history/13020822P00908810002X.html";
    static final String HISTORY_2 = "2022/425001/history/13020822P00864910002J.html";
    static final String SCRIPT_MESSAGE = "更正资金用途 <script>alert(\"x\")</script> & <b>加粗</b>";

    @TempDir
    Path dir;

    GitRepo repo;
    RevCommit first;
    RevCommit second;

    /** The valid fixture committed on 2022-01-20, then project 1 changed on 2022-03-15 with a message holding HTML. */
    @BeforeEach
    void commitTwice() throws Exception {
        repo = GitRepo.init(dir.resolve("repo"));
        ContentFixture.valid().writeTo(repo.root);
        first = repo.commit("2022年预算绩效目标初稿", "2022-01-20T01:00:00Z");
        String file = "content/" + PROJECT_1;
        String text = Files.readString(repo.root.resolve(file));
        assertThat(text).contains("purpose: 融媒体中心运行维护费");
        repo.write(file, text.replace("purpose: 融媒体中心运行维护费", "purpose: 融媒体中心运行维护"));
        second = repo.commit(SCRIPT_MESSAGE + "\n\n第二段不显示。", "2022-03-15T02:00:00Z");
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        repo.close();
    }

    private Gongkai.BuildResult build(Path content, Path out) throws Gongkai.BuildException {
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(content, TEMPLATES, out).pdf(false));
        assertThat(result.written()).as("the build succeeds: %s", result.check().diagnostics().sorted()).isTrue();
        return result;
    }

    private static Document parse(Path site, String page) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(page), StandardCharsets.UTF_8));
    }

    private static String lastChanged(Path site, String page) throws IOException {
        return parse(site, page).select("main .last-changed").text();
    }

    /** The rows of the history table, each as its cells' text (blank cells read 空白 to screen readers). */
    private static List<List<String>> rows(Path site, String page) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : parse(site, page).select("table.history tbody tr")) {
            rows.add(tr.select("td").eachText());
        }
        return rows;
    }

    @Test
    void pagesShowTheLastChangeAndLinkToTheirHistory() throws Exception {
        Path site = dir.resolve("site");
        Gongkai.BuildResult result = build(repo.root.resolve("content"), site);

        assertThat(result.historyUnavailable()).isEmpty();
        assertThat(lastChanged(site, PAGE_1)).isEqualTo("最后修改：2022-03-15（查看修改记录）");
        assertThat(lastChanged(site, PAGE_2)).isEqualTo("最后修改：2022-01-20（查看修改记录）");
        assertThat(lastChanged(site, UNIT)).isEqualTo("最后修改：2022-03-15（查看修改记录）");
        Element link = parse(site, PAGE_1).selectFirst("main .last-changed a");
        assertThat(link.attr("href")).isEqualTo("../history/13020822P00908810002X.html");
        assertThat(site.resolve(PAGE_1).resolveSibling(link.attr("href")).normalize()).isEqualTo(site.resolve(HISTORY_1));
        assertThat(parse(site, PAGE_1).selectFirst("main .last-changed time").attr("datetime")).isEqualTo("2022-03-15");
        assertThat(parse(site, UNIT).selectFirst("main .last-changed a").attr("href")).isEqualTo("history.html");

        String id1 = repo.abbreviated(first);
        String id2 = repo.abbreviated(second);
        assertThat(rows(site, HISTORY_1)).containsExactly(
                List.of("2022-03-15", id2, SCRIPT_MESSAGE),
                List.of("2022-01-20", id1, "2022年预算绩效目标初稿"));
        assertThat(rows(site, HISTORY_2)).containsExactly(List.of("2022-01-20", id1, "2022年预算绩效目标初稿"));
        assertThat(rows(site, UNIT_HISTORY)).containsExactly(
                List.of("2022-03-15", id2, SCRIPT_MESSAGE, "项目：融媒体中心运行维护费"),
                List.of("2022-01-20", id1, "2022年预算绩效目标初稿",
                        "单位信息和分项绩效目标、总体绩效目标、工作保障措施；项目：融媒体中心运行维护费、更换牌匾及门口修缮（21年借款）"));

        Document history = parse(site, HISTORY_1);
        assertThat(history.title()).startsWith("修改记录 - 融媒体中心运行维护费绩效目标表 - ");
        assertThat(history.select("table.history caption").text()).isEqualTo("融媒体中心运行维护费绩效目标表的修改记录（共 2 条，最新的在前）");
        assertThat(history.select("nav.breadcrumbs li").eachText())
                .containsExactly("首页", "2022年", "唐山市丰润区融媒体中心本级", "融媒体中心运行维护费", "修改记录");
        assertThat(history.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("../../../index.html", "../../../2022/index.html", "../index.html", "../projects/13020822P00908810002X.html");
        assertThat(history.select("th[scope=col]").eachText()).containsExactly("日期", "提交编号", "变更说明");
        assertThat(parse(site, UNIT_HISTORY).select("th[scope=col]").eachText()).containsExactly("日期", "提交编号", "变更说明", "修改的部分");
        assertThat(nuErrors(site.resolve(HISTORY_1))).isEmpty();
        assertThat(nuErrors(site.resolve(UNIT_HISTORY))).isEmpty();
        assertThat(nuErrors(site.resolve(PAGE_1))).isEmpty();
    }

    @Test
    void aCommitMessageIsEscaped() throws Exception {
        Path site = dir.resolve("site");
        build(repo.root.resolve("content"), site);

        for (String page : List.of(HISTORY_1, UNIT_HISTORY)) {
            String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>加粗")
                    .contains("更正资金用途 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;加粗&lt;/b&gt;");
            Document doc = parse(site, page);
            assertThat(doc.select("script").eachAttr("src")).containsExactly("../".repeat(page.split("/").length - 1) + "static/site.js");
            assertThat(doc.select("main b")).isEmpty();
        }
    }

    @Test
    void uncommittedChangesHaveNoDate() throws Exception {
        String file = "content/" + PROJECT_2;
        repo.write(file, Files.readString(repo.root.resolve(file)).replace("goal: ", "goal: 新的"));
        Path site = dir.resolve("site");
        build(repo.root.resolve("content"), site);

        assertThat(lastChanged(site, PAGE_2)).isEqualTo("最后修改：未提交的修改（查看修改记录）");
        assertThat(parse(site, PAGE_2).select("main .last-changed time")).isEmpty();
        assertThat(lastChanged(site, UNIT)).isEqualTo("最后修改：未提交的修改（查看修改记录）");
        assertThat(lastChanged(site, PAGE_1)).isEqualTo("最后修改：2022-03-15（查看修改记录）");
        assertThat(rows(site, HISTORY_2)).containsExactly(
                List.of("空白", "空白", "未提交的修改"),
                List.of("2022-01-20", repo.abbreviated(first), "2022年预算绩效目标初稿"));
        assertThat(rows(site, UNIT_HISTORY).get(0)).containsExactly("空白", "空白", "未提交的修改", "项目：更换牌匾及门口修缮（21年借款）");
        assertThat(nuErrors(site.resolve(HISTORY_2))).isEmpty();
    }

    @Test
    void aDeletedProjectStaysInTheUnitHistory() throws Exception {
        repo.delete("content/" + PROJECT_2);
        RevCommit third = repo.commit("删除项目 13020822P00864910002J", "2022-04-01T02:00:00Z");
        Path site = dir.resolve("site");
        build(repo.root.resolve("content"), site);

        assertThat(lastChanged(site, UNIT)).isEqualTo("最后修改：2022-04-01（查看修改记录）");
        assertThat(rows(site, UNIT_HISTORY).get(0))
                .containsExactly("2022-04-01", repo.abbreviated(third), "删除项目 13020822P00864910002J", "项目：13020822P00864910002J（已删除）");
        assertThat(site.resolve(HISTORY_2)).doesNotExist();
    }

    @Test
    void outsideGitTheBuildSucceedsAndSaysHistoryIsUnavailable() throws Exception {
        Path content = ContentFixture.valid().writeTo(dir.resolve("plain"));
        Path site = dir.resolve("site");
        Gongkai.BuildResult result = build(content, site);

        assertThat(result.historyUnavailable()).hasValueSatisfying(r -> assertThat(r).contains("不在 git 仓库中"));
        assertUnavailable(site);
        assertThat(nuErrors(site.resolve(PAGE_1))).isEmpty();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--no-pdf", "--content", content.toString(), "--templates", TEMPLATES.toString(),
                "--out", dir.resolve("cli-site").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("注意：页面上显示“历史记录不可用”，没有修改记录页：内容文件夹 " + content + " 不在 git 仓库中。")
                .contains("已生成网站");
    }

    @Test
    void aShallowCloneBuildsAndSaysHistoryIsUnavailable() throws Exception {
        Path clone = dir.resolve("clone");
        try (Git shallow = Git.cloneRepository().setURI(repo.root.toUri().toString()).setDirectory(clone.toFile()).setDepth(1).call()) {
            assertThat(shallow.getRepository().getObjectDatabase().getShallowCommits()).containsExactly(second);
        }
        Path site = dir.resolve("site");
        Gongkai.BuildResult result = build(clone.resolve("content"), site);

        assertThat(result.historyUnavailable()).hasValueSatisfying(r -> assertThat(r).contains("浅克隆"));
        assertUnavailable(site);
    }

    private static void assertUnavailable(Path site) throws IOException {
        for (String page : List.of(UNIT, PAGE_1, PAGE_2)) {
            assertThat(lastChanged(site, page)).as(page).isEqualTo("最后修改：历史记录不可用");
            assertThat(parse(site, page).select("main .last-changed a")).isEmpty();
        }
        assertThat(site.resolve(UNIT_HISTORY)).doesNotExist();
        assertThat(site.resolve("2022/425001/history")).doesNotExist();
    }

    @Test
    void noDateComesFromTheClockOrTheFileTimes() throws Exception {
        Path content = repo.root.resolve("content");
        Path site1 = dir.resolve("site1");
        build(content, site1);
        // A second build later, with every content file's time changed: the same repository state, the same site.
        Thread.sleep(1100);
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2001-09-09T01:46:40Z")));
            }
        }
        Path site2 = dir.resolve("site2");
        build(content, site2);

        assertThat(tree(site2)).isEqualTo(tree(site1));
        assertThat(lastChanged(site2, PAGE_2)).as("touched files are not uncommitted").isEqualTo("最后修改：2022-01-20（查看修改记录）");
    }

    private static Map<String, String> tree(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys(UNIT, PAGE_1, HISTORY_1, UNIT_HISTORY);
        return files;
    }

    /** The Nu Html Checker's errors for a page. */
    private static List<String> nuErrors(Path file) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        JsonNode result = new ObjectMapper().readTree(validator.validate(file));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : result.path("messages")) {
            if (m.path("type").asText().equals("error") || m.path("subType").asText().equals("fatal")) {
                errors.add(m.path("lastLine").asInt() + ":" + m.path("firstColumn").asInt() + " " + m.path("message").asText());
            }
        }
        return errors;
    }
}
