package gongkai.feed;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.check.ContentFixture;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.history.History;
import gongkai.history.Revision;
import gongkai.model.Publication;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * 公开时限 on the unit page and in {@code validate}, the Atom feed, the sitemap and the glossary that table headers
 * link to, on small content folders built into temporary folders.
 */
class DiscoveryTest {

    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    private static final String UNIT_PAGE = "2022/425001/index.html";
    private static final String UNIT_YAML = ContentFixture.UNIT_DIR + "unit.yaml";

    @TempDir
    Path tmp;

    /** The fixture's unit.yaml with these date lines instead of its dates_note. */
    private static ContentFixture withDates(String lines) {
        ContentFixture valid = ContentFixture.valid();
        String unit = valid.text(UNIT_YAML);
        String dated = unit.replaceAll("(?m)^(approval_date|publication_date|dates_note):.*\\n", "")
                .replace("region: \"130208\"\n", "region: \"130208\"\n" + lines);
        assertThat(dated).isNotEqualTo(unit).doesNotContain("dates_note:");
        return valid.with(UNIT_YAML, dated);
    }

    private record Built(Gongkai.BuildResult result, Path site) {
        List<Diagnostic> diagnostics() {
            return result.check().diagnostics().sorted();
        }

        Document page(String path) throws Exception {
            return Jsoup.parse(Files.readString(site.resolve(path)));
        }
    }

    private Built build(ContentFixture content, History history) throws Exception {
        Path root = Files.createTempDirectory(tmp, "b");
        Path folder = content.writeTo(root);
        Path out = root.resolve("site");
        Gongkai.BuildResult r = Gongkai.build(Gongkai.Options.of(folder, TEMPLATES, out).pdf(false).withHistory(history));
        assertThat(r.written()).as("%s", r.check().diagnostics().sorted()).isTrue();
        return new Built(r, out);
    }

    private static History committedOn(LocalDate date) {
        Revision r = new Revision(0, "abc1234", date, "公开 2022 年预算绩效目标");
        return History.of(Map.of(UNIT_YAML, List.of(r), ContentFixture.UNIT_DIR + "overall.md", List.of(r),
                ContentFixture.UNIT_DIR + "measures.md", List.of(r), ContentFixture.PROJECT_1, List.of(r),
                ContentFixture.PROJECT_2, List.of(r)), Set.of());
    }

    // ---- the twenty days ---------------------------------------------------------------------------------------------

    @Test
    void publishedOnTheTwentiethDayIsOnTime() throws Exception {
        Built b = build(withDates("approval_date: 2022-01-20\npublication_date: 2022-02-09\n"), History.unavailable("测试"));

        assertThat(b.diagnostics()).isEmpty();
        Element deadline = b.page(UNIT_PAGE).selectFirst("dl.deadline");
        assertThat(deadline.className()).contains("deadline-on-time");
        assertThat(deadline.select("time").eachAttr("datetime")).containsExactly("2022-01-20", "2022-02-09");
        assertThat(deadline.text()).contains("2022年1月20日", "2022年2月9日", "在批复后第 20 天公开，符合预算法规定的 20 日时限");
    }

    @Test
    void publishedOnTheTwentyFirstDayIsLateInValidateAndOnThePage() throws Exception {
        Built b = build(withDates("approval_date: 2022-01-20\npublication_date: 2022-02-10\n"), History.unavailable("测试"));

        assertThat(b.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.GK408);
        assertThat(b.diagnostics().get(0).message()).contains("第 21 天", "2022年2月9日");
        Element deadline = b.page(UNIT_PAGE).selectFirst("dl.deadline");
        assertThat(deadline.className()).contains("deadline-late");
        assertThat(deadline.text()).contains("在批复后第 21 天公开，超过了预算法规定的 20 日时限（应在 2022年2月9日 前公开）");
    }

