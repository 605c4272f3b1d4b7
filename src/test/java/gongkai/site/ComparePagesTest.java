package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.check.YearsFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 历年对比 on the built pages of a site with 2020, 2021 and 2022 ({@link YearsFixture}). */
class ComparePagesTest {

    static final String MAINTENANCE = "2022/425001/projects/13020822P00908810002X.html";
    static final String RENAMED = "2022/425001/projects/13020822P00864910002J.html";

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Gongkai.BuildResult result = YearsFixture.buildThreeYears(tmp);
        site = tmp.resolve("site");
        assertThat(result.check().diagnostics().sorted()).isEmpty();
        assertThat(result.written()).isTrue();
    }

    Document page(String path) throws Exception {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    /** The row whose header is (or ends with) this label: its cells' visible texts, oldest year first. */
    static List<String> row(Element table, String label) {
        Element th = table.select("tbody th[scope=row]").stream()
                .filter(h -> h.ownText().equals(label) || h.text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + table.text()));
        return th.parent().select("td").stream().map(td -> {
            Element copy = td.clone();
            copy.select(".visually-hidden").remove();
            return copy.text();
        }).toList();
    }

    @Test
    void aProjectShowsEveryEarlierYearSideBySideWithChangesInWords() throws Exception {
        Document doc = page(MAINTENANCE);
        Element section = doc.selectFirst("section.compare");
        assertThat(section).isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("历年对比");
        Element table = section.selectFirst("table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("融媒体中心运行维护费 历年对比（2020—2022年，金额单位：万元）");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("对比项", "2020年", "2021年", "2022年");

        assertThat(row(table, "预算数")).containsExactly("20.00", "25.00 由 20.00 万元 增加到 25.00 万元",
                "30.00 由 25.00 万元 增加到 30.00 万元");
        assertThat(row(table, "其他资金")).containsExactly("空白", "空白 未变", "空白 未变");
        // Visible text and the words read aloud: both say 提高.
        Element rate = table.select("tbody th").stream().filter(h -> h.ownText().equals("运行正常运转率")).findFirst().orElseThrow();
        Element rate2022 = rate.parent().select("td").get(2);
        assertThat(rate2022.selectFirst(".change [aria-hidden=true]").text()).isEqualTo("由 ≥90% 提高到 ≥95%");
        assertThat(rate2022.selectFirst(".change .visually-hidden").text()).isEqualTo("由 不低于90% 提高到 不低于95%");
        assertThat(rate2022.hasClass("cmp-up")).isTrue();
        // A cost in 万元 then in 万元/月 is not larger or smaller: 改为.
        assertThat(row(table, "实际发生成本")).containsExactly("未列出", "≤25万元 新增", "≤2.5万元/月 由 ≤25万元 改为 ≤2.5万元/月");
        assertThat(row(table, "按时完成项目").get(2)).endsWith("由 2021年底前完成 改为 2022年底前完成");
        assertThat(row(table, "增强服务保障能力。").get(2)).endsWith("新增");
        assertThat(row(table, "设备完好率")).containsExactly("未列出", "≥98% 新增", "不再列出");
        assertThat(row(table, "宣传覆盖率")).containsExactly("≥80%", "≥80% 未变", "不再列出");
        assertThat(row(table, "满意率").get(1)).endsWith("由 ≥85% 提高到 ≥90%");
        assertThat(row(table, "满意率").get(2)).endsWith("未变");
        // Every indicator of any year has one row, grouped by 一级 · 二级.
        assertThat(table.select("tbody.compare-indicators tr")).hasSize(8);
        assertThat(table.select(".compare-group").eachText()).contains("产出指标 · 质量指标", "效益指标 · 社会效益指标");

        assertThat(section.selectFirst("p").text()).isEqualTo("本项目与同一单位 2021 年的“融媒体中心运行维护费”"
                + "名称相同，视为延续项目。与上年相比，预算数由 25.00 万元 增加到 30.00 万元；"
                + "绩效指标中 1 项提高，2 项改变，1 项新增，2 项不再列出，2 项未变。");
    }

    @Test
    void theEarlierProjectsAreLinkedAndSayHowTheyWereFound() throws Exception {
        Document doc = page(MAINTENANCE);
        List<Element> items = doc.select(".compare-sources li");
        assertThat(items).extracting(Element::text).containsExactly(
                "2021年：融媒体中心运行维护费 项目编码 13020821P00908810002X，与本项目同名（同一单位）",
                "2020年：融媒体中心运行维护费 项目编码 13020820P00908810002X，2021年的项目注明延续此项目");
        for (Element a : doc.select(".compare-sources a")) {
            assertThat(site.resolve("2022/425001/projects/").resolve(a.attr("href")).normalize()).exists();
        }
    }

    @Test
    void aRenamedProjectIsComparedThroughContinues() throws Exception {
        Element section = page(RENAMED).selectFirst("section.compare");
        Element table = section.selectFirst("table");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("对比项", "2021年", "2022年");
        assertThat(row(table, "预算数").get(1)).isEqualTo("9.32 由 12.00 万元 减少到 9.32 万元");
        assertThat(row(table, "其他资金").get(1)).isEqualTo("空白 由 2.00 万元 改为 空白");
        assertThat(row(table, "项目持续发挥作用").get(1)).endsWith("由 ≥8年 提高到 ≥10年");
        assertThat(row(table, "项目预算控制数").get(1)).endsWith("由 ≤120000元 降低到 ≤93209.07元");
        assertThat(section.selectFirst(".compare-sources li").text()).endsWith("本项目注明延续此项目");
        assertThat(section.selectFirst("p").text()).startsWith("本项目延续 2021 年的“门口修缮”。");
    }

    @Test
    void aProjectWithoutEarlierYearsShowsNoComparison() throws Exception {
        assertThat(page("2021/425001/projects/13020821P00111110001A.html").select("section.compare")).isEmpty();
        assertThat(page("2020/425001/projects/13020820P00908810002X.html").select("section.compare")).isEmpty();
    }

    @Test
    void aUnitShowsItsTotalsForEveryYear() throws Exception {
        for (String year : List.of("2020", "2021", "2022")) {
            Document doc = page(year + "/425001/index.html");
            Element table = doc.selectFirst("section.compare table");
            assertThat(table).as(year).isNotNull();
            assertThat(doc.select(".toc a[href=#unit-years]")).hasSize(1);
            List<List<String>> rows = table.select("tbody tr").stream().map(tr -> tr.select("th, td").eachText()).toList();
            assertThat(rows).as(year).containsExactly(
                    List.of("2020年" + (year.equals("2020") ? "（本页）" : ""), "1", "20.00", "20.00", "空白", "首个收录年度"),
                    List.of("2021年" + (year.equals("2021") ? "（本页）" : ""), "3", "42.00", "40.00", "2.00",
                            "预算数由 20.00 万元 增加到 42.00 万元；项目数由 1 个增加到 3 个"),
                    List.of("2022年" + (year.equals("2022") ? "（本页）" : ""), "2", "39.32", "39.32", "空白",
                            "预算数由 42.00 万元 减少到 39.32 万元；项目数由 3 个减少到 2 个"));
            // Every other year links to its page; the page itself does not link to itself.
            assertThat(table.select("tbody th a")).hasSize(2);
            for (Element a : table.select("tbody th a")) {
                assertThat(site.resolve(year + "/425001/").resolve(a.attr("href")).normalize()).exists();
            }
        }
    }

    @Test
    void theBundledSiteWithOneYearShowsNoComparison() throws Exception {
        Path bundled = BuiltSite.build(tmp.resolve("bundled"));
        try (var files = Files.walk(bundled)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(pages).isNotEmpty();
            for (Path p : pages) {
                assertThat(Jsoup.parse(p.toFile(), "UTF-8").select("section.compare, #unit-years")).as(p.toString()).isEmpty();
            }
        }
    }
}
