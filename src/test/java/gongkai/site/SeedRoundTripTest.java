package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text and number of the official disclosure (the seed, a text export of the Word file) reaches the pages:
 * Part 1 on the unit page, and each project's table cell by cell, with blank cells still blank.
 * The seed's conversion artifacts ({@code [bookmark: …]}, the stray {@code ]}, the spaces in
 * {@code 其中：财政    资金}) are removed first: they are not part of the disclosure.
 */
class SeedRoundTripTest {

    private static final Path SEED = BuiltSite.PROJECT.resolve("src/test/resources/seed/000_78fb3173f8b2379d.txt");
    private static final Pattern PROJECT_HEADING = Pattern.compile("^(\\d+)\\.\\]?(.+)绩效目标表$");

    @TempDir
    static Path out;

    static Path site;
    static List<String> part1;
    static List<SeedProject> projects;

    /** One project block of the seed: its heading and its cell lines (a blank cell is an empty string). */
    record SeedProject(int number, String name, List<String> cells) {
        String code() {
            return cells.get(cells.indexOf("项目编码") + 1);
        }
    }

    @BeforeAll
    static void buildAndReadSeed() throws Exception {
        site = BuiltSite.build(out.resolve("site"));
        String seed = Files.readString(SEED, StandardCharsets.UTF_8).replaceAll("\\[bookmark: [^\\]]*\\]", "");
        int split = seed.indexOf("第二部分");
        part1 = seed.substring(0, split).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        projects = new ArrayList<>();
        SeedProject current = null;
        for (String line : seed.substring(split).lines().toList()) {
            Matcher m = PROJECT_HEADING.matcher(line.strip());
            if (m.matches()) {
                current = new SeedProject(Integer.parseInt(m.group(1)), m.group(2), new ArrayList<>());
                projects.add(current);
            } else if (current != null && line.startsWith("\t")) {
                current.cells().add(clean(line.substring(1)));
            }
        }
    }

    private static String clean(String cell) {
        String c = cell.strip();
        return c.startsWith("]") ? c.substring(1) : c;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void seedHasTheSixProjects() {
        assertThat(projects).extracting(SeedProject::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(part1).contains("一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施");
    }

    @Test
    void everyLineOfPartOneIsOnTheUnitPage() throws IOException {
        String text = squash(BuiltSite.parse(site, "2022/425001/index.html").body().text());
        for (String line : part1) {
            assertThat(text).as("unit page text").contains(squash(line));
        }
    }

    @Test
    void everyProjectIsListedOnTheUnitPageInOrder() throws IOException {
        Document unit = BuiltSite.parse(site, "2022/425001/index.html");
        List<String> listed = unit.select("#cap-projects").first().parent().select("tbody th[scope=row]").eachText();
        assertThat(listed).containsExactlyElementsOf(projects.stream().map(SeedProject::name).toList());
        assertThat(unit.select("tfoot td").first().text()).isEqualTo("107.43");
    }

    @Test
    void everyCellOfEveryProjectTableIsOnItsPageInOrder() throws IOException {
        for (SeedProject p : projects) {
            Document page = BuiltSite.parse(site, "2022/425001/projects/" + p.code() + ".html");
            String text = squash(page.body().text());
            assertThat(text).contains(squash(p.name() + "绩效目标表"));
            assertThat(page.select(".kicker").text()).endsWith(p.number() + ".");
            int from = 0;
            for (String cell : p.cells()) {
                if (cell.isEmpty()) {
                    continue;
                }
                int at = text.indexOf(squash(cell), from);
                assertThat(at).as("project %d: cell “%s” after position %d", p.number(), cell, from).isGreaterThanOrEqualTo(0);
                from = at + squash(cell).length();
            }
        }
    }

    /** The text a sighted reader sees in a cell: without the screen-reader-only words. */
    private static String visible(Element cell) {
        Element copy = cell.clone();
        copy.select(".visually-hidden").remove();
        return copy.text();
    }

    @Test
    void blankCellsStayBlankAndFilledOnesMatch() throws IOException {
        for (SeedProject p : projects) {
            Document page = BuiltSite.parse(site, "2022/425001/projects/" + p.code() + ".html");
            int plan = p.cells().indexOf("12月底");
            List<String> seedPlan = p.cells().subList(plan + 2, plan + 6);
            List<String> pagePlan = page.select("td[headers^=h-plan]").stream().map(SeedRoundTripTest::visible).toList();
            assertThat(pagePlan).as("project %d spending plan", p.number()).containsExactlyElementsOf(seedPlan);

            int budget = p.cells().indexOf("预算数");
            assertThat(visible(page.select("td[headers='h-scale h-total']").first())).isEqualTo(p.cells().get(budget + 1));
            assertThat(visible(page.select("td[headers='h-scale h-fiscal']").first())).isEqualTo(p.cells().get(budget + 3));
            assertThat(visible(page.select("td[headers='h-scale h-other']").first())).isEqualTo(p.cells().get(budget + 5));
        }
    }

    @Test
    void indicatorRowsMatchTheSeedIncludingMergedCells() throws IOException {
        for (SeedProject p : projects) {
            Document page = BuiltSite.parse(site, "2022/425001/projects/" + p.code() + ".html");
            List<String> seedCells = p.cells().subList(p.cells().indexOf("指标值确定依据") + 1, p.cells().size());
            List<List<String>> seedRows = new ArrayList<>();
            for (int i = 0; i + 6 <= seedCells.size(); i += 6) {
                seedRows.add(seedCells.subList(i, i + 6));
            }
            List<List<String>> pageRows = new ArrayList<>();
            for (Element tr : page.select("table.indicators tbody tr")) {
                List<String> cells = new ArrayList<>(tr.children().stream().map(SeedRoundTripTest::visible).toList());
                if (cells.size() == 5) {
                    cells.add(0, ""); // the 一级 cell is merged into the row above, as in the official form
                }
                pageRows.add(cells);
            }
            assertThat(pageRows).as("project %d indicators", p.number()).isEqualTo(seedRows);
        }
    }
}