    @Test
    void daysAreCountedFromTheDayAfterApprovalAcrossTheTwentyNinthOfFebruary() {
        LocalDate approved = LocalDate.of(2024, 2, 20);
        Publication lastDay = new Publication(Optional.of(approved), Optional.of(LocalDate.of(2024, 3, 11)), Optional.empty());
        Publication dayAfter = new Publication(Optional.of(approved), Optional.of(LocalDate.of(2024, 3, 12)), Optional.empty());

        assertThat(lastDay.dayOfPublication()).hasValue(20);
        assertThat(lastDay.onTime()).contains(true);
        assertThat(lastDay.deadline()).contains(LocalDate.of(2024, 3, 11));
        assertThat(dayAfter.onTime()).contains(false);
        assertThat(new Publication(Optional.of(approved), Optional.empty(), Optional.empty()).onTime()).isEmpty();
    }

    @Test
    void missingDatesWithAReasonAreShownAsNotStatedWithoutAWarning() throws Exception {
        Built b = build(ContentFixture.valid(), History.unavailable("测试"));

        assertThat(b.diagnostics()).isEmpty();
        Element deadline = b.page(UNIT_PAGE).selectFirst("dl.deadline");
        assertThat(deadline.className()).contains("deadline-unknown");
        assertThat(deadline.select("time")).isEmpty();
        assertThat(deadline.text()).contains("预算批复日期 未载明", "公开日期 未载明", "无法判断", "原公开文件未载明预算批复日期和公开日期。");
    }

    @Test
    void missingDatesWithoutAReasonAreAWarning() throws Exception {
        Built b = build(withDates(""), History.unavailable("测试"));

        assertThat(b.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.GK409);
        assertThat(b.page(UNIT_PAGE).selectFirst("dl.deadline").text()).contains("缺少批复日期和公开日期");
    }

    // ---- feed and sitemap --------------------------------------------------------------------------------------------

    private static org.w3c.dom.Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static List<String> texts(org.w3c.dom.Element parent, String ns, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void theFeedDatesADisclosureByItsPublicationOrItsLastCommitAndNeverByTheClock() throws Exception {
        ContentFixture content = withDates("approval_date: 2022-01-20\npublication_date: 2022-02-08\n");
        Built published = build(content, committedOn(LocalDate.of(2022, 1, 25)));
        String atom = "http://www.w3.org/2005/Atom";

        org.w3c.dom.Document feed = xml(published.site().resolve("feed.atom"));
        org.w3c.dom.Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(atom);
        assertThat(root.getLocalName()).isEqualTo("feed");
        NodeList entries = root.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(0);
        assertThat(texts(entry, atom, "title")).containsExactly("唐山市丰润区融媒体中心本级 2022年预算绩效目标");
        assertThat(texts(entry, atom, "updated")).as("the publication date is later than the commit").containsExactly("2022-02-08T00:00:00+08:00");
        assertThat(texts(entry, atom, "published")).containsExactly("2022-02-08T00:00:00+08:00");
        assertThat(texts(entry, atom, "id").get(0)).startsWith("urn:uuid:");
        assertThat(((org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href")).isEqualTo(UNIT_PAGE);
        assertThat(texts(entry, atom, "summary").get(0)).contains("共 2 个项目", "在批复后第 19 天公开");
        assertThat(Files.exists(published.site().resolve("sitemap.xml"))).as("no address, no sitemap").isFalse();
        assertThat(published.page("index.html").select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("feed.atom");

        Built changedLater = build(content, committedOn(LocalDate.of(2022, 3, 15)));
        org.w3c.dom.Element later = (org.w3c.dom.Element) xml(changedLater.site().resolve("feed.atom"))
                .getElementsByTagNameNS(atom, "entry").item(0);
        assertThat(texts(later, atom, "updated")).as("a later commit").containsExactly("2022-03-15T00:00:00+08:00");
        assertThat(texts(later, atom, "id")).as("the same id every build").isEqualTo(texts(entry, atom, "id"));

        Built again = build(content, committedOn(LocalDate.of(2022, 3, 15)));
        assertThat(Files.readAllBytes(again.site().resolve("feed.atom"))).isEqualTo(Files.readAllBytes(changedLater.site().resolve("feed.atom")));
    }

    @Test
    void withoutAnyDateThereIsNoFeedAndNoLinkToIt() throws Exception {
        Built b = build(ContentFixture.valid(), History.unavailable("测试"));

        assertThat(Files.exists(b.site().resolve("feed.atom"))).isFalse();
        assertThat(b.page("index.html").select("link[rel=alternate], a[href$=feed.atom]")).isEmpty();
    }

    @Test
    void withTheSitesAddressTheSitemapListsEveryPageAndTheFeedUsesAbsoluteAddresses() throws Exception {
        ContentFixture content = withDates("approval_date: 2022-01-20\npublication_date: 2022-02-08\n")
                .with("site.yaml", ContentFixture.valid().text("site.yaml") + "url: https://czj.example.gov.cn/jxmb\n");
        Built b = build(content, committedOn(LocalDate.of(2022, 1, 25)));
        String sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

        org.w3c.dom.Element urlset = xml(b.site().resolve("sitemap.xml")).getDocumentElement();
        assertThat(urlset.getNamespaceURI()).isEqualTo(sm);
        List<String> pages;
        try (Stream<Path> walk = Files.walk(b.site())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).map(p -> "https://czj.example.gov.cn/jxmb/"
                    + b.site().relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(texts(urlset, sm, "loc")).containsExactlyElementsOf(pages);
        assertThat(texts(urlset, sm, "lastmod")).as("unit and two project pages").containsExactly("2022-01-25", "2022-01-25", "2022-01-25");

        String atom = "http://www.w3.org/2005/Atom";
        org.w3c.dom.Element entry = (org.w3c.dom.Element) xml(b.site().resolve("feed.atom")).getElementsByTagNameNS(atom, "entry").item(0);
        assertThat(texts(entry, atom, "id")).containsExactly("https://czj.example.gov.cn/jxmb/" + UNIT_PAGE);
    }

    @Test
    void anAddressThatIsNotHttpIsRefused() throws Exception {
        Path folder = ContentFixture.valid().with("site.yaml", ContentFixture.valid().text("site.yaml") + "url: javascript:alert(1)\n")
                .writeTo(tmp);
        List<Diagnostic> d = Gongkai.check(folder).diagnostics().sorted();
        assertThat(d).extracting(Diagnostic::code).containsExactly(Code.GK114);
        assertThat(d.get(0).field()).isEqualTo("url");
    }

    // ---- glossary ----------------------------------------------------------------------------------------------------

    @Test
    void everyLinkToTheGlossaryLandsOnATermAndTableHeadersLinkToIt() throws Exception {
        Built b = build(ContentFixture.valid(), History.unavailable("测试"));
        Document glossary = b.page("glossary.html");
        int links = 0;
        try (Stream<Path> walk = Files.walk(b.site())) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element a : Jsoup.parse(Files.readString(page)).select("a[href*=glossary.html#]")) {
                    String id = a.attr("href").substring(a.attr("href").indexOf('#') + 1);
                    assertThat(glossary.getElementById(id)).as("%s → #%s", page, id).isNotNull();
                    String term = glossary.getElementById(id).selectFirst("dt").text();
                    String label = a.text().replace("（%）", "").replace("其中：", "");
                    assertThat(term.contains(label) || label.contains(term)).as("%s: link “%s” → term “%s”", page, label, term).isTrue();
                    links++;
                }
            }
        }
        Document project = b.page("2022/425001/projects/13020822P00908810002X.html");
        assertThat(project.select("th a.term").eachText()).contains("项目编码", "预算数", "资金支出计划（%）", "一级指标", "二级指标",
                "三级指标", "指标值", "指标值确定依据");
        assertThat(links).as("two column headers and 公开时限 on the unit page, twelve headers on each project page").isEqualTo(3 + 2 * 12);
    }
}
